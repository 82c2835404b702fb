package ssda903

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
)

var ad1Columns = []string{"CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"}
var placedAdoptionColumns = []string{"CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"}

// adoptionGroupCodes are the rules of branch rules-a in rules_group_adoption.go.
var adoptionGroupCodes = strings.Fields("112 113 114 151 175 176 177 333 511 514 517 518 519 520 524 INT31 115 116 119 120 522 523 525")

// Every rule of the group applies, in one version, in every collection year
// 2022-23 to 2026-27 (the peer's rule folders; testdata/conformance/index.json).
func TestAdoptionGroupYears(t *testing.T) {
	for start := 2022; start <= 2026; start++ {
		y := stablehomes.FinancialYearStarting(start)
		have := map[string]bool{}
		for _, r := range rulesFor(y) {
			have[r.Code] = true
		}
		for _, code := range adoptionGroupCodes {
			if !have[code] {
				t.Errorf("%s: rule %s does not apply", y, code)
			}
		}
	}
	for _, r := range allRules() {
		if slices.Contains(adoptionGroupCodes, r.Code) && (r.From != stablehomes.FinancialYearStarting(2022) || !r.To.IsZero()) {
			t.Errorf("rule %s: applies %s to %s, want from 2022-23 on", r.Code, r.From, r.To)
		}
	}
}

// Dates as spreadsheets export them (unpadded day and month) are dates; a
// date in another shape, or junk, is reported by the date rules and ignored
// by the rules comparing dates.
func TestAdoptionDatesAsExported(t *testing.T) {
	ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
	ret.SetTable(table(AD1, ad1Columns,
		[]string{"1", "01/01/2020", "1/5/2024", "3/5/2024", "1", "1", "M1", "L0"},   // unpadded, fine
		[]string{"2", "01/01/2020", "2024-05-01", "3/5/2024", "1", "1", "M1", "L0"}, // ISO: 112, and 333 (no usable DATE_INT)
		[]string{"3", "01/01/2020", "1/5/2024", "junk", "1", "1", "F1", "L0"},       // 113; 333 has no match date to judge
		[]string{"4", "01/01/2020", "4/5/2024", "3/5/2024", "1", "1", "F1", "L0"},   // decision after matching: 333
	))
	ret.SetTable(table(PlacedAdoption, placedAdoptionColumns,
		[]string{"1", "01/01/2020", "1/5/2024", "", ""},
		[]string{"2", "01/01/2020", "31/02/2024", "", ""},            // no 31 February: 115
		[]string{"3", "01/01/2020", "1/5/2024", "1/4/2024", "RD1"},   // reversed before decided: 522
		[]string{"4", "01/01/2020", "5/5/2024", "2024-06-01", "RD1"}, // ISO: 116
	))
	for code, want := range map[string]map[TableID][]int{
		"112": {AD1: {1}},
		"113": {AD1: {2}},
		"333": {AD1: {1, 3}},
		"115": {PlacedAdoption: {1}},
		"116": {PlacedAdoption: {3}},
		"522": {PlacedAdoption: {2}},
		// 1/5/2024 and 01/05/2024 are one day; child 2's dates are not
		// dates; child 4's differ.
		"523": {AD1: {3}, PlacedAdoption: {3}},
	} {
		got := failingRows(t, ret, code)
		for _, id := range []TableID{AD1, PlacedAdoption} {
			if !slices.Equal(got[id], want[id]) {
				t.Errorf("rule %s %s: got %v, want %v", code, id, got[id], want[id])
			}
		}
	}
}

// A rule whose table or column is missing is skipped with the reason; it
// never passes silently (nor fails every row for want of the column).
func TestAdoptionRulesSkipWithReason(t *testing.T) {
	ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
	ret.SetTable(table(AD1, []string{"CHILD", "LS_ADOPTR"}, []string{"1", "L0"}))
	for code, reason := range map[string]string{
		"514": "AD1 has no column SEX_ADOPTR",
		"151": "AD1 has no column DATE_INT",
		"115": "table PlacedAdoption was not supplied",
		"523": "table PlacedAdoption was not supplied",
	} {
		res, err := ValidateRule(context.Background(), ret, ret.Year, code)
		if err != nil {
			t.Fatal(err)
		}
		if res.Skipped != reason || len(res.Failures) != 0 {
			t.Errorf("rule %s: skipped %q with %d failures, want skipped %q", code, res.Skipped, len(res.Failures), reason)
		}
	}
}

