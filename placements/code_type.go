package placements

import (
	"github.com/stablehomes/stablehomes"
)

// Type is an SSDA903 placement type code (PLACE), as published.
type Type string

var typeList, typeData = loadList("placement type", "placement_types.csv")

// ParseType parses a placement type code valid in some collection year.
func ParseType(code string) (Type, error) {
	c, err := typeList.Parse(code)
	return Type(c), err
}

// ParseTypeIn parses a placement type code valid in the collection year; an
// unknown or retired code is an error naming the year.
func ParseTypeIn(code string, year stablehomes.FinancialYear) (Type, error) {
	c, err := typeList.ParseOn(code, year.Start())
	return Type(c), err
}

// ValidTypeIn reports whether code is a placement type code valid in the year.
func ValidTypeIn(code string, year stablehomes.FinancialYear) bool {
	return typeList.ValidOn(code, year.Start())
}

// TypeEntries lists every placement type code with its meaning, years and source.
func TypeEntries() []CodeEntry { return codeEntries(typeList) }

// String returns the code.
func (c Type) String() string { return string(c) }

// Title returns the code's meaning ("" for an unknown code).
func (c Type) Title() string {
	e, _ := typeList.Lookup(string(c))
	return e.Title
}

// MarshalText writes the code.
func (c Type) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText accepts only a listed code.
func (c *Type) UnmarshalText(b []byte) error {
	v, err := typeList.ParseText(b)
	if err != nil {
		return err
	}
	*c = Type(v)
	return nil
}
