package ssda903

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// The UASC flag walked side by side with the UASC table answers as set
// membership does, whatever the two tables' orders: as strings, as
// numbers, shuffled, or Header in order only at first; with blank and
// repeated identifiers.
func TestUASCFlagsAnswerAsAMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	orders := map[string]func([]string){
		"strings": func(ids []string) { slices.Sort(ids) },
		"numbers": func(ids []string) {
			slices.SortFunc(ids, func(a, b string) int {
				if len(a) != len(b) {
					return len(a) - len(b)
				}
				return cmpString(a, b)
			})
		},
		"shuffled": func(ids []string) { rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] }) },
		"sorted, then shuffled": func(ids []string) {
			slices.Sort(ids)
			tail := ids[len(ids)/2:]
			rng.Shuffle(len(tail), func(i, j int) { tail[i], tail[j] = tail[j], tail[i] })
		},
	}
	for round := range 40 {
		n := 1 + rng.IntN(300)
		var header []string
		for range n {
			switch k := rng.IntN(20); {
			case k == 0:
				header = append(header, "") // null
			case k == 1 && len(header) > 0:
				header = append(header, header[len(header)-1])
			default:
				header = append(header, strconv.Itoa(rng.IntN(5000)))
			}
		}
		var uasc []string
		for _, id := range header {
			if rng.IntN(4) == 0 {
				uasc = append(uasc, id)
			}
		}
		uasc = append(uasc, strconv.Itoa(5000+rng.IntN(100))) // not in Header
		for hName, hOrder := range orders {
			for uName, uOrder := range orders {
				h, u := slices.Clone(header), slices.Clone(uasc)
				hOrder(h)
				uOrder(u)
				ht, ut := idTable(h), idTable(u)
				want := map[string]bool{}
				for _, id := range u {
					if id != "" {
						want[id] = true
					}
				}
				cell := uascFlags(ht.Column("CHILD"), ut.Column("CHILD"), ut.Len())
				for i, id := range h {
					w := "0"
					if id != "" && want[id] {
						w = "1"
					}
					if got := cell(i).String(); got != w {
						t.Fatalf("round %d, Header %s, UASC %s: row %d flag %s, want %s", round, hName, uName, i, got, w)
					}
				}
			}
		}
	}
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// idTable is a table of CHILD cells, "" a null cell.
func idTable(ids []string) *Table {
	t := NewTable(Header, []string{"CHILD"})
	for i, id := range ids {
		t.AppendStrings([]string{id}, []bool{id == ""}, Pos{File: "t.csv", Line: i + 2})
	}
	t.Freeze()
	return t
}
