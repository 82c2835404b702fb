package ssda903

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
)

var swColumns = []string{"CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"}
var doloColumns = []string{"CHILD", "DOB", "DOLO_START", "DOLO_END"}

// isSWDoLoCode reports the codes of branch rules-sw's group: the SW rules and
// the DoLo rules 700-706 and 708.
func isSWDoLoCode(code string) bool {
	return strings.HasPrefix(code, "SW") || slices.Contains(strings.Fields("700 701 702 703 704 705 706 708"), code)
}

// Each year applies exactly the SW and DoLo rules the peer applies
// (testdata/conformance/index.json, "effective"), the SW12STG2 and SW01STG1
// of other files included.
func TestSWDoLoYears(t *testing.T) {
	data, err := os.ReadFile("testdata/conformance/index.json")
	if err != nil {
		t.Fatal(err)
	}
	var ix confIndex
	if err := json.Unmarshal(data, &ix); err != nil {
		t.Fatal(err)
	}
	for ys, rules := range ix.Effective {
		y, err := stablehomes.ParseFinancialYear(ys)
		if err != nil {
			t.Fatal(err)
		}
		var want, got []string
		for code := range rules {
			if isSWDoLoCode(code) {
				want = append(want, code)
			}
		}
		for _, r := range rulesFor(y) {
			if isSWDoLoCode(r.Code) {
				got = append(got, r.Code)
			}
		}
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: SW/DoLo rules %v, the peer's %v", ys, got, want)
		}
	}
}

// Social worker episodes as an authority exports them (unpadded dates), with
// the cases where our reading of a rule is stated in its comment.
func TestSWRulesAsExported(t *testing.T) {
	ret := &Return{Year: stablehomes.FinancialYearStarting(2024)} // 1 April 2024 to 31 March 2025
	ret.SetTable(table(SWEpisodes, swColumns,
		// Child A: three episodes in a row, the middle one ending in the
		// last five days, followed by an open one: SW11bSTG2 passes.
		[]string{"A", "01/01/2015", "SW1", "1/3/2025", "27/3/2025", "MANAGE"},  // 0
		[]string{"A", "01/01/2015", "SW2", "28/3/2025", "29/3/2025", "LEFTRL"}, // 1
		[]string{"A", "01/01/2015", "SW3", "30/3/2025", "", "ABSENC"},          // 2
		// Child B: one episode, ended on 28 March: SW11bSTG2.
		[]string{"B", "01/01/2015", "XX", "01/04/2024", "28/03/2025", "OTHERS"}, // 3
		// Child C: ended 1 April 2023 (in the two-year reporting period
		// from 2024-25) and 31 March 2023 (before it): SW07STG2 row 5.
		[]string{"C", "01/01/2015", "SW4", "01/01/2023", "1/4/2023", "MANAGE"},  // 4: SW10STG2 (after 5 by its end, starts long before)
		[]string{"C", "01/01/2015", "SW5", "01/01/2023", "31/3/2023", "ORGRST"}, // 5
		// Child D: a foster carer's contact (FCONTA) starting months after
		// the last episode ended is exempt from SW10STG2; one with another
		// reason is not.
		[]string{"D", "01/01/2015", "SW6", "01/04/2024", "01/05/2024", "MANAGE"}, // 6
		[]string{"D", "01/01/2015", "SW7", "01/09/2024", "01/10/2024", "FCONTA"}, // 7
		[]string{"D", "01/01/2015", "SW8", "01/12/2024", "", "TSPROC"},           // 8: SW10STG2
		[]string{"E", "01/01/2015", "sw9", "ZZ/ZZ/ZZZZ", "2024-05-01", "CHCHAN"}, // 9: SW02 (lower case), SW04 (no: ZZ), SW05 (ISO)
		[]string{"F", "01/01/2015", "", "1/5/2024", "1/5/2024", ""},              // 10: SW01b, SW02, SW09, SW13
		[]string{"G", "01/01/2015", "", "1/5/2022", "01/05/2022", "LAZY"},        // 11: SW01a, SW02, SW09 (one day), SW13
	))
	for code, want := range map[string][]int{
		"SW01aSTG1": {9, 11}, // ZZ is no start date here
		"SW01bSTG1": {9, 10},
		"SW02STG1":  {9, 10, 11},
		"SW04STG1":  nil,
		"SW05STG1":  {9},
		"SW07STG2":  {5, 11},
		"SW09STG2":  {10, 11},
		"SW10STG2":  {4, 8},
		"SW11bSTG2": {3},
		"SW13STG1":  {10, 11},
	} {
		if got := failingRows(t, ret, code)[SWEpisodes]; !slices.Equal(got, want) {
			t.Errorf("rule %s: got %v, want %v", code, got, want)
		}
	}
	// The 2023-24 versions: the reporting period is the collection year
	// only, and a blank reason fails whenever the episode began.
	ret.Year = stablehomes.FinancialYearStarting(2023)
	for code, want := range map[string][]int{
		"SW03STG1":  {10, 11},
		"SW13STG1":  {10, 11},
		"SW14STG2":  nil,
		"SW11aSTG2": {5}, // child C's second episode is months before the first ended
	} {
		if got := failingRows(t, ret, code)[SWEpisodes]; !slices.Equal(got, want) {
			t.Errorf("2023-24 rule %s: got %v, want %v", code, got, want)
		}
	}
}

