package placements

import (
	"github.com/stablehomes/stablehomes"
)

// ReasonPlacementChange is an SSDA903 reason for placement change code (REASON_PLACE_CHANGE), as published.
type ReasonPlacementChange string

var reasonPlacementChangeList, _ = loadList("reason for placement change", "reason_placement_change.csv")

// ParseReasonPlacementChange parses a reason for placement change code valid in some collection year.
func ParseReasonPlacementChange(code string) (ReasonPlacementChange, error) {
	c, err := reasonPlacementChangeList.Parse(code)
	return ReasonPlacementChange(c), err
}

// ParseReasonPlacementChangeIn parses a reason for placement change code valid in the collection year; an
// unknown or retired code is an error naming the year.
func ParseReasonPlacementChangeIn(code string, year stablehomes.FinancialYear) (ReasonPlacementChange, error) {
	c, err := reasonPlacementChangeList.ParseOn(code, year.Start())
	return ReasonPlacementChange(c), err
}

// ValidReasonPlacementChangeIn reports whether code is a reason for placement change code valid in the year.
func ValidReasonPlacementChangeIn(code string, year stablehomes.FinancialYear) bool {
	return reasonPlacementChangeList.ValidOn(code, year.Start())
}

// ReasonPlacementChangeEntries lists every reason for placement change code with its meaning, years and source.
func ReasonPlacementChangeEntries() []CodeEntry { return codeEntries(reasonPlacementChangeList) }

// String returns the code.
func (c ReasonPlacementChange) String() string { return string(c) }

// Title returns the code's meaning ("" for an unknown code).
func (c ReasonPlacementChange) Title() string {
	e, _ := reasonPlacementChangeList.Lookup(string(c))
	return e.Title
}

// MarshalText writes the code.
func (c ReasonPlacementChange) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText accepts only a listed code.
func (c *ReasonPlacementChange) UnmarshalText(b []byte) error {
	v, err := reasonPlacementChangeList.ParseText(b)
	if err != nil {
		return err
	}
	*c = ReasonPlacementChange(v)
	return nil
}
