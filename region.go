package stablehomes

import (
	"errors"
)

// Region is one of the nine English regions, named by its ONS code
// (E12000007 is London). The zero Region means "not set".
type Region string

// The nine English regions (ONS RGN codes, December 2023).
const (
	NorthEast             Region = "E12000001"
	NorthWest             Region = "E12000002"
	YorkshireAndTheHumber Region = "E12000003"
	EastMidlands          Region = "E12000004"
	WestMidlands          Region = "E12000005"
	EastOfEngland         Region = "E12000006"
	London                Region = "E12000007"
	SouthEast             Region = "E12000008"
	SouthWest             Region = "E12000009"
)

var regionNames = [...]struct {
	r    Region
	name string
}{
	{NorthEast, "North East"},
	{NorthWest, "North West"},
	{YorkshireAndTheHumber, "Yorkshire and The Humber"},
	{EastMidlands, "East Midlands"},
	{WestMidlands, "West Midlands"},
	{EastOfEngland, "East of England"},
	{London, "London"},
	{SouthEast, "South East"},
	{SouthWest, "South West"},
}

// Regions returns the nine English regions in ONS code order.
func Regions() []Region {
	out := make([]Region, len(regionNames))
	for i, r := range regionNames {
		out[i] = r.r
	}
	return out
}

// Name returns the region's ONS name ("London"), or "" for an unknown code.
func (r Region) Name() string {
	for _, n := range regionNames {
		if n.r == r {
			return n.name
		}
	}
	return ""
}

// IsValid reports whether r is one of the nine regions.
func (r Region) IsValid() bool { return r.Name() != "" }

// String returns the region's name, or its code when unknown.
func (r Region) String() string {
	if n := r.Name(); n != "" {
		return n
	}
	return string(r)
}

// MarshalText writes the ONS code.
func (r Region) MarshalText() ([]byte, error) {
	if r != "" && !r.IsValid() {
		return nil, errors.New("stablehomes: unknown region code")
	}
	return []byte(r), nil
}

// UnmarshalText accepts an ONS region code (E12000001 to E12000009).
func (r *Region) UnmarshalText(b []byte) error {
	v := Region(b)
	if !v.IsValid() {
		return errors.New("stablehomes: unknown region code (want E12000001 to E12000009)")
	}
	*r = v
	return nil
}
