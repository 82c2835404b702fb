package ssda903

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
)

// Purpose-built cases for the Missing, Reviews, PrevPerm and
// PlacedAdoption/_last rules (rules_group_reviews.go), beyond the peer's.
func TestReviewsPermanenceRules(t *testing.T) {
	fy := stablehomes.FinancialYearStarting(2024) // 1 April 2024 - 31 March 2025
	want := func(t *testing.T, ret *Return, code string, id TableID, rows ...int) {
		t.Helper()
		got := failingRows(t, ret, code)
		if !slices.Equal(got[id], rows) || len(got) > 1 || (len(got) == 1 && len(rows) == 0) {
			t.Errorf("rule %s: got %v, want %s %v", code, got, id, rows)
		}
	}

	t.Run("633 accepts every English authority and the out-of-England codes", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(PrevPerm, []string{"CHILD", "LA_PERM"},
			[]string{"1", "838"}, // Dorset (2019), not in the peer's list
			[]string{"2", "942"}, // Cumberland (2023), not in the peer's list
			[]string{"3", "313"},
			[]string{"4", "WAL"},
			[]string{"5", "ABC"}, // fails
			[]string{"6", ""},    // blank: not this rule's business
		))
		want(t, ret, "633", PrevPerm, 4)
	})

	t.Run("574 overlapping or open missing periods, whatever the row order", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(Missing, []string{"CHILD", "MISSING", "MIS_START", "MIS_END"},
			[]string{"1", "M", "08/05/2024", "20/05/2024"}, // starts before child 1's other period ends
			[]string{"1", "M", "01/05/2024", "10/05/2024"},
			[]string{"2", "A", "10/06/2024", "12/06/2024"}, // starts while child 2's period is open
			[]string{"2", "A", "01/06/2024", ""},
			[]string{"3", "M", "01/07/2024", "02/07/2024"},
			[]string{"3", "M", "02/07/2024", "03/07/2024"}, // starts the day the last ended: fine
		))
		want(t, ret, "574", Missing, 0, 2)
	})

	t.Run("576 last year's open period starts this year's first", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(MissingLast, []string{"CHILD", "MISSING", "MIS_START", "MIS_END"},
			[]string{"1", "M", "01/03/2024", ""},
			[]string{"2", "M", "15/03/2024", ""},
			[]string{"3", "M", "20/03/2024", ""},
			[]string{"4", "M", "20/03/2024", "25/03/2024"}, // closed: nothing to carry over
		))
		ret.SetTable(table(Missing, []string{"CHILD", "MISSING", "MIS_START", "MIS_END"},
			[]string{"1", "M", "01/05/2024", "02/05/2024"},
			[]string{"1", "M", "1/3/2024", "10/04/2024"}, // same day, unpadded
			[]string{"2", "M", "01/04/2024", "10/04/2024"},
			[]string{"3", "M", "", ""},
			[]string{"4", "M", "01/06/2024", "02/06/2024"},
		))
		want(t, ret, "576", Missing, 2, 3)
	})

	t.Run("440 and 441 at the fourth birthday", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(Reviews, []string{"CHILD", "DOB", "REVIEW", "REVIEW_CODE"},
			[]string{"1", "10/06/2020", "10/06/2024", "PN0"}, // 440: 4 on the birthday
			[]string{"2", "10/06/2020", "10/06/2024", "PN1"}, // fine
			[]string{"3", "10/06/2020", "11/06/2024", "PN0"}, // 440
			[]string{"4", "10/06/2020", "09/06/2024", "PN7"}, // 441
		))
		want(t, ret, "440", Reviews, 0, 2)
		want(t, ret, "441", Reviews, 3)
	})

	t.Run("579 and 583 overlapping decisions to place", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(PlacedAdoption, []string{"CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"},
			[]string{"1", "15/05/2024", "", ""},              // placed before the earlier decision ceased: 579
			[]string{"1", "01/05/2024", "01/06/2024", "RD1"}, // revoked
			[]string{"2", "01/05/2024", "", ""},              // earlier, still open: 579 (next) and 583
			[]string{"2", "01/07/2024", "", ""},              // latest may be open
			[]string{"3", "01/05/2024", "01/06/2024", "RD1"}, // revoked before the next one
			[]string{"3", "01/06/2024", "", ""},              // placed the day the last ceased: fine
		))
		want(t, ret, "579", PlacedAdoption, 0, 3)
		want(t, ret, "583", PlacedAdoption, 2)
	})

	lastYear := func() *Return {
		ret := &Return{Year: fy}
		ret.SetTable(table(PlacedAdoptionLast, []string{"CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"},
			[]string{"1", "01/05/2023", "", ""},              // open decision
			[]string{"2", "01/05/2023", "", ""},              // open decision
			[]string{"3", "01/05/2023", "01/09/2023", "RD1"}, // ceased last year
			[]string{"4", "01/05/2023", "01/09/2023", "RD1"}, // ceased last year
		))
		ret.SetTable(table(PlacedAdoption, []string{"CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"},
			[]string{"1", "1/5/2023", "", ""},   // the same decision, unpadded
			[]string{"2", "02/05/2023", "", ""}, // 560: the open decision's date changed
			[]string{"3", "01/05/2023", "", ""}, // 561 and 584: the ceased decision again
			[]string{"4", "01/06/2024", "", ""}, // a new decision: fine
			[]string{"5", "01/03/2024", "", ""}, // 559: before this year, not in last year's return
		))
		return ret
	}
	t.Run("559 560 561 584 against last year's decisions", func(t *testing.T) {
		ret := lastYear()
		want(t, ret, "559", PlacedAdoption, 4)
		want(t, ret, "560", PlacedAdoption, 1)
		want(t, ret, "561", PlacedAdoption, 2)
		want(t, ret, "584", PlacedAdoption, 2)
	})
	t.Run("last year's rules are skipped without last year's table", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(PlacedAdoption, []string{"CHILD", "DATE_PLACED"}, []string{"5", "01/03/2024"}))
		ret.SetTable(table(Missing, []string{"CHILD", "MIS_START"}, []string{"5", "01/03/2024"}))
		for _, code := range []string{"559", "560", "561", "584", "576"} {
			res, err := ValidateRule(context.Background(), ret, fy, code)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Skipped, "last year's return") || len(res.Failures) != 0 {
				t.Errorf("rule %s: skipped %q, failures %v", code, res.Skipped, res.Failures)
			}
		}
	})
	t.Run("the 27 rules apply in every year 2022-23 to 2026-27", func(t *testing.T) {
		codes := strings.Fields("1004 1005 1006 564 565 566 567 570 571 574 576 586 166 167 440 441 631 633 635 INT35 559 560 561 563 579 583 584")
		for y := 2022; y <= 2026; y++ {
			have := map[string]int{}
			for _, r := range rulesFor(stablehomes.FinancialYearStarting(y)) {
				have[r.Code]++
			}
			for _, c := range codes {
				if have[c] != 1 {
					t.Errorf("%d: rule %s applies %d times", y, c, have[c])
				}
			}
		}
	})
}

