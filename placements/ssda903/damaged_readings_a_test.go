package ssda903

import (
	"slices"
	"testing"

	"github.com/stablehomes/stablehomes"
)

// TestDamagedReadingsA pins the readings of damaged rows that branch dmg-a
// took from the peer (issue 14; the commits say why), one small return per
// rule.
func TestDamagedReadingsA(t *testing.T) {
	fy := stablehomes.FinancialYearStarting(2024)
	check := func(t *testing.T, ret *Return, code string, want map[TableID][]int) {
		t.Helper()
		got := failingRows(t, ret, code)
		for id, rows := range got {
			slices.Sort(rows)
			got[id] = rows
		}
		for id := range want {
			if !slices.Equal(got[id], want[id]) {
				t.Errorf("%s %s: got %v, want %v", code, id, got[id], want[id])
			}
		}
		for id := range got {
			if _, ok := want[id]; !ok {
				t.Errorf("%s %s: got %v, want none", code, id, got[id])
			}
		}
	}
	t.Run("117 latest episode by DECOM whose REC is not X1", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "REC"},
			[]string{"1", "01/05/2024", "01/06/2024", ""}, // ended, REC damaged
			[]string{"1", "01/06/2024", "", ""},           // latest, open: only the year end applies
			[]string{"2", "01/05/2024", "01/06/2024", "E11"},
			[]string{"3", "01/05/2024", "01/06/2024", "X1"})) // no such episode: not judged
		ret.SetTable(table(PlacedAdoption, []string{"CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED"},
			[]string{"1", "01/01/2020", "01/05/2024", "10/06/2024"},
			[]string{"2", "01/01/2020", "01/05/2024", "10/06/2024"}, // after care ended: fails
			[]string{"3", "01/01/2020", "01/05/2025", ""}))
		check(t, ret, "117", map[TableID][]int{PlacedAdoption: {1}, Episodes: {2}})
	})
	t.Run("165 and 199 leave a blank CHILD out", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(Header, []string{"CHILD", "SEX", "DOB", "MOTHER"}, []string{"", "2", "01/01/2008", ""}))
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "LS", "DEC", "REC"},
			[]string{"", "01/05/2024", "C2", "01/06/2024", "E11"},
			[]string{"", "01/07/2024", "C2", "", ""}))
		check(t, ret, "165", nil)
		check(t, ret, "199", nil)
	})
	t.Run("184 the PlacedAdoption row's own DOB", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(Header, []string{"CHILD", "SEX", "DOB"},
			[]string{"1", "1", "01/01/2020"}, []string{"2", "1", "01/01/2020"}, []string{"3", "1", "01/01/2020"}))
		ret.SetTable(table(PlacedAdoption, []string{"CHILD", "DOB", "DATE_PLACED"},
			[]string{"1", "01/01/2020", "01/05/2024"},
			[]string{"2", "", "01/05/2024"},           // no readable DOB: cannot be shown after the birth
			[]string{"3", "01/06/2024", "01/05/2024"}, // before the DOB the row gives
			[]string{"4", "", ""}))
		check(t, ret, "184", map[TableID][]int{PlacedAdoption: {1, 2}})
	})
	t.Run("218 a placement the lookup could not place needs no URN", func(t *testing.T) {
		ret := &Return{Year: fy, Metadata: Metadata{LocalAuthority: "E09000027"}}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "PLACE", "DEC", "URN", "PL_POST"},
			[]string{"1", "01/05/2024", "U1", "", "", "E1 1AA"},  // in England: needs a URN
			[]string{"2", "01/05/2024", "U1", "", "", "ZZ9 9ZZ"}, // not in the lookup
			[]string{"3", "01/05/2024", "U1", "", "", ""}))
		check(t, ret, "218", map[TableID][]int{Episodes: {0, 1, 2}}) // no lookup: all judged
		ret.DeriveLocation(mapLookup{"E11AA": "E09000027"})
		check(t, ret, "218", map[TableID][]int{Episodes: {0}})
	})
	t.Run("358 359 373 every Header row of a repeated CHILD", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(Header, []string{"CHILD", "SEX", "DOB"},
			[]string{"1", "1", "01/01/2000"}, []string{"1", "1", "01/01/2016"}))
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "LS", "PLACE", "DEC"},
			[]string{"1", "01/05/2024", "J1", "S1", "01/06/2024"},
			[]string{"1", "01/06/2024", "C2", "U1", ""}))
		check(t, ret, "358", map[TableID][]int{Episodes: {0}, Header: {1}}) // the 2016 row makes it fail
		check(t, ret, "359", map[TableID][]int{Episodes: {1}})              // the 2000 row is over 18
		check(t, ret, "373", nil)                                           // 8 by either date
	})
	t.Run("361 a DEC that is not a date runs to the year end", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "LS", "DEC"},
			[]string{"1", "01/03/2025", "L1", "x"},
			[]string{"2", "30/03/2025", "L1", "x"})) // 1 day to the end: fine
		check(t, ret, "361", map[TableID][]int{Episodes: {0}})
	})
	t.Run("363 364 a DEC that is not a date counts no days; a blank CHILD is a period alone", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "LS", "DEC"},
			[]string{"1", "01/05/2024", "L3", "x"},          // no days, the period goes on
			[]string{"1", "01/08/2024", "L3", "09/08/2024"}, // 8 days: the period fails
			[]string{"2", "01/05/2024", "L3", "x"},          // alone: no days
			[]string{"", "01/05/2024", "L3", "10/05/2024"},  // alone: 9 days
			[]string{"", "20/05/2024", "L3", "21/05/2024"})) // alone: 1 day
		check(t, ret, "363", map[TableID][]int{Episodes: {0, 1, 3}})
	})
	t.Run("389 a blank CHILD has no date of birth", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(Header, []string{"CHILD", "SEX", "DOB"}, []string{"", "1", "01/01/2000"}))
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "REC"},
			[]string{"", "01/05/2024", "01/06/2024", "E7"}))
		check(t, ret, "389", map[TableID][]int{Episodes: {0}})
	})
	t.Run("620 MOTHER is the code 1", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(Header, []string{"CHILD", "SEX", "DOB", "MOTHER"},
			[]string{"1", "2", "01/01/2015", "1"}, []string{"2", "2", "01/01/2015", "1.0"}))
		check(t, ret, "620", map[TableID][]int{Header: {0}})
	})
}
