package carers

import (
	"errors"
	"io"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/strictjson"
)

// Payment is an allowance payment to a carer for one child over a period
// of whole nights, as a finance system records it.
type Payment struct {
	// ID identifies the payment.
	ID uuid.UUID `json:"id"`
	// CarerID identifies the carer paid.
	CarerID uuid.UUID `json:"carerId"`
	// CarerKind is the kind of carer paid.
	CarerKind Kind `json:"carerKind"`
	// ChildRef is the child's identifier as the authority holds it. It is
	// never repeated in a message.
	ChildRef string `json:"childRef" jsonschema:"minLength=1,maxLength=64"`
	// ChildDateOfBirth sets the age band night by night. It is never
	// repeated in a message.
	ChildDateOfBirth stablehomes.Date `json:"childDateOfBirth"`
	// AllowanceArea is the NMA allowance area the service pays in (see AllowanceAreaOf).
	AllowanceArea AllowanceArea `json:"allowanceArea"`
	// From is the first night covered; To is the day after the last night
	// (the day the child left, or the next period's From).
	From stablehomes.Date `json:"from"`
	To   stablehomes.Date `json:"to"`
	// Allowance is the allowance paid for the child's costs over the period.
	Allowance stablehomes.Money `json:"allowance"`
	// Fee is any fee or reward paid to the carer; it never counts toward the
	// allowance.
	Fee stablehomes.Money `json:"fee,omitempty"`
	// UnrelatedCarerAllowance is what the same service pays an unrelated
	// foster carer for a child of the same age over the same period, where
	// known; a connected-person foster carer may not be paid less.
	UnrelatedCarerAllowance stablehomes.Money `json:"unrelatedCarerAllowance,omitempty"`
}

// Rules a payment is checked against.
var (
	RulePaymentRequired = stablehomes.Rule{ID: "carers.payment-required", Title: "A payment names the payment, carer, kind of carer, child, date of birth, allowance area and the nights covered",
		Source: stablehomes.Source{Document: "stablehomes payment schema", URL: "https://stablehomes.github.io/schemas/v1/carers/payment.json"}}
	RulePaymentPeriod = stablehomes.Rule{ID: "carers.payment-period", Title: "A payment covers at least one night, from on or after the child's birth, and amounts are not negative",
		Source: stablehomes.Source{Document: "stablehomes payment schema", URL: "https://stablehomes.github.io/schemas/v1/carers/payment.json"}}
	RuleFosteringAllowanceOnly = stablehomes.Rule{ID: "carers.fostering-allowance-only", Title: "The National Minimum Allowance is paid to foster carers; a special guardian, child arrangements order holder, informal kinship carer or Staying Put carer is not paid a fostering allowance through this record",
		Source: stablehomes.Source{Document: "GOV.UK, Help with the cost of fostering", Section: "National Minimum Allowance; \"there is no minimum allowance when your child is old enough to leave foster care\"", URL: "https://www.gov.uk/support-for-foster-parents/help-with-the-cost-of-fostering"}}
	RuleAtLeastNMA = stablehomes.Rule{ID: "carers.allowance-at-least-nma", Title: "Each foster carer receives at least the National Minimum Allowance for each child placed, for the child's age and the region; any fee is separate and does not count toward it",
		Source: stablehomes.Source{Document: "Fostering Services: National Minimum Standards (DfE, 2011)", Section: "Standard 28 (payment to carers)", URL: "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/192705/NMS_Fostering_Services.pdf"},
		From:   stablehomes.MustDate(2007, 4, 6)}
	RuleKinshipParity = stablehomes.Rule{ID: "carers.kinship-parity", Title: "Fees and allowances are calculated by the same criteria for all foster carers, related to the child or not: a connected-person foster carer is not paid a lower allowance than an unrelated foster carer for a child of the same age",
		Source: stablehomes.Source{Document: "Fostering Services: National Minimum Standards (DfE, 2011), Standard 28; Family and Friends Care statutory guidance (2011)", Section: "criteria applied equally to all foster carers, whether related or unrelated to the child (as restated by DfE in written answer 38410, 2025)", URL: "https://questions-statements.parliament.uk/written-questions?SearchTerm=38410"}}
	RuleTableHeld = stablehomes.Rule{ID: "carers.nma-table-held", Title: "A payment can be checked only against a National Minimum Allowance table held for every night it covers",
		Source: nmaSource}
)

// Rules lists every rule the package checks.
func Rules() []stablehomes.Rule {
	return []stablehomes.Rule{RuleCarerRequired, RuleApprovalOrdered, RuleFosterApprovalOnly, RuleFosterNeedsApproval, RuleUsualFosteringLimit, RuleStayingPutAges,
		RulePaymentRequired, RulePaymentPeriod, RuleFosteringAllowanceOnly, RuleAtLeastNMA, RuleKinshipParity, RuleTableHeld,
		// The Children's Wellbeing and Schools Act 2026, with each rule's
		// commencement (act2026.go).
		RuleKinshipDutiesRequired, RuleKinshipLocalOffer, RuleVirtualSchoolHeadKinship}
}

