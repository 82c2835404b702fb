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
	// Branch dmg-a (issue 14): differences kept on the damaged returns
	// (damaged_diffs_a_test.go).
	fy2024 := stablehomes.FinancialYearStarting(2024)
	t.Run("blank CHILD links no rows of different tables", func(t *testing.T) {
		// Episodes and Header rows with a blank CHILD: the Header row's DOB
		// would make every episode fail, but nothing says they are one child.
		ret := &Return{Year: fy2024}
		ret.SetTable(table(Header, []string{"CHILD", "SEX", "DOB"},
			[]string{"", "1", "01/01/2015"}, // 9 when the episodes start, 10 at the end of the year
			[]string{"7", "1", "01/01/2005"}))
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC"},
			[]string{"", "01/05/2024", "P", "J1", "R5", "01/06/2024", "X1"},
			[]string{"", "01/06/2024", "P", "C2", "S1", "", ""},
			[]string{"", "01/07/2023", "P", "C2", "A5", "01/07/2024", "E11"},
			[]string{"7", "01/05/2024", "P", "J1", "R5", "01/06/2024", "X1"}, // 19: fine
		))
		ret.SetTable(table(AD1, []string{"CHILD", "DOB", "FOSTER_CARE"}, []string{"", "01/01/2015", "0"}))
		for _, code := range []string{"358", "359", "372", "373", "335"} {
			if got := failingRows(t, ret, code); len(got) != 0 {
				t.Errorf("%s: got %v", code, got)
			}
		}
		// The same rows with a CHILD fail.
		ret.SetTable(table(Header, []string{"CHILD", "SEX", "DOB"}, []string{"1", "1", "01/01/2015"}))
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC"},
			[]string{"1", "01/05/2024", "P", "J1", "R5", "01/06/2024", "X1"}))
		if got := failingRows(t, ret, "358"); !slices.Equal(got[Episodes], []int{0}) || !slices.Equal(got[Header], []int{0}) {
			t.Errorf("358 with a CHILD: got %v", got)
		}
		if got := failingRows(t, ret, "372"); !slices.Equal(got[Episodes], []int{0}) {
			t.Errorf("372 with a CHILD: got %v", got)
		}
	})
	t.Run("303 a child listed in UASC has UASC 1 whatever blank CHILD rows there are", func(t *testing.T) {
		// A CSV return: Header has no UASC column; the flag is derived from
		// the UASC table (DeriveUASC), blank CHILD rows in both tables.
		ret := &Return{Year: fy2024}
		ret.SetTable(table(Header, []string{"CHILD", "SEX", "DOB"},
			[]string{"", "1", "01/01/2008"}, []string{"1", "1", "01/01/2008"}, []string{"", "2", "01/01/2009"},
			[]string{"2", "2", "01/01/2009"}))
		ret.SetTable(table(UASC, []string{"CHILD", "SEX", "DOB", "DUC"},
			[]string{"", "1", "01/01/2008", "01/01/2024"}, []string{"1", "1", "01/01/2008", "01/02/2024"}))
		ret.DeriveUASC()
		h := ret.Table(Header)
		for i, want := range []string{"0", "1", "0", "0"} {
			if got := h.Cell(i, "UASC").String(); got != want {
				t.Errorf("Header row %d: UASC %q, want %q", i, got, want)
			}
		}
		if got := failingRows(t, ret, "303"); len(got) != 0 {
			t.Errorf("got %v", got)
		}
	})
	t.Run("355 an episode with no dates is not one day long", func(t *testing.T) {
		ret := &Return{Year: fy2024}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC"},
			[]string{"1", "", ""},                     // no dates: no length
			[]string{"2", "05/05/2024", "05/05/2024"}, // ceased the day it began
			[]string{"3", "x", "x"}))                  // no dates either
		if got := failingRows(t, ret, "355"); !slices.Equal(got[Episodes], []int{1}) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("361 a spell under one legal status ends when another starts", func(t *testing.T) {
		ret := &Return{Year: fy2024}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "LS", "DEC"},
			[]string{"1", "01/05/2024", "L1", "03/05/2024"}, // 2 days
			[]string{"1", "03/05/2024", "J1", "10/05/2024"},
			[]string{"1", "10/05/2024", "L1", "12/05/2024"}, // 2 days: fine, J1 came between
			[]string{"1", "", "L1", "01/05/2024"},           // no start date: not judged
			[]string{"2", "01/05/2024", "L1", "03/05/2024"},
			[]string{"2", "03/05/2024", "L1", "06/05/2024"}, // one spell of 5 days: both fail
		))
		if got := failingRows(t, ret, "361"); !slices.Equal(got[Episodes], []int{4, 5}) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("363 and 364 read a child's episodes in DECOM order", func(t *testing.T) {
		// Child 1's L3 episodes in the file out of date order: in time, a
		// 3-day period and, after a gap, a 5-day one: neither over 7 days.
		// In the order of the file the second row (ending before the first
		// starts) would seem to continue a period with the third.
		rows := [][]string{
			{"1", "20/05/2024", "L3", "25/05/2024"},
			{"1", "01/05/2024", "L3", "04/05/2024"},
			{"1", "02/05/2024", "L3", "03/05/2024"}, // within the first period
		}
		ret := &Return{Year: fy2024}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "LS", "DEC"}, rows...))
		if got := failingRows(t, ret, "363"); len(got) != 0 {
			t.Errorf("363 got %v", got)
		}
		j2 := make([][]string, len(rows))
		for i, r := range rows {
			j2[i] = []string{r[0], r[1], "J2", r[3]}
		}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "LS", "DEC"}, j2...))
		if got := failingRows(t, ret, "364"); len(got) != 0 {
			t.Errorf("364 got %v", got)
		}
		// An episode starting on or before the previous one's end continues
		// the period: 3 + 1 + 22 days once the last starts on 03/05.
		rows[0][1] = "03/05/2024"
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "LS", "DEC"}, rows...))
		if got := failingRows(t, ret, "363"); !slices.Equal(got[Episodes], []int{0, 1, 2}) {
			t.Errorf("363 continued period: got %v", got)
		}
	})
	t.Run("375 376 379 measure a placement without the child's Header row", func(t *testing.T) {
		ret := &Return{Year: fy2024}
		ret.SetTable(table(Header, []string{"CHILD", "SEX", "DOB"}, []string{"2", "1", ""}))
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "PLACE", "DEC"},
			[]string{"1", "01/05/2024", "T1", "01/08/2024"}, // no Header row: 92 days in hospital
			[]string{"2", "01/05/2024", "T1", "01/08/2024"}, // no readable DOB
			[]string{"3", "01/05/2024", "T3", "01/07/2024"},
			[]string{"4", "01/05/2024", "T4", "01/06/2024"}))
		for code, want := range map[string][]int{"375": {0, 1}, "376": {2}, "379": {3}} {
			if got := failingRows(t, ret, code); !slices.Equal(got[Episodes], want) {
				t.Errorf("%s: got %v, want %v", code, got, want)
			}
		}
	})
	t.Run("165 MOTHER given for a care leaver with no episode in the year", func(t *testing.T) {
		ret := &Return{Year: fy2024}
		ret.SetTable(table(Header, []string{"CHILD", "SEX", "DOB", "MOTHER"},
			[]string{"1", "2", "01/05/2005", "0"}, // left care in 2023, care leaver: fine
			[]string{"", "2", "01/05/2005", "0"},  // no CHILD: fine
			[]string{"2", "2", "01/05/2008", ""},  // a girl in care this year with no MOTHER: fails
		))
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "LS", "DEC"},
			[]string{"1", "01/05/2022", "C2", "01/05/2023"},
			[]string{"", "01/05/2022", "C2", "01/05/2023"},
			[]string{"2", "01/05/2022", "C2", ""}))
		ret.SetTable(table(OC3, []string{"CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"},
			[]string{"1", "01/05/2005", "YES", "F1", "S2"},
			[]string{"", "01/05/2005", "YES", "F1", "S2"}))
		if got := failingRows(t, ret, "165"); !slices.Equal(got[Header], []int{2}) || len(got[OC3]) != 0 {
			t.Errorf("got %v", got)
		}
	})
	t.Run("433 the same junk in DEC and the next DECOM is no date", func(t *testing.T) {
		ret := &Return{Year: fy2024}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "RNE", "DEC"},
			[]string{"1", "01/05/2024", "S", "yes"},
			[]string{"1", "yes", "P", ""}, // no date on either side: fails
			[]string{"2", "01/05/2024", "S", "01/06/2024"},
			[]string{"2", "01/06/2024", "P", ""})) // same day: fine
		if got := failingRows(t, ret, "433"); !slices.Equal(got[Episodes], []int{1}) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("225 226 434 the order of undated episodes does not depend on row order", func(t *testing.T) {
		// Child 1's last dated episode, then two with no readable DECOM; the
		// verdicts are the same whichever order the undated rows come in.
		rows := [][]string{
			{"1", "01/05/2024", "P", "C2", "U1", "", "X1", "CARPL"},
			{"1", "", "P", "C2", "T2", "", "X1", ""},
			{"1", "??", "L", "E1", "U3", "01/07/2024", "X1", ""},
		}
		cols := []string{"CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC", "REASON_PLACE_CHANGE"}
		for _, code := range []string{"225", "226", "434"} {
			var first []int
			for n, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {2, 1, 0}} {
				var in [][]string
				for _, i := range order {
					in = append(in, rows[i])
				}
				ret := &Return{Year: fy2024}
				ret.SetTable(table(Episodes, cols, in...))
				var back []int // in rows' numbering
				for _, r := range failingRows(t, ret, code)[Episodes] {
					back = append(back, order[r])
				}
				slices.Sort(back)
				if n == 0 {
					first = back
				} else if !slices.Equal(back, first) {
					t.Errorf("%s order %v: %v, order 0 1 2: %v", code, order, back, first)
				}
			}
			// Undated episodes follow the dated one, the one with a DEC
			// first: row 2 (RNE L, legal status changed, but so did the
			// placement: 434) follows row 0, and row 1 (temporary T2, no
			// reason on it or on row 2) follows row 2.
			want := map[string][]int{"225": nil, "226": nil, "434": {2}}[code]
			if !slices.Equal(first, want) {
				t.Errorf("%s: got %v, want %v", code, first, want)
			}
		}
	})
	// Lead (issue 14): 407 on a damaged return not committed here.
	t.Run("407 an episode with no CHILD takes no date of birth", func(t *testing.T) {
		ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
		ret.SetTable(table(Header, []string{"CHILD", "DOB"},
			[]string{"", "01/01/2000"}, // 24 at the episode's end, but no child of it
			[]string{"1", "01/01/2000"}))
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "REC"},
			[]string{"", "01/04/2024", "01/05/2024", "E48"},   // no CHILD: no age known, not judged
			[]string{"1", "01/04/2024", "01/05/2024", "E48"})) // 24: fails, with its Header row
		got := failingRows(t, ret, "407")
		if !slices.Equal(got[Episodes], []int{1}) || !slices.Equal(got[Header], []int{1}) {
			t.Errorf("got %v", got)
		}
	})
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
	t.Run("1007 an open episode is care on the 17th birthday", func(t *testing.T) {
		ret := &Return{Year: stablehomes.FinancialYearStarting(2025)}
		ret.SetTable(table(OC3, []string{"CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"},
			[]string{"1", "16/01/2009", "YES", "F2", "T2"}, // 17 on 16/01/2026, still in care: fails
			[]string{"2", "16/01/2009", "YES", "F2", "T2"}, // left care before the birthday: fine
		))
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC"},
			[]string{"1", "09/09/2025", ""},
			[]string{"2", "09/09/2025", "01/12/2025"}))
		if got := failingRows(t, ret, "1007"); !slices.Equal(got[OC3], []int{0}) {
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
	t.Run("440 PN0 at a review on the fourth birthday", func(t *testing.T) {
		// A child is 4 from the start of the fourth birthday (Family Law
		// Reform Act 1969, s. 9); the peer queries PN0 only after it.
		ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
		ret.SetTable(table(Reviews, []string{"CHILD", "DOB", "REVIEW", "REVIEW_CODE"},
			[]string{"1", "10/06/2020", "10/06/2024", "PN0"}, // on the birthday: 440
			[]string{"2", "10/06/2020", "09/06/2024", "PN0"}, // the day before: fine
		))
		if got := failingRows(t, ret, "440"); !slices.Equal(got[Reviews], []int{0}) {
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
	// Branch agree (issue 14): cases for the whole-return differences.
	t.Run("336 a placement with the current foster carer follows a foster or adoption placement", func(t *testing.T) {
		// DfE's condition: where PL is A3 or A5 (placed for adoption
		// with the current foster carer), the previous episode's PL is
		// one of A3-A6 or U1-U6. The peer judges A3 and A4 instead.
		ret := &Return{Year: fy2023}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "PLACE"},
			[]string{"1", "01/05/2023", "01/06/2023", "U1"},
			[]string{"1", "01/06/2023", "", "A3"}, // after foster care: fine
			[]string{"2", "01/05/2023", "01/06/2023", "R1"},
			[]string{"2", "01/06/2023", "", "A5"}, // after R1: fails
			[]string{"3", "01/05/2023", "01/06/2023", "R1"},
			[]string{"3", "01/06/2023", "", "A4"}, // not with the foster carer: fine
			[]string{"4", "01/05/2023", "", "A3"}, // first episode: not judged
			[]string{"5", "01/05/2023", "01/06/2023", "A4"},
			[]string{"5", "01/06/2023", "", "A5"}, // after an adoption placement: fine
		))
		if got := failingRows(t, ret, "336"); !slices.Equal(got[Episodes], []int{3}) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("SW12STG2 judges children looked after on 31 March", func(t *testing.T) {
		// The rule's text: a child looked after on 31 March has social
		// worker episodes for the whole year. The peer instead judges
		// episodes that start care (RNE S) or end it (REC not X1): it
		// flags an open episode with no REC whatever social worker
		// episodes the child has, and a child who left care in the year.
		ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "RNE", "LS", "DEC", "REC"},
			[]string{"1", "01/01/2020", "P", "C2", "", ""},              // covered since 2020: fine
			[]string{"2", "01/01/2020", "P", "C2", "", ""},              // no social worker episode: fails
			[]string{"3", "01/01/2020", "P", "C2", "01/10/2024", "E4A"}, // left care in the year: not judged
		))
		ret.SetTable(table(SWEpisodes, []string{"CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"},
			[]string{"1", "01/01/2010", "SW1", "01/01/2020", "", ""}))
		if got := failingRows(t, ret, "SW12STG2"); !slices.Equal(got[Episodes], []int{1}) {
			t.Errorf("got %v", got)
		}
	})
	// End of branch agree's cases.
	t.Run("392a 392b 406 UASC status is the child's own, a blank CHILD names none", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(Header, []string{"CHILD", "DOB"},
			[]string{"1", "01/01/2010"}, []string{"", "01/01/2009"}, []string{"3", "01/01/2008"}))
		ret.SetTable(table(UASC, []string{"CHILD", "DOB", "DUC"},
			[]string{"1", "01/01/2010", "01/01/2028"}, // in Header: UASC
			[]string{"", "01/01/2009", "01/01/2027"},  // CHILD lost: no child
			[]string{"7", "01/01/2008", "01/01/2026"}, // Header row lost its CHILD: still UASC
		))
		ret.DeriveUASC()
		ret.SetTable(table(Episodes, []string{"CHILD", "LS", "HOME_POST", "PL_POST", ColPlacementDistance},
			[]string{"1", "C2", "", "", ""},                // UASC: exempt
			[]string{"", "C2", "", "", ""},                 // no child: judged
			[]string{"3", "C2", "", "", ""},                // not UASC: judged
			[]string{"7", "C2", "", "", ""},                // in the UASC table: exempt
			[]string{"1", "C2", "A1 1AA", "B1 1BB", "1.5"}, // UASC with a distance: 406
			[]string{"", "C2", "A1 1AA", "B1 1BB", "1.5"},  // no child: not UASC
			[]string{"7", "C2", "A1 1AA", "B1 1BB", "1.5"}, // UASC by the UASC table: 406
		))
		for _, code := range []string{"392a", "392b"} {
			if got := failingRows(t, ret, code); !slices.Equal(got[Episodes], []int{1, 2}) {
				t.Errorf("%s got %v", code, got)
			}
		}
		if got := failingRows(t, ret, "406"); !slices.Equal(got[Episodes], []int{4, 6}) {
			t.Errorf("406 got %v", got)
		}
	})
	t.Run("episodes of a child that start the same day are ordered by their cells, not their rows", func(t *testing.T) {
		a := []string{"1", "01/05/2023", "01/07/2023", "E11", "S"} // ended, dated: first
		b := []string{"1", "01/05/2023", "", "", "P"}              // same start, open: after a
		for _, rows := range [][][]string{{a, b}, {b, a}} {
			ret := &Return{Year: fy2023}
			ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "REC", "RNE"}, rows...))
			want := []int{1}
			if rows[0][2] == "" {
				want = []int{0}
			}
			for _, code := range []string{"432", "501"} {
				if got := failingRows(t, ret, code); !slices.Equal(got[Episodes], want) {
					t.Errorf("%s with b at row %d: got %v", code, want[0], got)
				}
			}
		}
	})
	t.Run("426 523 525 rows with no CHILD are no one child's", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "LS", "REC"},
			[]string{"1", "01/05/2023", "V3", ""}, // both in one child: 426
			[]string{"1", "01/06/2023", "V4", ""},
			[]string{"", "01/05/2023", "V3", ""}, // CHILD lost: not one child's
			[]string{"", "01/06/2023", "V4", "E11"},
		))
		ret.SetTable(table(PlacedAdoption, []string{"CHILD", "DATE_PLACED", "DATE_PLACED_CEASED"},
			[]string{"2", "01/05/2023", "01/08/2023"}, // child 2: ceased and adopted: 525; dates differ: 523
			[]string{"", "01/05/2023", "01/08/2023"},  // no child
			[]string{"", "01/06/2023", "01/09/2023"},
		))
		ret.SetTable(table(AD1, append([]string{"CHILD"}, ad1Fields...),
			[]string{"2", "02/05/2023", "", "", "", "", ""}, []string{"", "02/05/2023", "", "", "", "", ""}))
		if got := failingRows(t, ret, "426"); !slices.Equal(got[Episodes], []int{0, 1}) {
			t.Errorf("426 got %v", got)
		}
		for _, code := range []string{"523", "525"} {
			if got := failingRows(t, ret, code); !slices.Equal(got[PlacedAdoption], []int{0}) || !slices.Equal(got[AD1], []int{0}) {
				t.Errorf("%s got %v", code, got)
			}
		}
		if got := failingRows(t, ret, "558"); len(got) != 0 {
			t.Errorf("558 got %v", got)
		}
	})
	t.Run("577 578 a missing period inside an episode that a shorter one overlaps", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC"},
			[]string{"1", "01/05/2023", ""},           // open all year
			[]string{"1", "01/06/2023", "01/07/2023"}, // overlaps it, ends first
		))
		ret.SetTable(table(Missing, []string{"CHILD", "MIS_START", "MIS_END"},
			[]string{"1", "01/09/2023", "10/09/2023"})) // in care: the open episode
		for _, code := range []string{"577", "578"} {
			if got := failingRows(t, ret, code); len(got) != 0 {
				t.Errorf("%s got %v", code, got)
			}
		}
	})
	t.Run("331 rows with no CHILD are no one child's", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "REC"},
			[]string{"1", "01/05/2023", "01/08/2023", "E12"}, // matched after the placement: 331
			[]string{"", "01/05/2023", "01/08/2023", "E12"},  // CHILD lost: no AD1 row is its
		))
		ret.SetTable(table(AD1, append([]string{"CHILD"}, ad1Fields...),
			[]string{"1", "", "01/06/2023", "", "", "", ""}, []string{"", "", "01/06/2023", "", "", "", ""}))
		if got := failingRows(t, ret, "331"); !slices.Equal(got[Episodes], []int{0}) || !slices.Equal(got[AD1], []int{0}) {
			t.Errorf("got %v", got)
		}
	})
}

