package carers_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/carers"
)

func d(s string) stablehomes.Date { return stablehomes.MustParseDate(s) }

// Rates as gov.uk publishes them (data/nma_rates.csv cites each), pence a week.
func TestPublishedRates(t *testing.T) {
	cases := []struct {
		region carers.AllowanceArea
		age    int
		on     string
		want   stablehomes.Money
	}{
		{carers.AreaLondon, 16, "2025-09-01", 29900},
		{carers.AreaRestOfEngland, 1, "2025-09-01", 17000},
		{carers.AreaSouthEast, 7, "2025-09-01", 21600},
		{carers.AreaSouthEast, 3, "2025-09-01", 19600},
		{carers.AreaRestOfEngland, 12, "2024-09-01", 21300},
		{carers.AreaLondon, 17, "2024-09-01", 28900},
		{carers.AreaLondon, 4, "2019-09-01", 15200},
		{carers.AreaRestOfEngland, 16, "2018-09-01", 19100},
		{carers.AreaRestOfEngland, 0, "2007-09-01", 10000},
		{carers.AreaLondon, 17, "2007-09-01", 17600},
	}
	for _, c := range cases {
		on := d(c.on)
		dob := on.AddYears(-c.age).AddDays(-10)
		got, err := carers.WeeklyMinimum(c.region, dob, on)
		if err != nil || got != c.want {
			t.Errorf("%s, age %d, %s: %v, %v; want %v", c.region, c.age, c.on, got, err, c.want)
		}
	}
}

func TestTaxYearBoundary(t *testing.T) {
	dob := d("2012-01-01") // 13 on both days
	before, _ := carers.WeeklyMinimum(carers.AreaRestOfEngland, dob, d("2025-04-05"))
	after, _ := carers.WeeklyMinimum(carers.AreaRestOfEngland, dob, d("2025-04-06"))
	if before != 21300 || after != 22000 {
		t.Errorf("5 April 2025 = %v, 6 April 2025 = %v; want £213 then £220", before, after)
	}
}

func TestMissingTables(t *testing.T) {
	for _, on := range []string{"2022-06-01", "2020-04-06", "2024-04-05", "2026-04-06", "2007-04-05"} {
		_, err := carers.WeeklyMinimum(carers.AreaLondon, d(on).AddYears(-5), d(on))
		var me *carers.MissingTableError
		if !errors.As(err, &me) || !errors.Is(err, carers.ErrNoTable) {
			t.Errorf("%s: %v, want a MissingTableError", on, err)
			continue
		}
		if want := stablehomes.TaxYearOf(d(on)).String(); me.Year.String() != want || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error names %s: %v", on, me.Year, err)
		}
	}
}

func TestAgeErrors(t *testing.T) {
	if _, err := carers.WeeklyMinimum(carers.AreaLondon, d("2007-09-01"), d("2025-09-01")); !errors.Is(err, carers.ErrAdult) {
		t.Errorf("18th birthday: %v", err)
	}
	if _, err := carers.WeeklyMinimum(carers.AreaLondon, d("2007-09-02"), d("2025-09-01")); err != nil {
		t.Errorf("day before 18th birthday: %v", err)
	}
	_, err := carers.WeeklyMinimum(carers.AreaLondon, d("2025-09-02"), d("2025-09-01"))
	if !errors.Is(err, carers.ErrBeforeBirth) || strings.Contains(err.Error(), "2025") {
		t.Errorf("before birth: %v", err)
	}
	if _, err := carers.WeeklyMinimum("north", d("2020-01-01"), d("2025-09-01")); !errors.Is(err, carers.ErrAllowanceArea) {
		t.Errorf("bad region: %v", err)
	}
}

// A child born on 29 February moves band on 1 March in a common year.
func TestLeapDayBandChange(t *testing.T) {
	born := d("2020-02-29")
	// Fifth birthday falls on 1 March 2025 (2025 is a common year): 3-4 band until then.
	feb28, _ := carers.WeeklyMinimum(carers.AreaRestOfEngland, born, d("2025-02-28"))
	mar1, _ := carers.WeeklyMinimum(carers.AreaRestOfEngland, born, d("2025-03-01"))
	if feb28 != 17000 || mar1 != 18700 {
		t.Errorf("born 2020-02-29: 28 Feb 2025 %v, 1 Mar 2025 %v; want £170 (3-4) then £187 (5-10)", feb28, mar1)
	}
}

func TestMinimumForPeriod(t *testing.T) {
	dob := d("2012-01-01")
	week, err := carers.MinimumForPeriod(carers.AreaRestOfEngland, dob, d("2025-06-02"), d("2025-06-09"))
	if err != nil || week != 22000 {
		t.Errorf("one week: %v, %v", week, err)
	}
	// 3 nights at £213 (to 5 April) and 4 at £220: (3×21300 + 4×22000)/7 = 21700.
	across, err := carers.MinimumForPeriod(carers.AreaRestOfEngland, dob, d("2025-04-03"), d("2025-04-10"))
	if err != nil || across != 21700 {
		t.Errorf("across 6 April: %v, %v; want £217.00", across, err)
	}
	// 1 night at £220: 3142.857… rounds to 3143.
	one, _ := carers.MinimumForPeriod(carers.AreaRestOfEngland, dob, d("2025-06-02"), d("2025-06-03"))
	if one != 3143 {
		t.Errorf("one night: %v", one)
	}
	if none, err := carers.MinimumForPeriod(carers.AreaRestOfEngland, dob, d("2025-06-02"), d("2025-06-02")); none != 0 || err != nil {
		t.Errorf("no nights: %v %v", none, err)
	}
	if _, err := carers.MinimumForPeriod(carers.AreaRestOfEngland, dob, d("2025-06-02"), d("2025-06-01")); !errors.Is(err, carers.ErrPeriod) {
		t.Errorf("reversed period: %v", err)
	}
	if _, err := carers.MinimumForPeriod(carers.AreaRestOfEngland, dob, d("2026-03-30"), d("2026-04-10")); !errors.Is(err, carers.ErrNoTable) {
		t.Errorf("into 2026-27: %v", err)
	}
}