// The adopters' codes agree with each other: every pair of legal status
// and sexes that DfE's rules allow passes, each other pair fails exactly
// the rules naming it.
func TestAdopterStatusAndSexes(t *testing.T) {
	type combo struct{ ls, sex, nb string }
	allowed := map[string][]string{"L0": {"M1", "F1"}, "L11": {"MF"}, "L12": {"MM", "FF"}, "L2": {"MM", "FF", "MF"}, "L3": {"MF"}, "L4": {"MM", "FF"}}
	ruleFor := map[string]string{"L0": "514", "L11": "520", "L12": "524", "L2": "519", "L3": "517", "L4": "518"}
	var rows [][]string
	var combos []combo
	for _, ls := range []string{"L0", "L11", "L12", "L2", "L3", "L4"} {
		for _, sex := range []string{"M1", "F1", "MM", "FF", "MF", ""} {
			nb := "2"
			if sex == "M1" || sex == "F1" {
				nb = "1"
			}
			combos = append(combos, combo{ls, sex, nb})
			rows = append(rows, []string{strconv.Itoa(len(rows)), "01/01/2020", "01/05/2024", "02/05/2024", "0", nb, sex, ls})
		}
	}
	rows = append(rows, []string{"99", "01/01/2020", "01/05/2024", "02/05/2024", "0", "2", "M1", "L2"}) // two adopters, one sex
	ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
	ret.SetTable(table(AD1, ad1Columns, rows...))
	for _, code := range []string{"514", "517", "518", "519", "520", "524"} {
		var want []int
		for i, c := range combos {
			if ruleFor[c.ls] == code && !slices.Contains(allowed[c.ls], c.sex) {
				want = append(want, i)
			}
		}
		if code == "519" {
			want = append(want, len(combos))
		}
		if got := failingRows(t, ret, code)[AD1]; !slices.Equal(got, want) {
			t.Errorf("rule %s: got %v, want %v", code, got, want)
		}
	}
	if got := failingRows(t, ret, "511")[AD1]; !slices.Equal(got, []int{len(combos)}) {
		t.Errorf("rule 511: got %v", got)
	}
}

// 523 and 525 judge every pair of a child's rows; a child in one table only
// is left alone, and each failing row is reported once. Rows with a blank
// CHILD belong to no child and are never paired (the peer's pandas merge
// pairs blank with blank; no such row is in the whole returns we compare).
func TestAdoptionPairs(t *testing.T) {
	ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
	ret.SetTable(table(AD1, ad1Columns,
		[]string{"1", "01/01/2020", "01/05/2024", "02/05/2024", "0", "1", "M1", "L0"},
		[]string{"1", "01/01/2020", "03/05/2024", "", "", "", "", ""},
		[]string{"2", "01/01/2020", "", "", "", "", "", ""},
		[]string{"4", "01/01/2020", "01/05/2024", "", "", "", "", ""},
		[]string{"", "01/01/2020", "09/05/2024", "02/05/2024", "0", "1", "M1", "L0"},
	))
	ret.SetTable(table(PlacedAdoption, placedAdoptionColumns,
		[]string{"1", "01/01/2020", "01/05/2024", "01/06/2024", "RD1"},
		[]string{"1", "01/01/2020", "01/05/2024", "", ""},
		[]string{"2", "01/01/2020", "01/05/2024", "01/06/2024", "RD2"},
		[]string{"3", "01/01/2020", "07/05/2024", "01/06/2024", "RD2"},
		[]string{"", "01/01/2020", "01/05/2024", "01/06/2024", "RD2"},
	))
	if got := failingRows(t, ret, "523"); !slices.Equal(got[AD1], []int{1}) || !slices.Equal(got[PlacedAdoption], []int{0, 1}) {
		t.Errorf("523: got %v", got)
	}
	// Child 2's AD1 row is blank: nothing to contradict the reversal.
	if got := failingRows(t, ret, "525"); !slices.Equal(got[AD1], []int{0, 1}) || !slices.Equal(got[PlacedAdoption], []int{0}) {
		t.Errorf("525: got %v", got)
	}
	if got := failingRows(t, ret, "INT31"); !slices.Equal(got[AD1], []int{0, 1}) {
		t.Errorf("INT31: got %v", got)
	}
}

// BenchmarkAdoptionRules runs the 23 rules on 100k AD1 and 100k
// PlacedAdoption rows, one row in 20 damaged (a junk date, an unknown code,
// a blank, adopters' codes that disagree, a child twice); the generator's
// returns have neither table.
func BenchmarkAdoptionRules(b *testing.B) {
	const n = 100_000
	ad := NewTable(AD1, ad1Columns)
	pa := NewTable(PlacedAdoption, placedAdoptionColumns)
	nulls := func(row []string) []bool {
		out := make([]bool, len(row))
		for i, v := range row {
			out[i] = v == ""
		}
		return out
	}
	for i := range n {
		adRow := []string{strconv.Itoa(i), "01/01/2020", "01/05/2024", "03/05/2024", "0", "2", "MF", "L11"}
		paRow := []string{strconv.Itoa(i), "01/01/2020", "01/05/2024", "", ""}
		if i%20 == 0 {
			switch (i / 20) % 6 {
			case 0:
				adRow[2], paRow[3], paRow[4] = "junk", "1/4/2024", "RD9" // 112, 333, 522, 120
			case 1:
				adRow[6], paRow[3] = "M1", "01/06/2024" // 511, 520, 119, 525
			case 2:
				adRow[5] = "" // 151
			case 3:
				adRow[0], paRow[0] = strconv.Itoa(i-1), strconv.Itoa(i-1) // INT31
			case 4:
				adRow[7], adRow[6] = "L0", "MM" // 514
			case 5:
				paRow[2] = "2/5/2024" // 523
			}
		}
		ad.AppendStrings(adRow, nulls(adRow), Pos{Line: i + 2})
		pa.AppendStrings(paRow, nulls(paRow), Pos{Line: i + 2})
	}
	ad.Freeze()
	pa.Freeze()
	ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
	ret.SetTable(ad)
	ret.SetTable(pa)
	var rules []*Rule
	for _, r := range rulesFor(ret.Year) {
		if slices.Contains(adoptionGroupCodes, r.Code) {
			rules = append(rules, r)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := validateRules(context.Background(), ret, ret.Year, rules, nil); err != nil {
			b.Fatal(err)
		}
	}
}
