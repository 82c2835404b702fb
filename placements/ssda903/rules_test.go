package ssda903

import (
	"context"
	"slices"
	"testing"

	"github.com/stablehomes/stablehomes"
)

// table builds a frozen table from rows of values ("" = null).
func table(id TableID, cols []string, rows ...[]string) *Table {
	t := NewTable(id, cols)
	for i, r := range rows {
		nulls := make([]bool, len(r))
		for j, v := range r {
			nulls[j] = v == ""
		}
		t.AppendStrings(r, nulls, Pos{Line: i + 2})
	}
	t.Freeze()
	return t
}

func failingRows(t *testing.T, ret *Return, code string) map[TableID][]int {
	t.Helper()
	res, err := ValidateRule(context.Background(), ret, ret.Year, code)
	if err != nil {
		t.Fatalf("rule %s: %v", code, err)
	}
	if res.Skipped != "" {
		t.Fatalf("rule %s skipped: %s", code, res.Skipped)
	}
	out := map[TableID][]int{}
	for _, f := range res.Failures {
		out[f.Table] = append(out[f.Table], f.Row)
	}
	return out
}

// Our answers where we deliberately differ from the peer (see
// differences_test.go), checked on data built from the rules' sources.
func TestDifferencesOurAnswers(t *testing.T) {
	fy2023 := stablehomes.FinancialYearStarting(2023)
	t.Run("347 foyer is ACCOM T1/T2", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(OC3, []string{"CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"},
			[]string{"1", "02/04/2006", "YES", "F2", "T1"}, // 17 on 1 April 2023: fails
			[]string{"2", "01/04/2005", "YES", "F2", "T2"}, // 18: fine
			[]string{"3", "02/04/2006", "YES", "F2", "T"},  // not a code (133's business)
		))
		if got := failingRows(t, ret, "347"); !slices.Equal(got[OC3], []int{0}) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("374 open episode in P3 under 14", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(Header, []string{"CHILD", "DOB"}, []string{"1", "01/01/2012"}))
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "PLACE"},
			[]string{"1", "01/06/2023", "", "P3"}))
		if got := failingRows(t, ret, "374"); !slices.Equal(got[Episodes], []int{0}) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("233 reads DEC", func(t *testing.T) {
		ret := &Return{Year: stablehomes.FinancialYearStarting(2025)}
		ret.SetTable(table(Episodes, []string{"CHILD", "DEC", "REASON_PLACE_CHANGE"},
			[]string{"1", "01/06/2025", "CARPL"},
			[]string{"1", "", "CARPL"},
			[]string{"2", "", ""}))
		if got := failingRows(t, ret, "233"); !slices.Equal(got[Episodes], []int{1}) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("709 and 710 read PLACE during an order", func(t *testing.T) {
		ret := &Return{Year: stablehomes.FinancialYearStarting(2026)}
		ret.SetTable(table(DoLo, []string{"CHILD", "DOLO_START", "DOLO_END"},
			[]string{"1", "01/05/2026", "01/06/2026"},
			[]string{"2", "01/05/2026", ""},
			[]string{"3", "01/05/2026", "01/06/2026"}))
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "PLACE"},
			[]string{"1", "01/04/2026", "", "P1"},           // child 1 at home during the order: both rules
			[]string{"2", "01/04/2026", "10/05/2026", "K2"}, // expected type
			[]string{"2", "10/05/2026", "", "Z14"},          // unexpected, not forbidden
			[]string{"3", "01/07/2026", "", "K1"}))          // after the order ended
		if got := failingRows(t, ret, "709"); !slices.Equal(got[Episodes], []int{0, 2}) || !slices.Equal(got[DoLo], []int{0, 1}) {
			t.Errorf("709 got %v", got)
		}
		if got := failingRows(t, ret, "710"); !slices.Equal(got[Episodes], []int{0}) || !slices.Equal(got[DoLo], []int{0}) {
			t.Errorf("710 got %v", got)
		}
	})
	// Branch xml: the XML return without a postcode lookup (rules_xml_test.go).
	t.Run("fake_xml postcodes only the peer's directory holds", testFakeXMLPostcodes)
	t.Run("146 K3 is a placement type from 2024-25", func(t *testing.T) {
		// DfE's 2024-25 PLACE codes add K3; the peer's 2024-25 list holds
		// "k3" while it upper-cases every cell it reads, so it rejects
		// every K3 (its 2025-26 list has "K3").
		ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
		ret.SetTable(table(Episodes, []string{"CHILD", "PLACE"},
			[]string{"1", "K3"}, []string{"2", "K9"}))
		if got := failingRows(t, ret, "146"); !slices.Equal(got[Episodes], []int{1}) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("375 open hospital stay measured to 31 March", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "PLACE"},
			[]string{"1", "01/02/2024", "", "T1"}, // 59 days to 31 March 2024
			[]string{"2", "01/03/2024", "", "T1"}, // 30 days
		))
		if got := failingRows(t, ret, "375"); !slices.Equal(got[Episodes], []int{0}) {
			t.Errorf("got %v", got)
		}
	})
}
