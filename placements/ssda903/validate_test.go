package ssda903

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
)

// noisy returns a generated return whose Episodes, Header, OC2 and OC3 cells
// are randomly replaced (rate in 1/100) with values from a pool that mixes
// valid codes, invalid ones, blanks and bad dates, so rules have something
// to find.
func noisy(seed uint64, episodes, rate int) *Return {
	ret := generate(GenerateOptions{Seed: seed, Episodes: episodes})
	r := rand.New(rand.NewPCG(seed, 99))
	pool := []string{"", "\x00null", "P1", "T1", "T4", "Z1", "K2", "U4", "PR0", "PR1", "PR3", "PR4", "PR9",
		"C2", "V3", "V4", "J1", "L1", "S", "P", "L", "B", "X1", "E11", "E45", "N1", "N9",
		"01/04/2024", "31/03/2025", "15/10/2024", "99/bad/date", "01/01/2010", "CARPL", "0", "1", "YES", "DIED"}
	for _, id := range []TableID{Episodes, Header, OC2, OC3, UASC} {
		src := ret.Table(id)
		cols := src.Columns()
		out := NewTable(id, cols)
		cells := make([]Cell, len(cols))
		for i := range src.Len() {
			for j, col := range cols {
				cells[j] = src.Cell(i, col)
				if col != "CHILD" && r.IntN(100) < rate {
					v := pool[r.IntN(len(pool))]
					if v == "\x00null" {
						cells[j] = NullCell()
					} else {
						cells[j] = ValueCell(v)
					}
				}
			}
			out.AppendRow(cells, Pos{File: id.String(), Line: i + 2})
		}
		ret.SetTable(out)
	}
	return ret
}

// failuresByRule maps rule code to failing (table,row) pairs, rows passed
// through mapRow (to undo a permutation). Rows identical in every cell to
// an earlier row of their table are mapped to that first row: such rows
// are interchangeable, and which of them a sequence rule flags is not a
// verdict on content.
func failuresByRule(rep Report, ret *Return, mapRow func(TableID, int) int) map[string][]RowRef {
	out := map[string][]RowRef{}
	canon := map[TableID]map[int]int{}
	for _, id := range Tables() {
		t := ret.Table(id)
		if t == nil {
			continue
		}
		first := map[string]int{}
		canon[id] = map[int]int{}
		for i := range t.Len() {
			key := ""
			for _, col := range t.Columns() {
				c := t.Cell(i, col)
				key += fmt.Sprintf("%d:%q,", c.State(), c.String())
			}
			if _, ok := first[key]; !ok {
				first[key] = i
			}
			canon[id][i] = first[key]
		}
	}
	for _, res := range rep.Results {
		for _, f := range res.Failures {
			out[res.Rule.Code] = append(out[res.Rule.Code], RowRef{Table: f.Table, Row: mapRow(f.Table, f.Row)})
		}
		for i, f := range out[res.Rule.Code] {
			out[res.Rule.Code][i].Row = canon[f.Table][f.Row]
		}
		slices.SortFunc(out[res.Rule.Code], func(a, b RowRef) int {
			if a.Table != b.Table {
				return int(a.Table) - int(b.Table)
			}
			return a.Row - b.Row
		})
	}
	return out
}

func sameFailures(a, b map[string][]RowRef) string {
	for code := range a {
		if !slices.Equal(a[code], b[code]) {
			return code
		}
	}
	for code := range b {
		if !slices.Equal(a[code], b[code]) {
			return code
		}
	}
	return ""
}

// A rule's verdict on a row does not depend on the order of the rows.
func TestPropertyRowOrderDoesNotMatter(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	props.Property("shuffling every table keeps each row's verdict", prop.ForAll(
		rowOrderFault,
		gen.UInt64(),
	))
	props.TestingRun(t)
}

