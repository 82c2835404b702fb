package ssda903

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/stablehomes/stablehomes"
)

// rich is noisy's return with every other table filled in: last year's
// tables are noisy copies of this year's, and the tables the generator does
// not write (AD1, PlacedAdoption, Missing, Reviews, PrevPerm, SWEpisodes,
// DoLo) get rows for a fifth of the children, their cells drawn from
// noisy's pool. It exercises every rule, for comparing verdicts before and
// after a change to how rules compute them.
func rich(seed uint64, episodes, rate int) *Return {
	ret := noisy(seed, episodes, rate)
	last := noisy(seed+1, episodes, rate)
	for _, id := range []TableID{Header, Episodes, UASC, OC2, OC3} {
		src := last.Table(id)
		rows := make([]int, src.Len())
		for i := range rows {
			rows[i] = i
		}
		t := src.Subset(rows)
		t.id = id.Last()
		ret.SetTable(t)
	}
	r := rand.New(rand.NewPCG(seed, 7))
	pool := []string{"", "P1", "T1", "Z1", "U4", "A5", "A3", "PR1", "E1", "D1", "S", "P", "X1", "E11", "E12", "E2", "E8",
		"1", "0", "M", "F", "L", "Z1", "RA", "RB", "RC", "O", "SW1", "SW2", "N1", "M1", "M2", "A", "Z3", "E09000001", "11",
		"01/04/2024", "31/03/2025", "15/10/2024", "01/01/2020", "99/99/9999", "01/06/2023", "28/02/2025"}
	h := ret.Table(Header)
	for _, id := range []TableID{AD1, PlacedAdoption, Missing, Reviews, PrevPerm, SWEpisodes, DoLo} {
		req, opt, ok := Columns(id, ret.Year)
		if !ok {
			req, opt, _ = Columns(id, stablehomes.FinancialYearStarting(2026))
		}
		cols := append(append([]string{}, req...), opt...)
		for _, lastToo := range []bool{false, true} {
			tid := id
			if lastToo {
				tid = id.Last()
			}
			t := NewTable(tid, cols)
			vals := make([]string, len(cols))
			nulls := make([]bool, len(cols))
			for i := range h.Len() {
				if r.IntN(5) != 0 {
					continue
				}
				for range 1 + r.IntN(2) {
					for j, col := range cols {
						nulls[j] = false
						switch col {
						case "CHILD":
							vals[j] = h.Cell(i, "CHILD").String()
						case "DOB":
							vals[j] = h.Cell(i, "DOB").String()
							if r.IntN(10) == 0 {
								vals[j] = pool[r.IntN(len(pool))]
							}
						default:
							vals[j] = pool[r.IntN(len(pool))]
							nulls[j] = vals[j] == "" && r.IntN(2) == 0
						}
					}
					t.AppendStrings(vals, nulls, Pos{})
				}
			}
			ret.SetTable(t)
		}
	}
	return ret
}

// TestVerdictFingerprint prints one line per rule (failures and a hash of
// the failing rows) on rich returns, when SSDA903_FINGERPRINT is set to a
// number of episodes; diff its output before and after a change.
func TestVerdictFingerprint(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("SSDA903_FINGERPRINT"))
	if err != nil || n <= 0 {
		t.Skip("set SSDA903_FINGERPRINT to a number of episodes")
	}
	for _, seed := range []uint64{1, 2} {
		for _, rate := range []int{2, 15} {
			ret := rich(seed, n, rate)
			for _, yr := range []int{2023, 2024, 2025} {
				y := stablehomes.FinancialYearStarting(yr)
				ret.Year = y
				for _, meta := range []string{"", "xml"} {
					ret.Metadata.FileFormat = meta
					rep := validate(ret, y)
					for _, res := range rep.Results {
						f := fnv.New64a()
						for _, ref := range res.Failures {
							fmt.Fprintf(f, "%d:%d,", ref.Table, ref.Row)
						}
						fmt.Printf("%d/%d/%d/%s %s skip=%t n=%d %x\n", seed, rate, yr, meta, res.Rule.Code, res.Skipped != "", len(res.Failures), f.Sum64())
					}
				}
			}
		}
	}
}