// Rules where we follow the peer's reading (issue 14, branch agree97): the
// minimum-age rules (370-374) and the maximum-length rules 375 and 379
// judge ended episodes only (376 measures an open one to 31 March), and 377 counts all of a child's T3 episodes in
// the return.
func TestPeerReadingsFollowed(t *testing.T) {
	fy2023 := stablehomes.FinancialYearStarting(2023)
	t.Run("372 373 374 judge ended episodes", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(Header, []string{"CHILD", "DOB"},
			[]string{"1", "01/01/2015"}, []string{"2", "01/01/2021"}, []string{"3", "01/01/2012"}))
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "PLACE"},
			[]string{"1", "01/06/2023", "", "R5"},           // custody at 8, open: not judged
			[]string{"1", "01/05/2023", "01/06/2023", "R5"}, // custody at 8, ended: 372
			[]string{"2", "01/06/2023", "", "S1"},           // school at 2, open: not judged
			[]string{"2", "01/05/2023", "01/06/2023", "S1"}, // school at 2, ended: 373
			[]string{"3", "01/06/2023", "", "P3"},           // employment at 11, open: not judged
			[]string{"3", "01/05/2023", "junk", "P3"},       // DEC no date: not judged
		))
		for code, want := range map[string][]int{"372": {1}, "373": {3}, "374": nil} {
			if got := failingRows(t, ret, code); !slices.Equal(got[Episodes], want) {
				t.Errorf("%s got %v, want %v", code, got, want)
			}
		}
	})
	t.Run("375 379 measure DECOM to DEC, 376 an open one to 31 March", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "PLACE"},
			[]string{"1", "01/02/2024", "", "T1"},           // open: not judged
			[]string{"2", "01/01/2024", "13/02/2024", "T1"}, // 43 days: 375
			[]string{"3", "01/03/2024", "", "T4"},           // open: not judged
			[]string{"4", "01/03/2024", "09/03/2024", "T4"}, // 8 days: 379
			[]string{"5", "01/03/2024", "", "T3"},           // open 30 days at 31 March: 376
			[]string{"6", "20/03/2024", "", "T3"},           // open 11 days: fine
		))
		if got := failingRows(t, ret, "376"); !slices.Equal(got[Episodes], []int{4}) {
			t.Errorf("376 got %v", got)
		}
		if got := failingRows(t, ret, "375"); !slices.Equal(got[Episodes], []int{1}) {
			t.Errorf("375 got %v", got)
		}
		if got := failingRows(t, ret, "379"); !slices.Equal(got[Episodes], []int{3}) {
			t.Errorf("379 got %v", got)
		}
	})
	t.Run("377 counts a child's T3 episodes in the return", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "PLACE"},
			[]string{"1", "01/03/2023", "10/03/2023", "T3"}, // three T3 in the return: all fail
			[]string{"1", "01/01/2024", "10/01/2024", "T3"},
			[]string{"1", "01/05/2023", "10/05/2023", "T3"},
			[]string{"2", "01/04/2023", "10/04/2023", "T3"}, // two: fine
			[]string{"2", "01/06/2023", "10/06/2023", "T3"},
			[]string{"", "01/06/2023", "10/06/2023", "T3"}, // no child: not counted
		))
		if got := failingRows(t, ret, "377"); !slices.Equal(got[Episodes], []int{0, 1, 2}) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("142 433 place an episode with no start after the dated ones", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "RNE", "REC"},
			[]string{"1", "", "", "P", "X1"},                     // no start: 433 (a previous episode), not 142
			[]string{"1", "12/03/2024", "", "S", "E14"},          // followed by the undated one: 142
			[]string{"2", "01/05/2023", "2023-06-01", "S", "X1"}, // DEC no date, a later episode: 142
			[]string{"2", "01/06/2023", "", "P", ""},             // previous DEC no date: 433
		))
		if got := failingRows(t, ret, "142"); !slices.Equal(got[Episodes], []int{1, 2}) {
			t.Errorf("142 got %v", got)
		}
		if got := failingRows(t, ret, "433"); !slices.Equal(got[Episodes], []int{0, 3}) {
			t.Errorf("433 got %v", got)
		}
	})
	t.Run("EPI a Header row with no CHILD is matched by an episode with none", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(Header, []string{"CHILD", "DOB"}, []string{"", "01/01/2010"}, []string{"2", "01/01/2010"}))
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM"}, []string{"", "01/05/2023"}))
		if got := failingRows(t, ret, "EPI"); !slices.Equal(got[Header], []int{1}) {
			t.Errorf("got %v", got)
		}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM"}, []string{"2", "01/05/2023"}))
		if got := failingRows(t, ret, "EPI"); !slices.Equal(got[Header], []int{0}) {
			t.Errorf("no blank episode: got %v", got)
		}
	})
	t.Run("437 counts an episode with no start as a further episode", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "REC"},
			[]string{"1", "01/05/2023", "01/06/2023", "E2"}, // a further, undated episode: 437
			[]string{"1", "", "", "X1"},                     // not judged
			[]string{"2", "01/05/2023", "01/06/2023", "E2"}, // last: fine
		))
		if got := failingRows(t, ret, "437"); !slices.Equal(got[Episodes], []int{0}) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("551 every decision row of the child needs DATE_PLACED", func(t *testing.T) {
		ret := &Return{Year: fy2023}
		ret.SetTable(table(PlacedAdoption, []string{"CHILD", "DATE_PLACED"},
			[]string{"1", "01/04/2023"}, []string{"2", "01/04/2023"}, []string{"2", ""}))
		ret.SetTable(table(Episodes, []string{"CHILD", "PLACE"},
			[]string{"1", "A3"}, // dated: fine
			[]string{"2", "A4"}, // one of its rows undated: 551
			[]string{"3", "A5"}, // no row: 551
		))
		if got := failingRows(t, ret, "551"); !slices.Equal(got[Episodes], []int{1, 2}) {
			t.Errorf("got %v", got)
		}
	})
}
