package ssda903

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes/internal/gens"
)

// storedCell is one generated cell: a value of some length, or a null.
type storedCell struct {
	null bool
	size int // bytes of the value
	fill byte
}

func (c storedCell) value() string { return strings.Repeat(string(rune(c.fill)), c.size) }

// genStoredCells are up to two and a half chunks of cells, nulls and values
// from empty to 40 bytes (so that some chunks' text passes 64 KB and needs
// 32-bit offsets).
func genStoredCells() gopter.Gen {
	cell := gopter.CombineGens(gen.IntRange(0, 9), gen.IntRange(0, 40), gen.UInt8Range('a', 'z')).Map(func(v []any) storedCell {
		return storedCell{null: v[0].(int) == 0, size: v[1].(int), fill: v[2].(uint8)}
	})
	// A wide run makes a whole chunk of long values now and then.
	return gopter.CombineGens(gen.IntRange(1, 2*chunkRows+chunkRows/2), cell, gen.Bool()).Map(func(v []any) []storedCell {
		n, c, wide := v[0].(int), v[1].(storedCell), v[2].(bool)
		out := make([]storedCell, n)
		for i := range out {
			// Vary the cell from the generated one by its row, so that
			// rows differ without a generator per row.
			out[i] = storedCell{null: c.null && i%3 == 0, size: (c.size + i*7) % 41, fill: byte('a' + (int(c.fill)+i)%26)}
			if wide && i >= chunkRows && i < 2*chunkRows {
				out[i].size, out[i].null = 17+i%24, false
			}
		}
		return out
	})
}

func TestPropertyTableStorageRoundTrip(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	props.Property("a table gives back the cells and positions it was given, building and frozen", prop.ForAll(
		func(cells []storedCell, jumpAt int) bool {
			pos := func(i int) Pos {
				// Lines follow on, then jump, then another file.
				switch {
				case i < jumpAt:
					return Pos{File: "a.csv", Line: i + 2}
				case i < 2*jumpAt:
					return Pos{File: "a.csv", Line: i + 5}
				default:
					return Pos{File: "b.csv", Line: i}
				}
			}
			tbl := NewTable(Episodes, []string{"CHILD"})
			for i, c := range cells {
				tbl.AppendStrings([]string{c.value()}, []bool{c.null}, pos(i))
			}
			same := func() bool {
				for i, c := range cells {
					want := ValueCell(c.value())
					if c.null {
						want = NullCell()
					}
					if tbl.Cell(i, "CHILD") != want || tbl.Pos(i) != pos(i) {
						return false
					}
				}
				return tbl.Len() == len(cells)
			}
			if !same() {
				return false
			}
			tbl.Freeze()
			return same()
		},
		genStoredCells(), gen.IntRange(1, 3000),
	))
	props.TestingRun(t)
}

func TestPropertyUASCFlagsAnswerAsAMap(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	// Identifiers (some blank, some repeated), the UASC children among
	// them plus one not in Header, each table sorted as strings, as
	// numbers, or not at all.
	type order int
	const (
		unsorted order = iota
		asStrings
		asNumbers
	)
	arrange := func(ids []string, o order) {
		switch o {
		case asStrings:
			slices.Sort(ids)
		case asNumbers:
			slices.SortFunc(ids, func(a, b string) int {
				if len(a) != len(b) {
					return len(a) - len(b)
				}
				return strings.Compare(a, b)
			})
		}
	}
	props.Property("the UASC flag is 1 exactly for Header children listed in UASC", prop.ForAll(
		func(raw []int, pick []bool, ho, uo int) bool {
			header := make([]string, len(raw))
			for i, v := range raw {
				if v%17 != 0 {
					header[i] = strconv.Itoa(v) // else a blank CHILD
				}
			}
			var uasc []string
			for i, id := range header {
				if pick[i%len(pick)] {
					uasc = append(uasc, id)
				}
			}
			uasc = append(uasc, "99999") // a child Header does not list
			arrange(header, order(ho))
			arrange(uasc, order(uo))
			ht, ut := idTable(header), idTable(uasc)
			want := map[string]bool{}
			for _, id := range uasc {
				if id != "" {
					want[id] = true
				}
			}
			cell := uascFlags(ht.Column("CHILD"), ut.Column("CHILD"), ut.Len())
			for i, id := range header {
				w := "0"
				if id != "" && want[id] {
					w = "1"
				}
				if cell(i).String() != w {
					return false
				}
			}
			return true
		},
		gen.SliceOf(gen.IntRange(0, 400)), gen.SliceOfN(7, gen.Bool()),
		gen.IntRange(0, 2), gen.IntRange(0, 2),
	))
	props.TestingRun(t)
}
