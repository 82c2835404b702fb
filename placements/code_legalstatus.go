package placements

import (
	"github.com/stablehomes/stablehomes"
)

// LegalStatus is an SSDA903 legal status code (LS), as published.
type LegalStatus string

var legalStatusList, _ = loadList("legal status", "legal_status.csv")

// ParseLegalStatus parses a legal status code valid in some collection year.
func ParseLegalStatus(code string) (LegalStatus, error) {
	c, err := legalStatusList.Parse(code)
	return LegalStatus(c), err
}

// ParseLegalStatusIn parses a legal status code valid in the collection year; an
// unknown or retired code is an error naming the year.
func ParseLegalStatusIn(code string, year stablehomes.FinancialYear) (LegalStatus, error) {
	c, err := legalStatusList.ParseOn(code, year.Start())
	return LegalStatus(c), err
}

// ValidLegalStatusIn reports whether code is a legal status code valid in the year.
func ValidLegalStatusIn(code string, year stablehomes.FinancialYear) bool {
	return legalStatusList.ValidOn(code, year.Start())
}

// LegalStatusEntries lists every legal status code with its meaning, years and source.
func LegalStatusEntries() []CodeEntry { return codeEntries(legalStatusList) }

// String returns the code.
func (c LegalStatus) String() string { return string(c) }

// Title returns the code's meaning ("" for an unknown code).
func (c LegalStatus) Title() string {
	e, _ := legalStatusList.Lookup(string(c))
	return e.Title
}

// MarshalText writes the code.
func (c LegalStatus) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText accepts only a listed code.
func (c *LegalStatus) UnmarshalText(b []byte) error {
	v, err := legalStatusList.ParseText(b)
	if err != nil {
		return err
	}
	*c = LegalStatus(v)
	return nil
}
