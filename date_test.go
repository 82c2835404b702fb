package stablehomes_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
)

func TestParseDate(t *testing.T) {
	good := map[string][3]int{
		"2024-05-01": {2024, 5, 1},
		"2024-02-29": {2024, 2, 29},
		"2000-02-29": {2000, 2, 29},
		"0001-01-01": {1, 1, 1},
		"9999-12-31": {9999, 12, 31},
	}
	for s, want := range good {
		d, err := stablehomes.ParseDate(s)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", s, err)
			continue
		}
		if d.Year() != want[0] || d.Month() != want[1] || d.Day() != want[2] {
			t.Errorf("ParseDate(%q) = %v", s, d)
		}
		if d.String() != s {
			t.Errorf("ParseDate(%q).String() = %q", s, d.String())
		}
	}
	bad := []string{"2023-02-29", "2024-13-01", "1900-02-29", "2024-04-31", "2024-00-10", "2024-01-00",
		"0000-01-01", "", "2024-5-01", "2024/05/01", "01/05/2024", "2024-05-01T00:00:00Z", " 2024-05-01", "２０２４-05-01", "2024-05-0a"}
	for _, s := range bad {
		if _, err := stablehomes.ParseDate(s); !errors.Is(err, stablehomes.ErrInvalidDate) {
			t.Errorf("ParseDate(%q) error = %v, want ErrInvalidDate", s, err)
		}
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		D stablehomes.Date `json:"d"`
		E stablehomes.Date `json:"e,omitzero"`
	}
	b, err := json.Marshal(doc{D: stablehomes.MustDate(2024, 5, 1)})
	if err != nil || string(b) != `{"d":"2024-05-01"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var v doc
	for _, in := range []string{`{"d":"2023-02-29"}`, `{"d":"2024-05-01T00:00:00Z"}`, `{"d":""}`} {
		if err := json.Unmarshal([]byte(in), &v); err == nil {
			t.Errorf("Unmarshal(%s) accepted", in)
		}
	}
}

// The results are checked against the standard library's calendar.
func TestDateArithmeticAgainstTime(t *testing.T) {
	start := time.Date(1890, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 80000; i += 7 {
		tm := start.AddDate(0, 0, i)
		d := stablehomes.MustDate(tm.Year(), int(tm.Month()), tm.Day())
		if got, want := d.Days(), int(tm.Unix()/86400); got != want {
			t.Fatalf("%v.Days() = %d, want %d", d, got, want)
		}
		if got := stablehomes.DateFromDays(d.Days()); got != d {
			t.Fatalf("DateFromDays(%d) = %v, want %v", d.Days(), got, d)
		}
		if d.Weekday() != int(tm.Weekday()) {
			t.Fatalf("%v.Weekday() = %d, want %d", d, d.Weekday(), tm.Weekday())
		}
	}
}

func TestAgeOnLeapDay(t *testing.T) {
	dob := stablehomes.MustDate(2008, 2, 29)
	cases := []struct {
		on   stablehomes.Date
		want int
	}{
		{stablehomes.MustDate(2026, 2, 28), 17}, // common year: not yet 18
		{stablehomes.MustDate(2026, 3, 1), 18},  // 1 March in a common year
		{stablehomes.MustDate(2028, 2, 28), 19},
		{stablehomes.MustDate(2028, 2, 29), 20}, // leap year: on the day
		{stablehomes.MustDate(2008, 2, 28), -1},
		{stablehomes.MustDate(2008, 2, 29), 0},
	}
	for _, c := range cases {
		if got := dob.AgeOn(c.on); got != c.want {
			t.Errorf("born 2008-02-29, AgeOn(%v) = %d, want %d", c.on, got, c.want)
		}
	}
	if got := dob.AddYears(18); got != stablehomes.MustDate(2026, 3, 1) {
		t.Errorf("AddYears(18) = %v, want 2026-03-01", got)
	}
}

func TestAddMonths(t *testing.T) {
	cases := map[[2]string]int{
		{"2024-01-31", "2024-02-29"}: 1,
		{"2023-01-31", "2023-02-28"}: 1,
		{"2025-03-31", "2024-09-30"}: -6,
		{"2025-03-31", "2022-09-30"}: -30,
		{"2024-12-15", "2025-01-15"}: 1,
		{"2024-05-01", "2024-05-01"}: 0,
	}
	for c, n := range cases {
		if got := stablehomes.MustParseDate(c[0]).AddMonths(n); got.String() != c[1] {
			t.Errorf("%s.AddMonths(%d) = %v, want %s", c[0], n, got, c[1])
		}
	}
}

func TestDateProperties(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	props.Property("parse and format round trip", prop.ForAll(func(d stablehomes.Date) bool {
		p, err := stablehomes.ParseDate(d.String())
		return err == nil && p == d
	}, gens.AnyDate()))
	props.Property("AddDays and DaysUntil agree", prop.ForAll(func(d stablehomes.Date, n int) bool {
		e := d.AddDays(n)
		return d.DaysUntil(e) == n && e.AddDays(-n) == d && (n > 0) == e.After(d) && (n < 0) == e.Before(d)
	}, gens.AnyDate(), gen.IntRange(-40000, 40000)))
	props.Property("AddMonths keeps the day or clamps to the month's end, and moves n months", prop.ForAll(func(d stablehomes.Date, n int) bool {
		e := d.AddMonths(n)
		months := (e.Year()-d.Year())*12 + e.Month() - d.Month()
		return months == n && (e.Day() == d.Day() || (e.Day() < d.Day() && e.AddDays(1).Day() == 1))
	}, gens.Date(stablehomes.MustDate(1900, 1, 1), stablehomes.MustDate(2100, 12, 31)), gen.IntRange(-600, 600)))
	props.Property("Compare agrees with day numbers", prop.ForAll(func(a, b stablehomes.Date) bool {
		c := a.Compare(b)
		da, db := a.Days(), b.Days()
		return (c < 0) == (da < db) && (c == 0) == (da == db)
	}, gens.AnyDate(), gens.AnyDate()))
	props.Property("AgeOn is monotone in on", prop.ForAll(func(dob, on stablehomes.Date, k int) bool {
		return dob.AgeOn(on) <= dob.AgeOn(on.AddDays(k))
	}, gens.AnyDate(), gens.AnyDate(), gen.IntRange(0, 3000)))
	props.Property("AgeOn rises by exactly one on each birthday", prop.ForAll(func(dob stablehomes.Date, years int) bool {
		birthday := dob.AddYears(years)
		return dob.AgeOn(birthday) == years && dob.AgeOn(birthday.AddDays(-1)) == years-1
	}, gens.Date(stablehomes.MustDate(1900, 1, 1), stablehomes.MustDate(2050, 12, 31)), gen.IntRange(1, 40)))
	props.TestingRun(t)
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-05-01", "2023-02-29", "0000-00-00", "9999-12-31", "2024-13-01", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := stablehomes.ParseDate(s)
		if err != nil {
			if !errors.Is(err, stablehomes.ErrInvalidDate) {
				t.Fatalf("error does not wrap ErrInvalidDate: %v", err)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("accepted %q but formats as %q", s, d.String())
		}
	})
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := stablehomes.ParseDate("2024-05-01"); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleDate_AgeOn() {
	dob := stablehomes.MustParseDate("2008-02-29")
	fmt.Println(dob.AgeOn(stablehomes.MustParseDate("2026-02-28")))
	fmt.Println(dob.AgeOn(stablehomes.MustParseDate("2026-03-01")))
	// Output:
	// 17
	// 18
}
