//go:build schemagen

package stablehomes

import (
	"fmt"
	"regexp"
	"testing"
	"time"
)

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
