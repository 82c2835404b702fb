package carers

import (
	"fmt"

	"github.com/invopop/jsonschema"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/codelist"
)

// Region is one of the three National Minimum Allowance regions. The zero
// Region means "not set".
type Region string

// The NMA regions, as gov.uk names them.
const (
	London        Region = "london"
	SouthEast     Region = "south-east"
	RestOfEngland Region = "rest-of-england"
)

var nmaSource = stablehomes.Source{
	Document: "GOV.UK, Help with the cost of fostering (National Minimum Allowance)",
	URL:      "https://www.gov.uk/support-for-foster-parents/help-with-the-cost-of-fostering",
}

var regions = codelist.New("NMA region", []codelist.Entry{
	{Code: string(London), Title: "London", Description: "The London rate of the National Minimum Allowance.", Source: nmaSource},
	{Code: string(SouthEast), Title: "South East", Description: "The South East rate of the National Minimum Allowance.", Source: nmaSource},
	{Code: string(RestOfEngland), Title: "Rest of England", Description: "The rate for the rest of England.", Source: nmaSource},
})

// index returns 0, 1, 2 for London, South East, Rest of England, or -1.
func (r Region) index() int {
	switch r {
	case London:
		return 0
	case SouthEast:
		return 1
	case RestOfEngland:
		return 2
	}
	return -1
}

// Regions lists the three regions, London first.
func Regions() []Region { return []Region{London, SouthEast, RestOfEngland} }

// ParseRegion accepts "london", "south-east" or "rest-of-england".
func ParseRegion(s string) (Region, error) {
	if Region(s).index() < 0 {
		return "", fmt.Errorf("carers: unknown NMA region (want london, south-east or rest-of-england)")
	}
	return Region(s), nil
}

// String returns the region's name as gov.uk writes it: "South East".
func (r Region) String() string {
	if e, ok := regions.Lookup(string(r)); ok {
		return e.Title
	}
	return string(r)
}

// MarshalText writes the code.
func (r Region) MarshalText() ([]byte, error) { return []byte(r), nil }

// UnmarshalText accepts a region code.
func (r *Region) UnmarshalText(b []byte) error {
	v, err := ParseRegion(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// JSONSchema lists the three regions.
func (Region) JSONSchema() *jsonschema.Schema {
	return regions.Schema("NMA region", "The National Minimum Allowance region: London, South East or Rest of England.")
}

// RegionMappingSource cites the default mapping from authorities to NMA
// regions, which is the library's assumption, not a published list.
var RegionMappingSource = stablehomes.Source{
	Document:    "stablehomes default: ONS region of the authority (London → London, South East → South East, others → Rest of England)",
	URL:         "https://www.gov.uk/support-for-foster-parents/help-with-the-cost-of-fostering",
	Unconfirmed: "DfE's list of the authorities that count as London and South East for the NMA was not found in any DfE publication read; the NMA's South East may differ from the ONS region. State the region explicitly where the authority's own policy says otherwise.",
}

// RegionOf returns the NMA region the library assumes for an authority:
// its ONS region, London and South East mapping to those rates and every
// other region to Rest of England. The mapping is unconfirmed (see
// RegionMappingSource): callers who know their authority's region should
// state it on the payment instead.
func RegionOf(la stablehomes.LocalAuthority) Region {
	switch la.Region {
	case stablehomes.London:
		return London
	case stablehomes.SouthEast:
		return SouthEast
	}
	return RestOfEngland
}