// rowOrderFault validates the noisy return of seed and a shuffled copy and
// names the first rule whose verdict on a row changed ("" when none did).
func rowOrderFault(seed uint64) string {
	ret := noisy(seed, 300, 8)
	y := ret.Year
	base := failuresByRule(validate(ret, y), ret, func(_ TableID, r int) int { return r })
	r := rand.New(rand.NewPCG(seed, 7))
	perms := map[TableID][]int{}
	shuffled := *ret
	for _, id := range Tables() {
		tbl := ret.Table(id)
		if tbl == nil {
			continue
		}
		perm := r.Perm(tbl.Len())
		perms[id] = perm
		shuffled.tables[id] = tbl.Subset(perm)
	}
	got := failuresByRule(validate(&shuffled, y), ret, func(id TableID, row int) int { return perms[id][row] })
	if code := sameFailures(base, got); code != "" {
		return "rule " + code + " changed with row order"
	}
	return ""
}

// Seeds the row-order property once failed on: rule 191 reported the
// earliest of two episodes starting the same day in input order (fixed:
// the sequence's content order breaks the tie); rule 625 reported the
// first in input order of two episodes ending the same day (fixed: their
// content breaks the tie; found by -count=500, gopter seeds
// 1796310931241089944 and 1796310989921453304).
func TestRowOrderRegressions(t *testing.T) {
	for _, seed := range []uint64{14553962052391976066, 13516272986811483949, 9405133952606113053, 17733414218822658700, 9388116307616982553, 1925649257544036768} {
		if fault := rowOrderFault(seed); fault != "" {
			t.Errorf("seed %d: %s", seed, fault)
		}
	}
}

// A rule is never applied outside its collection years.
func TestPropertyRulesOnlyInTheirYears(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	ret := noisy(1, 200, 5)
	props.Property("Validate runs exactly the rules that apply that year", prop.ForAll(
		func(start int) string {
			y := stablehomes.FinancialYearStarting(start)
			rep := validate(ret, y)
			ran := map[string]bool{}
			for _, res := range rep.Results {
				if !res.Rule.AppliesIn(y) {
					return fmt.Sprintf("%s (%s..%s) ran in %s", res.Rule.Code, res.Rule.From, res.Rule.To, y)
				}
				if ran[res.Rule.Code] {
					return "rule ran twice: " + res.Rule.Code
				}
				ran[res.Rule.Code] = true
			}
			codes := map[string]int{}
			for _, r := range AllRules() {
				if r.AppliesIn(y) {
					codes[r.Code]++
					if !ran[r.Code] {
						return fmt.Sprintf("%s applies in %s but did not run", r.Code, y)
					}
				}
			}
			for code, n := range codes {
				if n > 1 {
					return fmt.Sprintf("two versions of %s apply in %s", code, y)
				}
			}
			if start < 2022 && len(rep.Results) > 0 {
				return "rules ran before the base year"
			}
			return ""
		},
		gen.IntRange(2015, 2032),
	))
	props.TestingRun(t)
}

// Removing a failing row removes exactly its failures (for rules that
// judge rows one at a time; rules comparing rows, such as overlaps, are
// covered by the row-order property and their conformance cases).
func TestPropertyRemovingAFailingRow(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	props.Property("removing a failing row removes exactly its failures", prop.ForAll(
		func(seed uint64, pick int) string {
			ret := noisy(seed, 200, 10)
			y := ret.Year
			rep := validate(ret, y)
			var cands []RowRef
			for _, res := range rep.Results {
				if res.Rule.rowLocal {
					cands = append(cands, res.Failures...)
				}
			}
			if len(cands) == 0 {
				return ""
			}
			victim := cands[pick%len(cands)]
			tbl := ret.Table(victim.Table)
			keep := make([]int, 0, tbl.Len()-1)
			for i := range tbl.Len() {
				if i != victim.Row {
					keep = append(keep, i)
				}
			}
			smaller := *ret
			smaller.tables[victim.Table] = tbl.Subset(keep)
			after := validate(&smaller, y)
			for k, res := range rep.Results {
				// A row-local rule's verdicts depend on its own row of its
				// primary table and on its other tables: removing a row of a
				// secondary table may change them.
				tables := res.Rule.Tables
				if !res.Rule.rowLocal || (victim.Table != tables[0] && slices.Contains(tables, victim.Table)) {
					continue
				}
				var want []RowRef
				for _, f := range res.Failures {
					if f.Table == victim.Table && f.Row == victim.Row {
						continue
					}
					if f.Table == victim.Table && f.Row > victim.Row {
						f.Row--
					}
					want = append(want, RowRef{Table: f.Table, Row: f.Row})
				}
				var got []RowRef
				for _, f := range after.Results[k].Failures {
					got = append(got, RowRef{Table: f.Table, Row: f.Row})
				}
				if !slices.Equal(want, got) {
					return "rule " + res.Rule.Code + ": failures changed beyond the removed row"
				}
			}
			return ""
		},
		gen.UInt64(), gen.IntRange(0, 1<<20),
	))
	props.TestingRun(t)
}