func TestAllowanceAreaOf(t *testing.T) {
	for code, want := range map[string]carers.AllowanceArea{"313": carers.AreaLondon, "E06000035": carers.AreaSouthEast, "330": carers.AreaRestOfEngland, "201": carers.AreaLondon} {
		la, _ := stablehomes.LookupLA(code)
		if got := carers.AllowanceAreaOf(la); got != want {
			t.Errorf("AllowanceAreaOf(%s) = %s, want %s", code, got, want)
		}
	}
	if carers.AllowanceAreaMappingSource.Unconfirmed == "" {
		t.Error("the region mapping must be flagged unconfirmed")
	}
}

func TestUplift(t *testing.T) {
	u, err := carers.Uplift(stablehomes.TaxYearStarting(2024), stablehomes.TaxYearStarting(2025))
	if err != nil || len(u.Rows) != 15 {
		t.Fatalf("%v %v", u, err)
	}
	// London 3-4: £195 → £201 = 3.08%; South East 0-2: £183 → £189 = 3.28%.
	for _, r := range u.Rows {
		if r.Area == carers.AreaLondon && r.Band == (carers.AgeBand{From: 3, To: 4}) && r.Percent() != "3.08%" {
			t.Errorf("London 3-4: %s", r.Percent())
		}
	}
	all, below := u.AboveInflation(310)
	if all || len(below) == 0 {
		t.Errorf("London 3-4 rose by 3.08%%, not more than 3.10%%: %v %v", all, below)
	}
	if all, _ := u.AboveInflation(200); !all {
		t.Error("every cell rose by more than 2.00%")
	}
	if _, err := carers.Uplift(stablehomes.TaxYearStarting(2022), stablehomes.TaxYearStarting(2023)); !errors.Is(err, carers.ErrNoTable) {
		t.Errorf("uplift from a missing year: %v", err)
	}
}

func TestLoadSchedule(t *testing.T) {
	var b strings.Builder
	b.WriteString("financial_year,valid_from,valid_to,region,age_band_min,age_band_max,weekly_pence,source_url\n")
	for _, r := range []string{"London", "South East", "Rest of England"} {
		for i, band := range carers.AgeBands() {
			fmt.Fprintf(&b, "2026-27,2026-04-06,2027-04-05,%s,%d,%d,%d,https://example.org/published-2026-27\n", r, band.From, band.To, 30000+100*i)
		}
	}
	s, err := carers.LoadSchedule(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.WeeklyMinimum(carers.AreaLondon, d("2010-01-01"), d("2026-09-01"))
	if err != nil || got != 30400 {
		t.Errorf("loaded 2026-27, 16-17: %v %v", got, err)
	}
	if old, err := s.WeeklyMinimum(carers.AreaLondon, d("2010-01-01"), d("2025-09-01")); err != nil || old != 25700 {
		t.Errorf("shipped years still held: %v %v", old, err)
	}
	for name, bad := range map[string]string{
		"missing cell": strings.Join(strings.Split(b.String(), "\n")[:15], "\n"),
		"wrong dates":  strings.Replace(b.String(), "2026-04-06", "2026-04-01", 1),
		"no source":    strings.Replace(b.String(), "https://example.org/published-2026-27\n", "\n", 1),
		"bad band":     strings.Replace(b.String(), ",0,2,", ",0,3,", 1),
		"bad header":   strings.Replace(b.String(), "weekly_pence", "weekly", 1),
	} {
		if _, err := carers.LoadSchedule(strings.NewReader(bad)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestEveryRowCitesItsSource(t *testing.T) {
	for _, tab := range carers.DefaultSchedule().Tables() {
		if tab.Source == "" {
			t.Errorf("%s has no source", tab.Year)
		}
	}
	if n := len(carers.DefaultSchedule().Tables()); n != 5 {
		t.Errorf("%d tables shipped, want 5 (2007-08, 2018-19, 2019-20, 2024-25, 2025-26)", n)
	}
}

func ExampleWeeklyMinimum() {
	hounslow, _ := stablehomes.LookupLA("313")
	weekly, _ := carers.WeeklyMinimum(carers.AllowanceAreaOf(hounslow), stablehomes.MustParseDate("2012-05-01"), stablehomes.MustParseDate("2025-09-01"))
	fmt.Println(weekly)
	// Output: £257.00
}

func ExampleMinimumForPeriod() {
	dob := stablehomes.MustParseDate("2012-01-01")
	owed, _ := carers.MinimumForPeriod(carers.AreaRestOfEngland, dob, stablehomes.MustParseDate("2025-04-03"), stablehomes.MustParseDate("2025-04-10"))
	fmt.Println(owed)
	// Output: £217.00
}
