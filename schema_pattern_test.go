//go:build schemagen

package stablehomes

import (
	"fmt"
	"regexp"
	"testing"
	"time"
)

// TestYearSchemaPattern checks the schemas' year pattern against
// ParseFinancialYear and ParseTaxYear on every string of the form
// dddd-dd: the same verdict on all 1,000,000.
func TestYearSchemaPattern(t *testing.T) {
	re := regexp.MustCompile(yearSchemaPattern())
	bad := 0
	for y := 0; y <= 9999; y++ {
		for n := 0; n <= 99; n++ {
			s := fmt.Sprintf("%04d-%02d", y, n)
			_, errF := ParseFinancialYear(s)
			_, errT := ParseTaxYear(s)
			if (errF == nil) != (errT == nil) {
				t.Fatalf("%s: ParseFinancialYear and ParseTaxYear disagree", s)
			}
			if re.MatchString(s) != (errF == nil) && bad < 10 {
				bad++
				t.Errorf("%s: pattern matches = %v, Go accepts = %v", s, re.MatchString(s), errF == nil)
			}
		}
	}
	for _, s := range []string{"2024-25\n", " 2024-25", "２024-25", "2024-2", "2024/25"} {
		if re.MatchString(s) {
			t.Errorf("%q: the pattern matches", s)
		}
	}
}

// TestDateSchemaPattern checks that the date schema (format date, as
// santhosh-tekuri reads it with time.Parse, and dateSchemaPattern) gives
// ParseDate's verdict on every year 0000 to 9999 for the days that depend
// on the year (28 and 29 February) and on every month and day 00 to 32 of
// a few years.
func TestDateSchemaPattern(t *testing.T) {
	re := regexp.MustCompile(dateSchemaPattern)
	check := func(s string) {
		_, goErr := ParseDate(s)
		_, fmtErr := time.Parse("2006-01-02", s)
		schema := re.MatchString(s) && fmtErr == nil
		if schema != (goErr == nil) {
			t.Errorf("%s: schema accepts = %v, Go accepts = %v", s, schema, goErr == nil)
		}
	}
	for y := 0; y <= 9999; y++ {
		check(fmt.Sprintf("%04d-02-28", y))
		check(fmt.Sprintf("%04d-02-29", y))
		check(fmt.Sprintf("%04d-12-31", y))
	}
	for _, y := range []int{0, 1, 4, 100, 1900, 2000, 2023, 2024, 2100, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				check(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
}