// The DoLo rules on a 2026-27 return, with last year's orders and the
// child's Header date of birth when DoLo has none.
func TestDoLoRules(t *testing.T) {
	ret := &Return{Year: stablehomes.FinancialYearStarting(2026)} // 1 April 2026 to 31 March 2027
	ret.SetTable(table(Header, []string{"CHILD", "DOB"}, []string{"3", "01/06/2026"}))
	ret.SetTable(table(DoLo, doloColumns,
		[]string{"1", "01/01/2012", "1/3/2026", "1/5/2026"},   // 0: carried over from last year (unpadded)
		[]string{"1", "01/01/2012", "1/5/2026", ""},           // 1: open
		[]string{"1", "01/01/2012", "1/6/2026", "1/7/2026"},   // 2: starts while 1 is open: 705
		[]string{"2", "01/01/2012", "2026-05-01", "1/4/2027"}, // 3: 700 (ISO), 704 (after the year)
		[]string{"3", "", "1/5/2026", "junk"},                 // 4: 701; 708 by the Header DOB
		[]string{"4", "01/01/2012", "1/5/2027", "1/5/2027"},   // 5: 702 (same day), 703 and 704 (after the year)
	))
	ret.SetTable(table(DoLoLast, doloColumns,
		[]string{"1", "01/01/2012", "01/03/2026", ""}, // continued this year
		[]string{"5", "01/01/2012", "01/02/2026", ""}, // open, not continued: 706
		[]string{"6", "01/01/2012", "01/02/2026", "01/03/2026"},
	))
	for code, want := range map[string]map[TableID][]int{
		"700": {DoLo: {3}},
		"701": {DoLo: {4}},
		"702": {DoLo: {5}},
		"703": {DoLo: {5}},
		"704": {DoLo: {3, 5}},
		"705": {DoLo: {2}},
		"706": {DoLoLast: {1}},
		"708": {DoLo: {4}},
	} {
		got := failingRows(t, ret, code)
		for _, id := range []TableID{DoLo, DoLoLast} {
			if !slices.Equal(got[id], want[id]) {
				t.Errorf("rule %s %s: got %v, want %v", code, id, got[id], want[id])
			}
		}
	}
}

// A rule whose table or column is missing is skipped with the reason.
func TestSWDoLoRulesSkipWithReason(t *testing.T) {
	ret := &Return{Year: stablehomes.FinancialYearStarting(2026)}
	ret.SetTable(table(SWEpisodes, []string{"CHILD", "SW_DECOM"}, []string{"1", "01/05/2026"}))
	ret.SetTable(table(DoLo, []string{"CHILD", "DOLO_START"}, []string{"1", "01/05/2026"}))
	for code, reason := range map[string]string{
		"SW08STG2": "SWEpisodes has no column SW_DEC",
		"SW02STG1": "SWEpisodes has no column SW_ID",
		"702":      "DoLo has no column DOLO_END",
		"706":      "last year's return (DoLo_last) was not supplied",
	} {
		res, err := ValidateRule(context.Background(), ret, ret.Year, code)
		if err != nil {
			t.Fatal(err)
		}
		if res.Skipped != reason || len(res.Failures) != 0 {
			t.Errorf("rule %s: skipped %q with %d failures, want skipped %q", code, res.Skipped, len(res.Failures), reason)
		}
	}
	ret = &Return{Year: stablehomes.FinancialYearStarting(2026)}
	for _, code := range []string{"SW17STG2", "700"} {
		res, err := ValidateRule(context.Background(), ret, ret.Year, code)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(res.Skipped, "table ") {
			t.Errorf("rule %s with no tables: skipped %q", code, res.Skipped)
		}
	}
}

// BenchmarkSWDoLoRules runs the group's 2026-27 rules on 100k social worker
// episodes (four a child) and 100k orders (two a child), one row in 20
// damaged.
func BenchmarkSWDoLoRules(b *testing.B) {
	const n = 100_000
	sw := NewTable(SWEpisodes, swColumns)
	dl := NewTable(DoLo, doloColumns)
	nulls := func(row []string) []bool {
		out := make([]bool, len(row))
		for i, v := range row {
			out[i] = v == ""
		}
		return out
	}
	for i := range n {
		child := strconv.Itoa(i / 4)
		month := 4 + 2*(i%4)
		swRow := []string{child, "01/01/2015", "SW" + child, "01/" + strconv.Itoa(month) + "/2026", "30/" + strconv.Itoa(month+1) + "/2026", "MANAGE"}
		if i%4 == 3 {
			swRow[4] = ""
		}
		dlRow := []string{strconv.Itoa(i / 2), "01/01/2015", "01/0" + strconv.Itoa(4+2*(i%2)) + "/2026", "10/0" + strconv.Itoa(4+2*(i%2)) + "/2026"}
		if i%20 == 0 {
			swRow[3], swRow[5], dlRow[3] = "junk", "", ""
		}
		sw.AppendStrings(swRow, nulls(swRow), Pos{Line: i + 2})
		dl.AppendStrings(dlRow, nulls(dlRow), Pos{Line: i + 2})
	}
	sw.Freeze()
	dl.Freeze()
	ret := &Return{Year: stablehomes.FinancialYearStarting(2026)}
	ret.SetTable(sw)
	ret.SetTable(dl)
	var rules []*Rule
	for _, r := range rulesFor(ret.Year) {
		if isSWDoLoCode(r.Code) {
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