func TestReportSkipsWithReason(t *testing.T) {
	ret := &Return{Year: fy2024}
	ep := NewTable(Episodes, []string{"CHILD", "PLACE", "PLACE_PROVIDER", "LS"})
	ep.AppendStrings([]string{"1", "U4", "PR1", "C2"}, nil, Pos{})
	ret.SetTable(ep)
	res, err := ValidateRule(context.Background(), ret, fy2024, "1015")
	if err != nil || res.Skipped == "" {
		t.Fatalf("1015 should be skipped without the authority: %+v", res)
	}
	ret.Metadata.LocalAuthority = "E09000001"
	res, _ = ValidateRule(context.Background(), ret, fy2024, "1015")
	if res.Skipped == "" {
		t.Fatal("1015 should be skipped without PL_LA")
	}
}

func TestValidateIsDeterministic(t *testing.T) {
	ret := noisy(5, 500, 8)
	a, b := validate(ret, ret.Year), validate(ret, ret.Year)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatal("two runs differ")
	}
	if len(a.Failed()) == 0 {
		t.Fatal("noisy return found nothing")
	}
	t.Log(a.Summary())
}

func ExampleValidate() {
	ret := &Return{Year: stablehomes.FinancialYearStarting(2025)}
	ep := NewTable(Episodes, []string{"CHILD", "PLACE", "PLACE_PROVIDER"})
	ep.AppendStrings([]string{"1", "U4", "PR1"}, nil, Pos{File: "episodes.csv", Line: 2})
	ep.AppendStrings([]string{"2", "H5", "PR4"}, nil, Pos{File: "episodes.csv", Line: 3}) // H5 gone in 2025-26
	ret.SetTable(ep)
	rep := validate(ret, ret.Year)
	for _, res := range rep.Failed() {
		if res.Rule.Code == "146" {
			for _, f := range res.Failures {
				fmt.Println(res.Rule.Code, res.Rule.Message, f.Table, f.Pos)
			}
		}
	}
	for _, res := range rep.Skipped() {
		if res.Rule.Code == "392a" {
			fmt.Println(res.Rule.Code, "skipped:", res.Skipped)
		}
	}
	// Output:
	// 146 Placement type code is not a valid code. Episodes episodes.csv:3
	// 392a skipped: Episodes has no PL_DISTANCE: supply it or a postcode lookup
}

func TestValidateWithReportsEveryRule(t *testing.T) {
	y := stablehomes.FinancialYearStarting(2024)
	ret, err := Generate(context.Background(), GenerateOptions{Seed: 3, Year: y, Episodes: 50})
	if err != nil {
		t.Fatal(err)
	}
	var calls, last, total int
	rep, err := ValidateWith(context.Background(), ret, y, ValidateOptions{Progress: func(done, n int) {
		calls++
		if done != last+1 {
			t.Errorf("progress %d after %d", done, last)
		}
		last, total = done, n
	}})
	if err != nil {
		t.Fatal(err)
	}
	if calls != len(rep.Results) || total != len(rep.Results) || last != total {
		t.Errorf("%d calls, last %d of %d, %d results", calls, last, total, len(rep.Results))
	}
	plain, _ := Validate(context.Background(), ret, y)
	if plain.Summary() != rep.Summary() {
		t.Errorf("%s != %s", plain.Summary(), rep.Summary())
	}
}