// Validate checks the payment's own fields (not the amounts owed): what is
// required, the period, the kind of carer. CheckPayment does both.
func (p Payment) Validate() error { return p.check(defaultSchedule(), false) }

// CheckPayment checks a payment against the shipped NMA tables: the
// allowance part must be at least the minimum for the period (the fee
// never counts), a connected-person foster carer may not be paid less than
// the service pays an unrelated foster carer for a child of the same age,
// and only foster carers are paid a fostering allowance. Violations carry
// amounts, never the child's date of birth or identifier. It allocates
// nothing on a valid payment.
func CheckPayment(p Payment) error { return p.check(defaultSchedule(), true) }

// CheckPayment is the package function on this schedule.
func (s Schedule) CheckPayment(p Payment) error { return p.check(s, true) }

func (p Payment) check(s Schedule, amounts bool) error {
	var vs stablehomes.Violations
	req := func(path, what string) {
		vs.Add(path, "carers.required", what+" is missing", stablehomes.SeverityError, RulePaymentRequired)
	}
	if p.ID == uuid.Nil {
		req("/id", "the payment ID")
	}
	if p.CarerID == uuid.Nil {
		req("/carerId", "the carer ID")
	}
	if p.CarerKind == "" {
		req("/carerKind", "the kind of carer")
	}
	if p.ChildRef == "" {
		req("/childRef", "the child's identifier")
	} else if utf8.RuneCountInString(p.ChildRef) > 64 {
		vs.Add("/childRef", "carers.required", "the child's identifier is longer than 64 characters", stablehomes.SeverityError, RulePaymentRequired)
	}
	if p.ChildDateOfBirth.IsZero() {
		req("/childDateOfBirth", "the child's date of birth")
	}
	if p.AllowanceArea == "" {
		req("/allowanceArea", "the allowance area")
	}
	if p.From.IsZero() {
		req("/from", "the first night")
	}
	if p.To.IsZero() {
		req("/to", "the end of the period")
	}
	if !p.From.IsZero() && !p.To.IsZero() && !p.From.Before(p.To) {
		vs.Add("/to", "carers.payment-period", "the period covers no night: it must end after it starts", stablehomes.SeverityError, RulePaymentPeriod)
	}
	if !p.From.IsZero() && !p.ChildDateOfBirth.IsZero() && p.From.Before(p.ChildDateOfBirth) {
		vs.Add("/from", "carers.payment-period", "the period starts before the child's date of birth", stablehomes.SeverityError, RulePaymentPeriod)
	}
	if p.Allowance < 0 || p.Fee < 0 || p.UnrelatedCarerAllowance < 0 {
		vs.Add("/allowance", "carers.payment-period", "amounts must not be negative", stablehomes.SeverityError, RulePaymentPeriod)
	}
	if p.CarerKind != "" && !p.CarerKind.IsFosterCarer() {
		vs.Add("/carerKind", "carers.fostering-allowance-only", "this kind of carer is not a foster carer and is not paid a fostering allowance through this record", stablehomes.SeverityError, RuleFosteringAllowanceOnly)
	}
	if len(vs) > 0 || !amounts {
		return vs.Err()
	}
	min, err := s.MinimumForPeriod(p.AllowanceArea, p.ChildDateOfBirth, p.From, p.To)
	switch {
	case errors.Is(err, ErrNoTable):
		vs.Add("/from", "carers.nma-table-held", "no National Minimum Allowance table is held for a night in this period; load the published table with LoadSchedule", stablehomes.SeverityError, RuleTableHeld)
	case errors.Is(err, ErrAdult):
		vs.Add("/to", "carers.fostering-allowance-only", "the period includes nights after the child's 18th birthday, when no minimum allowance applies; end the payment on that day", stablehomes.SeverityError, RuleFosteringAllowanceOnly)
	case err != nil:
		vs.Add("", "carers.payment-period", "the minimum for the period cannot be computed", stablehomes.SeverityError, RulePaymentPeriod)
	case p.Allowance < min:
		vs.Add("/allowance", "carers.allowance-at-least-nma", "the allowance "+p.Allowance.String()+" is below the National Minimum Allowance of "+min.String()+" for this period (any fee does not count)", stablehomes.SeverityError, RuleAtLeastNMA)
	}
	if p.CarerKind == ConnectedPersonFosterCarer && p.UnrelatedCarerAllowance > 0 && p.Allowance < p.UnrelatedCarerAllowance {
		vs.Add("/allowance", "carers.kinship-parity", "the connected-person foster carer's allowance "+p.Allowance.String()+" is below the "+p.UnrelatedCarerAllowance.String()+" the service pays an unrelated foster carer for a child of the same age", stablehomes.SeverityError, RuleKinshipParity)
	}
	return vs.Err()
}

// DecodePayment decodes one payment strictly and checks it (CheckPayment).
func DecodePayment(r io.Reader) (Payment, error) {
	var p Payment
	if err := strictjson.Read(r, &p, 0); err != nil {
		return Payment{}, err
	}
	return p, CheckPayment(p)
}