// BenchmarkReviewsPermanenceRules200k runs the 27 rules on 200,000 rows of
// each of Missing, Reviews, PrevPerm, PlacedAdoption and their last-year
// twins (two rows per child, one in PrevPerm), sharing the derived views as Validate does.
func BenchmarkReviewsPermanenceRules200k(b *testing.B) {
	const n = 200_000
	fy := stablehomes.FinancialYearStarting(2024)
	ret := &Return{Year: fy}
	build := func(id TableID, cols []string, row func(i int) []string) {
		t := NewTable(id, cols)
		nulls := make([]bool, len(cols))
		for i := range n {
			r := row(i)
			for j, v := range r {
				nulls[j] = v == ""
			}
			t.AppendStrings(r, nulls, Pos{Line: i + 2})
		}
		t.Freeze()
		ret.SetTable(t)
	}
	child := func(i int) string { return strconv.Itoa(100000 + i/2) }
	day := func(i int) string { return fmt.Sprintf("%02d/%02d/2024", 1+i%28, 4+i%9) }
	missing := func(i int) []string { return []string{child(i), "01/01/2012", "M", day(i), day(i + 1)} }
	build(Missing, []string{"CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"}, missing)
	build(MissingLast, []string{"CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"}, func(i int) []string {
		r := missing(i)
		r[4] = ""
		return r
	})
	build(Reviews, []string{"CHILD", "DOB", "REVIEW", "REVIEW_CODE"}, func(i int) []string {
		return []string{child(i), "01/01/2021", day(i), "PN" + strconv.Itoa(i%8)}
	})
	build(PrevPerm, []string{"CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"}, func(i int) []string {
		return []string{strconv.Itoa(100000 + i), "01/01/2012", "P1", strconv.Itoa(201 + i%10), day(i)} // one row per child
	})
	placed := func(i int) []string { return []string{child(i), "01/01/2012", day(i), day(i + 3), "RD1"} }
	cols := []string{"CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"}
	build(PlacedAdoption, cols, placed)
	build(PlacedAdoptionLast, cols, placed)
	codes := strings.Fields("1004 1005 1006 564 565 566 567 570 571 574 576 586 166 167 440 441 631 633 635 INT35 559 560 561 563 579 583 584")
	var rules []*Rule
	for _, r := range rulesFor(fy) {
		if slices.Contains(codes, r.Code) {
			rules = append(rules, r)
		}
	}
	if len(rules) != len(codes) {
		b.Fatalf("%d rules, want %d", len(rules), len(codes))
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := validateRules(context.Background(), ret, fy, rules, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// The rules comparing a child's rows give each row the same verdict
// whatever the order of the rows, ties included (every permutation of a
// small table).
func TestReviewsPermanenceRowOrder(t *testing.T) {
	fy := stablehomes.FinancialYearStarting(2024)
	missingCols := []string{"CHILD", "MISSING", "MIS_START", "MIS_END"}
	missing := [][]string{
		{"1", "M", "01/05/2024", "10/05/2024"},
		{"1", "A", "01/05/2024", "10/05/2024"}, // same dates as the row above
		{"1", "M", "x", ""},
		{"2", "M", "", ""},
		{"2", "A", "", ""},
	}
	placedCols := []string{"CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"}
	placed := [][]string{
		{"1", "01/05/2024", "", ""},
		{"1", "01/05/2024", "", "RD1"}, // same date, both open
		{"1", "01/04/2024", "", ""},
		{"2", "junk", "", ""},
		{"2", "", "", ""},
	}
	cases := []struct {
		code string
		id   TableID
		cols []string
		rows [][]string
		last TableID
	}{
		{"574", Missing, missingCols, missing, 0},
		{"576", Missing, missingCols, missing, MissingLast},
		{"579", PlacedAdoption, placedCols, placed, 0},
		{"583", PlacedAdoption, placedCols, placed, 0},
	}
	for _, tc := range cases {
		verdict := func(perm []int) []int { // failing rows, as rows of the unpermuted table
			rows := make([][]string, len(perm))
			for k, p := range perm {
				rows[k] = tc.rows[p]
			}
			ret := &Return{Year: fy}
			ret.SetTable(table(tc.id, tc.cols, rows...))
			if tc.last != 0 {
				ret.SetTable(table(tc.last, tc.cols,
					[]string{"1", "M", "20/03/2024", ""}, []string{"2", "M", "20/03/2024", ""}))
			}
			var out []int
			for _, r := range failingRows(t, ret, tc.code)[tc.id] {
				out = append(out, perm[r])
			}
			slices.Sort(out)
			return out
		}
		identity := []int{0, 1, 2, 3, 4}
		want := verdict(identity)
		permute(identity, func(perm []int) {
			if got := verdict(perm); !slices.Equal(got, want) {
				t.Errorf("rule %s: order %v gives %v, identity %v", tc.code, perm, got, want)
			}
		})
		if len(want) == 0 {
			t.Errorf("rule %s: the case fails nothing", tc.code)
		}
	}
}

// permute calls f with every permutation of a copy of xs (Heap's algorithm).
func permute(xs []int, f func([]int)) {
	a := slices.Clone(xs)
	var gen func(k int)
	gen = func(k int) {
		if k <= 1 {
			f(slices.Clone(a))
			return
		}
		for i := range k - 1 {
			gen(k - 1)
			if k%2 == 0 {
				a[i], a[k-1] = a[k-1], a[i]
			} else {
				a[0], a[k-1] = a[k-1], a[0]
			}
		}
		gen(k - 1)
	}
	gen(len(a))
}
