package stablehomes

import (
	"errors"
	"fmt"
)

// FinancialYear is a local government financial year, 1 April to 31 March,
// written "2025-26". The SSDA903 collection year is the same span. The
// zero FinancialYear means "not set".
type FinancialYear struct{ start int16 }

// TaxYear is a UK income tax year, 6 April to 5 April, written "2025-26".
// The National Minimum Allowance for foster carers and qualifying care
// relief are set by tax year. The zero TaxYear means "not set".
type TaxYear struct{ start int16 }

// ErrInvalidYear is wrapped by every error from parsing a FinancialYear or
// a TaxYear.
var ErrInvalidYear = errors.New("invalid year")

// YearPattern is the shape of a FinancialYear or TaxYear: four digits, a
// hyphen and two digits. It admits 2024-26; the schemas' pattern states the
// whole rule, the second year being the one after the first, as
// ParseFinancialYear and ParseTaxYear check it.
const YearPattern = `^[0-9]{4}-[0-9]{2}$`

// FinancialYearStarting returns the financial year that starts on 1 April
// of year.
func FinancialYearStarting(year int) FinancialYear { return FinancialYear{start: int16(year)} }

// FinancialYearOf returns the financial year that contains d.
func FinancialYearOf(d Date) FinancialYear {
	y := d.Year()
	if d.Month() < 4 {
		y--
	}
	return FinancialYear{start: int16(y)}
}

// ParseFinancialYear parses "2025-26". The second part must be the year
// after the first.
func ParseFinancialYear(s string) (FinancialYear, error) {
	y, err := parseSpan(s)
	return FinancialYear{start: int16(y)}, err
}

// StartYear returns the calendar year in which the financial year starts.
func (f FinancialYear) StartYear() int { return int(f.start) }

// IsZero reports whether f is the zero FinancialYear.
func (f FinancialYear) IsZero() bool { return f.start == 0 }

// Start returns 1 April, the first day of the year.
func (f FinancialYear) Start() Date { return Date{year: f.start, month: 4, day: 1} }

// End returns 31 March, the last day of the year (inclusive).
func (f FinancialYear) End() Date { return Date{year: f.start + 1, month: 3, day: 31} }

// Contains reports whether d falls in the year.
func (f FinancialYear) Contains(d Date) bool {
	return !f.IsZero() && !d.Before(f.Start()) && !d.After(f.End())
}

// Next returns the following year.
func (f FinancialYear) Next() FinancialYear { return FinancialYear{start: f.start + 1} }

// Prev returns the year before.
func (f FinancialYear) Prev() FinancialYear { return FinancialYear{start: f.start - 1} }

// Compare returns -1, 0 or +1 as f is before, equal to or after g.
func (f FinancialYear) Compare(g FinancialYear) int { return cmpInt16(f.start, g.start) }

// String returns "2025-26", or "" for the zero year.
func (f FinancialYear) String() string { return spanString(f.start) }

// MarshalText writes "2025-26".
func (f FinancialYear) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText accepts "2025-26".
func (f *FinancialYear) UnmarshalText(b []byte) error {
	v, err := ParseFinancialYear(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// TaxYearStarting returns the tax year that starts on 6 April of year.
func TaxYearStarting(year int) TaxYear { return TaxYear{start: int16(year)} }

// TaxYearOf returns the tax year that contains d.
func TaxYearOf(d Date) TaxYear {
	y := d.Year()
	if d.Month() < 4 || (d.Month() == 4 && d.Day() < 6) {
		y--
	}
	return TaxYear{start: int16(y)}
}

// ParseTaxYear parses "2025-26".
func ParseTaxYear(s string) (TaxYear, error) {
	y, err := parseSpan(s)
	return TaxYear{start: int16(y)}, err
}

// StartYear returns the calendar year in which the tax year starts.
func (t TaxYear) StartYear() int { return int(t.start) }

// IsZero reports whether t is the zero TaxYear.
func (t TaxYear) IsZero() bool { return t.start == 0 }

// Start returns 6 April, the first day of the tax year.
func (t TaxYear) Start() Date { return Date{year: t.start, month: 4, day: 6} }

// End returns 5 April, the last day of the tax year (inclusive).
func (t TaxYear) End() Date { return Date{year: t.start + 1, month: 4, day: 5} }

// Contains reports whether d falls in the tax year.
func (t TaxYear) Contains(d Date) bool {
	return !t.IsZero() && !d.Before(t.Start()) && !d.After(t.End())
}

// Next returns the following tax year.
func (t TaxYear) Next() TaxYear { return TaxYear{start: t.start + 1} }

// Prev returns the tax year before.
func (t TaxYear) Prev() TaxYear { return TaxYear{start: t.start - 1} }

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t TaxYear) Compare(u TaxYear) int { return cmpInt16(t.start, u.start) }

// String returns "2025-26", or "" for the zero year.
func (t TaxYear) String() string { return spanString(t.start) }

// MarshalText writes "2025-26".
func (t TaxYear) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText accepts "2025-26".
func (t *TaxYear) UnmarshalText(b []byte) error {
	v, err := ParseTaxYear(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

func parseSpan(s string) (int, error) {
	if len(s) != 7 || s[4] != '-' {
		return 0, fmt.Errorf("%w: want the form 2025-26", ErrInvalidYear)
	}
	y, ok1 := digits(s[0:4])
	n, ok2 := digits(s[5:7])
	if !ok1 || !ok2 || y < 1 || y > 9998 {
		return 0, fmt.Errorf("%w: want the form 2025-26", ErrInvalidYear)
	}
	if n != (y+1)%100 {
		return 0, fmt.Errorf("%w: the second year must be the one after the first (2025-26)", ErrInvalidYear)
	}
	return y, nil
}

func spanString(start int16) string {
	if start == 0 {
		return ""
	}
	y := int(start)
	n := (y + 1) % 100
	b := [7]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-', byte('0' + n/10), byte('0' + n%10)}
	return string(b[:])
}

func cmpInt16(a, b int16) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
