package stablehomes_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
)

func TestFinancialYear(t *testing.T) {
	fy, err := stablehomes.ParseFinancialYear("2025-26")
	if err != nil {
		t.Fatal(err)
	}
	if fy.Start() != stablehomes.MustDate(2025, 4, 1) || fy.End() != stablehomes.MustDate(2026, 3, 31) {
		t.Errorf("2025-26 spans %v to %v", fy.Start(), fy.End())
	}
	if fy.String() != "2025-26" || fy.Next().String() != "2026-27" || fy.Prev().String() != "2024-25" {
		t.Errorf("String/Next/Prev: %v %v %v", fy, fy.Next(), fy.Prev())
	}
	if s := stablehomes.FinancialYearStarting(1999).String(); s != "1999-00" {
		t.Errorf("1999 = %q", s)
	}
	for _, bad := range []string{"2025-27", "2025/26", "25-26", "2025-2026", "", "1999-99", "abcd-ef"} {
		if _, err := stablehomes.ParseFinancialYear(bad); !errors.Is(err, stablehomes.ErrInvalidYear) {
			t.Errorf("ParseFinancialYear(%q) = %v", bad, err)
		}
	}
	if _, err := stablehomes.ParseFinancialYear("1999-00"); err != nil {
		t.Errorf("1999-00: %v", err)
	}
}

func TestTaxYear(t *testing.T) {
	ty, _ := stablehomes.ParseTaxYear("2024-25")
	if ty.Start() != stablehomes.MustDate(2024, 4, 6) || ty.End() != stablehomes.MustDate(2025, 4, 5) {
		t.Errorf("2024-25 spans %v to %v", ty.Start(), ty.End())
	}
	if got := stablehomes.TaxYearOf(stablehomes.MustDate(2025, 4, 5)); got != ty {
		t.Errorf("TaxYearOf(2025-04-05) = %v", got)
	}
	if got := stablehomes.TaxYearOf(stablehomes.MustDate(2025, 4, 6)); got != ty.Next() {
		t.Errorf("TaxYearOf(2025-04-06) = %v", got)
	}
}

func TestYearProperties(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	span := gens.Date(stablehomes.MustDate(1950, 1, 1), stablehomes.MustDate(2090, 12, 31))
	props.Property("every date is in exactly one financial year", prop.ForAll(func(d stablehomes.Date, k int) bool {
		fy := stablehomes.FinancialYearOf(d)
		other := stablehomes.FinancialYearStarting(fy.StartYear() + k)
		return fy.Contains(d) && (k == 0 || !other.Contains(d))
	}, span, gen.IntRange(-3, 3)))
	props.Property("every date is in exactly one tax year", prop.ForAll(func(d stablehomes.Date, k int) bool {
		ty := stablehomes.TaxYearOf(d)
		other := stablehomes.TaxYearStarting(ty.StartYear() + k)
		return ty.Contains(d) && (k == 0 || !other.Contains(d))
	}, span, gen.IntRange(-3, 3)))
	props.Property("consecutive financial years meet with no gap", prop.ForAll(func(y int) bool {
		fy := stablehomes.FinancialYearStarting(y)
		return fy.End().AddDays(1) == fy.Next().Start()
	}, gen.IntRange(1950, 2090)))
	props.Property("consecutive tax years meet with no gap", prop.ForAll(func(y int) bool {
		ty := stablehomes.TaxYearStarting(y)
		return ty.End().AddDays(1) == ty.Next().Start()
	}, gen.IntRange(1950, 2090)))
	props.Property("year text round trips", prop.ForAll(func(y int) bool {
		fy, err1 := stablehomes.ParseFinancialYear(stablehomes.FinancialYearStarting(y).String())
		ty, err2 := stablehomes.ParseTaxYear(stablehomes.TaxYearStarting(y).String())
		return err1 == nil && err2 == nil && fy.StartYear() == y && ty.StartYear() == y
	}, gen.IntRange(1, 9998)))
	props.TestingRun(t)
}

func FuzzParseFinancialYear(f *testing.F) {
	for _, s := range []string{"2025-26", "1999-00", "2025-27", "", "9999-00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fy, err := stablehomes.ParseFinancialYear(s)
		if err != nil {
			return
		}
		if fy.String() != s {
			t.Fatalf("accepted %q but formats as %q", s, fy)
		}
		ty, err := stablehomes.ParseTaxYear(s)
		if err != nil || ty.String() != s {
			t.Fatalf("tax year disagrees on %q: %v", s, err)
		}
	})
}

func ExampleFinancialYearOf() {
	fy := stablehomes.FinancialYearOf(stablehomes.MustParseDate("2026-03-31"))
	fmt.Println(fy, fy.Start(), fy.End())
	// Output: 2025-26 2025-04-01 2026-03-31
}
