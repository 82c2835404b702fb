package funding

import (
	"io"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/codelist"
	"github.com/stablehomes/stablehomes/internal/strictjson"
)

// Kind is what an event does.
type Kind string

// The kinds of ledger event.
const (
	Allocate   Kind = "allocate"   // assign programme money to an authority for a year
	Spend      Kind = "spend"      // record spend against an authority's allocation
	Reallocate Kind = "reallocate" // move allocated money from one authority to another
	CloseYear  Kind = "close-year" // close a programme's financial year to further events
)

var ledgerSource = stablehomes.Source{Document: "stablehomes funding ledger", URL: "https://stablehomes.github.io/schemas/v1/funding/event.json"}

var kinds = codelist.New("ledger event kind", []codelist.Entry{
	{Code: string(Allocate), Title: "Allocate", Description: "Assign programme money to an authority for a financial year.", Source: ledgerSource},
	{Code: string(Spend), Title: "Spend", Description: "Record spend against an authority's allocation.", Source: ledgerSource},
	{Code: string(Reallocate), Title: "Reallocate", Description: "Move allocated, unspent money from one authority to another in the same programme and year.", Source: ledgerSource},
	{Code: string(CloseYear), Title: "Close year", Description: "Close a programme's financial year: later events for it are refused.", Source: ledgerSource},
})

// MarshalText writes the code.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText accepts a known kind.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := kinds.Parse(string(b))
	if err != nil {
		return err
	}
	*k = Kind(v)
	return nil
}

// Event is one entry in the ledger.
type Event struct {
	ID        uuid.UUID                 `json:"id"`
	Kind      Kind                      `json:"kind"`
	Date      stablehomes.Date          `json:"date"`
	Programme string                    `json:"programme" jsonschema:"minLength=1"`
	Year      stablehomes.FinancialYear `json:"year"`
	// Authority receives an allocation or spends; for a reallocation it is
	// the authority the money moves to.
	Authority stablehomes.LocalAuthority `json:"authority,omitzero"`
	// From is the authority a reallocation takes money from.
	From   stablehomes.LocalAuthority `json:"from,omitzero"`
	Amount stablehomes.Money          `json:"amount,omitempty"`
}

// DecodeEvent decodes one event strictly and checks its own fields (not
// against a ledger: Ledger.Apply does that).
func DecodeEvent(r io.Reader) (Event, error) {
	var e Event
	if err := strictjson.Read(r, &e, 0); err != nil {
		return Event{}, err
	}
	return e, e.Validate()
}

// Validate checks the event's own fields.
func (e Event) Validate() error {
	var vs stablehomes.Violations
	e.validate(&vs)
	return vs.Err()
}

func (e Event) validate(vs *stablehomes.Violations) {
	if e.ID == uuid.Nil || e.Kind == "" || e.Date.IsZero() || e.Programme == "" || e.Year.IsZero() {
		vs.Add("", "funding.required", "an event needs its ID, kind, date, programme and year", stablehomes.SeverityError, RuleEventRequired)
	}
	switch e.Kind {
	case Allocate, Spend, Reallocate:
		if e.Amount <= 0 {
			vs.Add("/amount", "funding.amount-positive", "the amount must be positive", stablehomes.SeverityError, RuleAmountPositive)
		}
		if e.Authority.IsZero() {
			vs.Add("/authority", "funding.required", "the authority is missing", stablehomes.SeverityError, RuleEventRequired)
		}
	}
	if e.Kind == Reallocate && (e.From.IsZero() || e.From.GSSCode == e.Authority.GSSCode) {
		vs.Add("/from", "funding.required", "a reallocation needs a different authority to take the money from", stablehomes.SeverityError, RuleEventRequired)
	}
}
