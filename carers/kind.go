package carers

import (
	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/codelist"
)

// Kind is the kind of carer, by a stable code.
type Kind string

// The kinds of carer the reform names.
const (
	// LocalAuthorityFosterCarer is a foster carer approved by a local
	// authority's fostering service.
	LocalAuthorityFosterCarer Kind = "local-authority-foster-carer"
	// IndependentFosteringAgencyCarer is a foster carer approved by an
	// independent fostering agency.
	IndependentFosteringAgencyCarer Kind = "independent-fostering-agency-carer"
	// ConnectedPersonFosterCarer is a relative, friend or other connected
	// person approved as a local authority foster parent for a looked-after
	// child (kinship foster care; Children Act 1989 s22C(6)(a)).
	ConnectedPersonFosterCarer Kind = "connected-person-foster-carer"
	// SpecialGuardian holds a special guardianship order (Children Act
	// 1989 ss14A-14F); the child is not looked after.
	SpecialGuardian Kind = "special-guardian"
	// ChildArrangementsOrderHolder holds a "lives with" child arrangements
	// order (Children Act 1989 s8).
	ChildArrangementsOrderHolder Kind = "child-arrangements-order-holder"
	// InformalKinshipCarer cares for a relative's child by a private family
	// arrangement, with no order.
	InformalKinshipCarer Kind = "informal-kinship-carer"
	// StayingPutCarer is a former foster carer with whom a young person of
	// 18 to 21 stays on (Children Act 1989 s23CZA).
	StayingPutCarer Kind = "staying-put-carer"
)

var familyAndFriends = stablehomes.Source{
	Document: "Family and Friends Care: statutory guidance for local authorities (2011), as summarised by councils and the Fostering Network",
	URL:      "https://www.gov.uk/government/publications/family-and-friends-care-statutory-guidance-for-local-authorities",
}

var kinds = codelist.New("carer kind", []codelist.Entry{
	{Code: string(LocalAuthorityFosterCarer), Title: "Local authority foster carer", Description: "Approved by a local authority fostering service.", Source: stablehomes.Source{Document: "Children Act 1989", Section: "s22C(6)(b)", URL: "https://www.legislation.gov.uk/ukpga/1989/41/section/22C"}},
	{Code: string(IndependentFosteringAgencyCarer), Title: "Independent fostering agency carer", Description: "Approved by an independent fostering agency.", Source: stablehomes.Source{Document: "Fostering Services (England) Regulations 2011", URL: "https://www.legislation.gov.uk/uksi/2011/581"}},
	{Code: string(ConnectedPersonFosterCarer), Title: "Connected person (kinship) foster carer", Description: "A relative, friend or other connected person approved as a local authority foster parent for a looked-after child.", Source: stablehomes.Source{Document: "Children Act 1989", Section: "s22C(6)(a)", URL: "https://www.legislation.gov.uk/ukpga/1989/41/section/22C"}},
	{Code: string(SpecialGuardian), Title: "Special guardian", Description: "Holds a special guardianship order; the child is not looked after.", Source: stablehomes.Source{Document: "Children Act 1989", Section: "ss14A-14F", URL: "https://www.legislation.gov.uk/ukpga/1989/41/section/14A"}},
	{Code: string(ChildArrangementsOrderHolder), Title: "Child arrangements order holder", Description: "Holds a \"lives with\" child arrangements order (replaced residence orders in 2014).", Source: stablehomes.Source{Document: "Children Act 1989", Section: "s8", URL: "https://www.legislation.gov.uk/ukpga/1989/41/section/8"}},
	{Code: string(InformalKinshipCarer), Title: "Informal kinship carer", Description: "Cares for a relative's child by a private family arrangement, with no order.", Source: familyAndFriends},
	{Code: string(StayingPutCarer), Title: "Staying Put carer", Description: "A former foster carer with whom a young person of 18 to 21 stays on after leaving care.", Source: stablehomes.Source{Document: "Children Act 1989", Section: "s23CZA", URL: "https://www.legislation.gov.uk/ukpga/1989/41/section/23CZA"}},
})

// Kinds lists every kind of carer.
func Kinds() []Kind {
	var out []Kind
	for _, e := range kinds.Entries() {
		out = append(out, Kind(e.Code))
	}
	return out
}

// ParseKind parses a kind code.
func ParseKind(s string) (Kind, error) {
	v, err := kinds.Parse(s)
	return Kind(v), err
}

// Title returns the kind's name.
func (k Kind) Title() string {
	e, _ := kinds.Lookup(string(k))
	return e.Title
}

// IsFosterCarer reports whether the kind is an approved foster carer, to
// whom the National Minimum Allowance applies.
func (k Kind) IsFosterCarer() bool {
	return k == LocalAuthorityFosterCarer || k == IndependentFosteringAgencyCarer || k == ConnectedPersonFosterCarer
}

// IsKinship reports whether the kind is a kinship arrangement.
func (k Kind) IsKinship() bool {
	switch k {
	case ConnectedPersonFosterCarer, SpecialGuardian, ChildArrangementsOrderHolder, InformalKinshipCarer:
		return true
	}
	return false
}

// MarshalText writes the code.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText accepts a known code.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}
