package dashboard

import (
	"math/rand/v2"
	"testing"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// shuffled returns a copy of the return with the rows of table id shuffled.
func shuffled(ret *ssda903.Return, id ssda903.TableID, seed uint64) *ssda903.Return {
	t := ret.Table(id)
	rows := make([]int, t.Len())
	for i := range rows {
		rows[i] = i
	}
	rand.New(rand.NewPCG(seed, 2)).Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
	out := *ret
	out.SetTable(t.Subset(rows))
	return &out
}

// markUASC and fillDatesOfBirth find each child's Header and UASC rows with
// a cursor and fall back to an index: whatever the order of those tables,
// they give what UASCChildren and a lookup by identifier give.
func TestKidFinderAnyOrder(t *testing.T) {
	gen := generate(ssda903.GenerateOptions{Seed: 7, Year: stablehomes.FinancialYearStarting(2024), Episodes: 3000})
	// The generator lists no UASC child: mark every 7th Header row UASC,
	// and give every 5th UASC row a date the child ceased to be one.
	base := *gen
	base.SetTable(rewrite(gen.Table(ssda903.Header), nil, func(i int, col string, c ssda903.Cell) ssda903.Cell {
		if col == "UASC" && i%7 == 0 {
			return ssda903.ValueCell("1")
		}
		return c
	}))
	base.SetTable(rewrite(gen.Table(ssda903.UASC), nil, func(i int, col string, c ssda903.Cell) ssda903.Cell {
		if col == "DUC" && i%5 == 0 {
			return ssda903.ValueCell("01/06/2024")
		}
		return c
	}))
	noUASCColumn := base
	noUASCColumn.SetTable(rewrite(base.Table(ssda903.Header), func(col string) bool { return col != "UASC" }, nil))
	for name, ret := range map[string]*ssda903.Return{
		"as generated":        &base,
		"Header shuffled":     shuffled(&base, ssda903.Header, 1),
		"Episodes shuffled":   shuffled(&base, ssda903.Episodes, 4), // children in neither order
		"UASC from its table": shuffled(shuffled(&noUASCColumn, ssda903.UASC, 2), ssda903.Header, 3),
	} {
		kids, _, _ := children(ret)
		markUASC(ret, kids)
		want := ret.UASCChildren()
		need := make([]bool, len(kids))
		for k := range need {
			need[k] = true
		}
		fillDatesOfBirth(ret, kids, need)
		dobs := map[string]stablehomes.Date{}
		hid, dob := ret.Table(ssda903.Header).Column("CHILD"), ret.Table(ssda903.Header).Column("DOB")
		for i := range ret.Table(ssda903.Header).Len() {
			if d, ok := dob.Cell(i).DateOK(); ok && hid.Cell(i).Has() {
				dobs[hid.Cell(i).String()] = d
			}
		}
		marked := 0
		for _, c := range kids {
			if c.uasc != want[c.id] {
				t.Errorf("%s: a child's UASC flag %v, UASCChildren %v", name, c.uasc, want[c.id])
			}
			if c.uasc {
				marked++
			}
			if c.dob != dobs[c.id] {
				t.Errorf("%s: a child's date of birth differs from its Header row's", name)
			}
		}
		if marked == 0 {
			t.Errorf("%s: no UASC child: the test checks nothing", name)
		}
	}
}

// rewrite copies a table, keeping the columns keep accepts (all when nil)
// and passing each cell through cell (unchanged when nil).
func rewrite(t *ssda903.Table, keep func(string) bool, cell func(i int, col string, c ssda903.Cell) ssda903.Cell) *ssda903.Table {
	var cols []string
	for _, c := range t.Columns() {
		if keep == nil || keep(c) {
			cols = append(cols, c)
		}
	}
	out := ssda903.NewTable(t.ID(), cols)
	cells := make([]ssda903.Cell, len(cols))
	for i := range t.Len() {
		for j, c := range cols {
			cells[j] = t.Cell(i, c)
			if cell != nil {
				cells[j] = cell(i, c, cells[j])
			}
		}
		out.AppendRow(cells, t.Pos(i))
	}
	out.Freeze()
	return out
}
