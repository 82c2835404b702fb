package carers

import (
	"fmt"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/codelist"
)

// AllowanceArea is one of the three areas the National Minimum Allowance is
// set for: London, South East and Rest of England. gov.uk calls them
// regions; they are not ONS regions (stablehomes.Region). The zero
// AllowanceArea means "not set".
type AllowanceArea string

// The NMA allowance areas, as gov.uk names them.
const (
	AreaLondon        AllowanceArea = "london"
	AreaSouthEast     AllowanceArea = "south-east"
	AreaRestOfEngland AllowanceArea = "rest-of-england"
)

var nmaSource = stablehomes.Source{
	Document: "GOV.UK, Help with the cost of fostering (National Minimum Allowance)",
	URL:      "https://www.gov.uk/support-for-foster-parents/help-with-the-cost-of-fostering",
}

var areas = codelist.New("NMA allowance area", []codelist.Entry{
	{Code: string(AreaLondon), Title: "London", Description: "The London rate of the National Minimum Allowance.", Source: nmaSource},
	{Code: string(AreaSouthEast), Title: "South East", Description: "The South East rate of the National Minimum Allowance.", Source: nmaSource},
	{Code: string(AreaRestOfEngland), Title: "Rest of England", Description: "The rate for the rest of England.", Source: nmaSource},
})

// index returns 0, 1, 2 for London, South East, Rest of England, or -1.
func (r AllowanceArea) index() int {
	switch r {
	case AreaLondon:
		return 0
	case AreaSouthEast:
		return 1
	case AreaRestOfEngland:
		return 2
	}
	return -1
}

// AllowanceAreas lists the three regions, London first.
func AllowanceAreas() []AllowanceArea {
	return []AllowanceArea{AreaLondon, AreaSouthEast, AreaRestOfEngland}
}

// ParseAllowanceArea accepts "london", "south-east" or "rest-of-england".
func ParseAllowanceArea(s string) (AllowanceArea, error) {
	if AllowanceArea(s).index() < 0 {
		return "", fmt.Errorf("carers: unknown NMA region (want london, south-east or rest-of-england)")
	}
	return AllowanceArea(s), nil
}

// String returns the region's name as gov.uk writes it: "South East".
func (r AllowanceArea) String() string {
	if e, ok := areas.Lookup(string(r)); ok {
		return e.Title
	}
	return string(r)
}

// MarshalText writes the code.
func (r AllowanceArea) MarshalText() ([]byte, error) { return []byte(r), nil }

// UnmarshalText accepts a region code.
func (r *AllowanceArea) UnmarshalText(b []byte) error {
	v, err := ParseAllowanceArea(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// AllowanceAreaMappingSource cites the default mapping from authorities to NMA
// regions, which is the library's assumption, not a published list.
var AllowanceAreaMappingSource = stablehomes.Source{
	Document:    "stablehomes default: ONS region of the authority (London → London, South East → South East, others → Rest of England)",
	URL:         "https://www.gov.uk/support-for-foster-parents/help-with-the-cost-of-fostering",
	Unconfirmed: "DfE's list of the authorities that count as London and South East for the NMA was not found in any DfE publication read; the NMA's South East may differ from the ONS region. State the region explicitly where the authority's own policy says otherwise.",
}

// AllowanceAreaOf returns the NMA region the library assumes for an authority:
// its ONS region, London and South East mapping to those rates and every
// other region to Rest of England. The mapping is unconfirmed (see
// AllowanceAreaMappingSource): callers who know their authority's region should
// state it on the payment instead.
func AllowanceAreaOf(la stablehomes.LocalAuthority) AllowanceArea {
	switch la.Region {
	case stablehomes.London:
		return AreaLondon
	case stablehomes.SouthEast:
		return AreaSouthEast
	}
	return AreaRestOfEngland
}
