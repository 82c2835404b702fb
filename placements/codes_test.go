package placements

import (
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
)

func fy(t *testing.T, s string) stablehomes.FinancialYear {
	t.Helper()
	y, err := stablehomes.ParseFinancialYear(s)
	if err != nil {
		t.Fatal(err)
	}
	return y
}

// Changes by year in the embedded code lists (issue 4).
func TestTypeChangesByYear(t *testing.T) {
	cases := []struct {
		code, year string
		valid      bool
	}{
		{"K3", "2023-24", false},
		{"K3", "2024-25", true},
		{"P2", "2024-25", true},
		{"P2", "2025-26", false},
		{"H5", "2025-26", false},
		{"Z1", "2024-25", true},
		{"Z1", "2025-26", false},
		{"Z11", "2024-25", false},
		{"Z14", "2025-26", true},
		{"U4", "2016-17", true},
		{"U4", "2010-11", true}, // <=2016-17: valid since before the data begins
		{"XX", "2024-25", false},
	}
	for _, c := range cases {
		y := fy(t, c.year)
		if got := ValidTypeIn(c.code, y); got != c.valid {
			t.Errorf("ValidTypeIn(%s, %s) = %v, want %v", c.code, c.year, got, c.valid)
		}
		_, err := ParseTypeIn(c.code, y)
		if (err == nil) != c.valid {
			t.Errorf("ParseTypeIn(%s, %s) err = %v", c.code, c.year, err)
		}
		if err != nil && c.code != "XX" && !strings.Contains(err.Error(), c.year) {
			t.Errorf("error %q does not name the year %s", err, c.year)
		}
	}
}

func TestCategories(t *testing.T) {
	want := map[string]Category{
		"P1": CategoryWithParents, "U1": CategoryKinshipFoster, "U4": CategoryOtherFoster,
		"A3": CategoryPlacedForAdoption, "K2": CategoryChildrensHome, "K1": CategorySecure,
		"H5": CategorySupportedIndependent, "K3": CategorySupportedIndependent,
		"R2": CategoryHealthOrCustody, "R5": CategoryHealthOrCustody, "T0": CategoryTemporary, "Z11": CategoryOther,
	}
	for code, c := range want {
		ty, err := ParseType(code)
		if err != nil {
			t.Fatal(err)
		}
		if ty.Category() != c {
			t.Errorf("%s category %q, want %q", code, ty.Category(), c)
		}
	}
	for _, e := range TypeEntries() {
		if Type(e.Code).Category() == "" {
			t.Errorf("%s has no category", e.Code)
		}
	}
}

func TestEveryRowCitesASource(t *testing.T) {
	lists := map[string]int{
		"type": len(TypeEntries()), "provider": len(ProviderEntries()), "legal status": len(LegalStatusEntries()),
		"rne": len(ReasonNewEpisodeEntries()), "rec": len(ReasonEpisodeCeasedEntries()), "rpc": len(ReasonPlacementChangeEntries()),
	}
	for name, n := range lists {
		if n == 0 {
			t.Errorf("%s list empty", name)
		}
	}
	all := append(TypeEntries(), ProviderEntries()...)
	all = append(all, LegalStatusEntries()...)
	all = append(all, ReasonNewEpisodeEntries()...)
	all = append(all, ReasonEpisodeCeasedEntries()...)
	all = append(all, ReasonPlacementChangeEntries()...)
	for _, e := range all {
		if !strings.Contains(e.Source.Section, "csc-validator") && !strings.Contains(e.Source.Section, "lac20") {
			t.Errorf("%s: source %q", e.Code, e.Source.Section)
		}
	}
	for _, c := range []string{"Z11", "Z12", "Z13", "Z14"} {
		e, _ := typeList.Lookup(c)
		if e.Unconfirmed == "" {
			t.Errorf("%s should be marked unconfirmed", c)
		}
	}
	if len(ProviderEntries()) != 6 {
		t.Errorf("providers: %d, want PR0-PR5", len(ProviderEntries()))
	}
}

func TestOtherListsByYear(t *testing.T) {
	if !ValidReasonEpisodeCeasedIn("E43", fy(t, "2017-18")) || ValidReasonEpisodeCeasedIn("E43", fy(t, "2018-19")) {
		t.Error("E43 retired after 2017-18")
	}
	if ValidReasonPlacementChangeIn("CUSTOD", fy(t, "2017-18")) || !ValidReasonPlacementChangeIn("CUSTOD", fy(t, "2018-19")) {
		t.Error("CUSTOD from 2018-19")
	}
	if _, err := ParseLegalStatus("C2"); err != nil {
		t.Error(err)
	}
	if _, err := ParseReasonNewEpisode("S"); err != nil {
		t.Error(err)
	}
	if _, err := ParseProvider("PR6"); err == nil {
		t.Error("PR6 accepted")
	}
}

func TestValidTypeInAllocs(t *testing.T) {
	y := fy(t, "2024-25")
	if n := testing.AllocsPerRun(100, func() { ValidTypeIn("U4", y) }); n != 0 {
		t.Errorf("ValidTypeIn allocates %v", n)
	}
}
