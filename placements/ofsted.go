package placements

import (
	"encoding/csv"
	"fmt"
	"strings"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/codelist"
)

// OfstedExemption is a placement type whose settings Ofsted does not
// register, so that a placement of that type carries no Ofsted unique
// reference number (URN), over the dates the exemption held. Every other
// placement type needs a URN when the setting is in England (SSDA903 rules
// 218 and 222).
type OfstedExemption struct {
	Type     Type
	From, To stablehomes.Date // zero: open-ended
	Source   stablehomes.Source
	Note     string
}

// HeldOn reports whether the exemption holds on d.
func (e OfstedExemption) HeldOn(d stablehomes.Date) bool {
	return (e.From.IsZero() || !d.Before(e.From)) && (e.To.IsZero() || !d.After(e.To))
}

var ofstedExemptions = loadOfstedExemptions()

func loadOfstedExemptions() []OfstedExemption {
	raw, err := dataFS.ReadFile("data/ofsted_urn_exempt.csv")
	if err != nil {
		panic(err)
	}
	rows, err := csv.NewReader(strings.NewReader(string(raw))).ReadAll()
	if err != nil {
		panic(fmt.Sprintf("placements: ofsted_urn_exempt.csv: %v", err))
	}
	var out []OfstedExemption
	for _, r := range rows[1:] {
		e := OfstedExemption{Type: Type(r[0]), Note: r[4],
			Source: stablehomes.Source{Document: referenceDoc, Section: "Ofsted URN: data/ofsted_urn_exempt.csv: " + r[3]}}
		if r[1] != "" {
			e.From = mustParseDate(r[1])
		}
		if r[2] != "" {
			e.To = mustParseDate(r[2])
		}
		if _, ok := typeList.Lookup(r[0]); !ok {
			panic("placements: ofsted_urn_exempt.csv: unknown placement type " + r[0])
		}
		out = append(out, e)
	}
	return out
}

func mustParseDate(s string) stablehomes.Date {
	d, err := stablehomes.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// OfstedExemptions lists the placement types Ofsted does not register, with
// the dates each exemption held and its source.
func OfstedExemptions() []OfstedExemption { return append([]OfstedExemption(nil), ofstedExemptions...) }

// NeedsOfstedURN reports whether a setting of this placement type, in
// England, is registered with Ofsted on date d, so that a placement
// carries the setting's (or for foster care the fostering service's) URN.
// An unknown code needs none.
func (c Type) NeedsOfstedURN(d stablehomes.Date) bool {
	f, ok := typeFactsByCode[c]
	return ok && f.needsURN(d)
}

// URN is an Ofsted unique reference number as the SSDA903 return records it:
// letters and digits, such as SC123456 for a children's social care
// provider, or XXXXXXX, the placeholder for a regional adoption agency
// without one. Only the shape is checked, not that Ofsted issued it.
type URN string

// URNPlaceholder stands for a regional adoption agency without a URN.
const URNPlaceholder URN = "XXXXXXX"

// URNPattern is the accepted shape: 6 to 8 upper-case letters and digits.
// Ofsted's published numbering is not in the library's reference, so the
// shape is deliberately loose (flagged unconfirmed in URNSource).
const URNPattern = `^[A-Z0-9]{6,8}$`

// URNSource is where the URN's shape comes from.
var URNSource = stablehomes.Source{Document: referenceDoc, Section: "URN field of the children looked after return; the peer validator's conformance examples", URL: "https://github.com/data-to-insight/csc-validator-be-903",
	Unconfirmed: "Ofsted's URN formats are not in the reference; the library accepts 6 to 8 upper-case letters and digits"}

func validURN(s string) bool {
	if len(s) < 6 || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// ParseURN checks a URN's shape.
func ParseURN(s string) (URN, error) {
	if !validURN(s) {
		return "", fmt.Errorf("placements: an Ofsted URN is 6 to 8 upper-case letters and digits")
	}
	return URN(s), nil
}

// MarshalText writes the URN.
func (u URN) MarshalText() ([]byte, error) { return []byte(u), nil }

// UnmarshalText accepts a URN of the right shape.
func (u *URN) UnmarshalText(b []byte) error {
	v, err := ParseURN(string(b))
	if err != nil {
		return err
	}
	*u = v
	return nil
}

// typeFacts gathers what is known of a placement type, so that Category,
// NeedsOfstedURN and Placement.Validate cost one lookup of the type: the
// code's entry (its years), its category and its Ofsted exemptions.
type typeFacts struct {
	entry      codelist.Entry
	category   Category
	exemptions []OfstedExemption
}

var typeFactsByCode = func() map[Type]*typeFacts {
	m := map[Type]*typeFacts{}
	for _, e := range typeList.Entries() {
		f := &typeFacts{entry: e, category: categoryFor(e.Code)}
		for _, x := range ofstedExemptions {
			if string(x.Type) == e.Code {
				f.exemptions = append(f.exemptions, x)
			}
		}
		m[Type(e.Code)] = f
	}
	return m
}()

// needsURN is NeedsOfstedURN for a listed type.
func (f *typeFacts) needsURN(d stablehomes.Date) bool {
	for _, x := range f.exemptions {
		if x.HeldOn(d) {
			return false
		}
	}
	return true
}
