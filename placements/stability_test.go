package placements

import (
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
)

var d = stablehomes.MustDate

func TestPlacementsInYear(t *testing.T) {
	y := stablehomes.FinancialYearStarting(2024)
	eps := []Episode{
		{Start: d(2024, 1, 10), End: d(2024, 5, 1), Type: "U4", Reason: "S", LegalStatus: "C2", PlacementPostcode: "M1 1AA"},
		{Start: d(2024, 5, 1), End: d(2024, 6, 1), Type: "U4", Reason: "L", LegalStatus: "C2", PlacementPostcode: "M1 1AA"}, // legal change: no move
		{Start: d(2024, 6, 1), End: d(2024, 6, 5), Type: "T1", Reason: "P", LegalStatus: "C2"},                              // temporary: no move
		{Start: d(2024, 6, 5), End: d(2024, 9, 1), Type: "U4", Reason: "P", LegalStatus: "C2", PlacementPostcode: "M1 1AA"}, // return: no move
		{Start: d(2024, 9, 1), Type: "K2", Reason: "P", LegalStatus: "C2", Distance: mustDistance("25")},
	}
	if n := PlacementsInYear(eps, y, Method{}); n != 2 {
		t.Errorf("placements = %d, want 2", n)
	}
	if n := PlacementsInYear(eps, y, Method{CountTemporaryPlacements: true}); n != 4 {
		t.Errorf("counting temporary placements and the return: %d, want 4", n)
	}
	eps[3].PlacementPostcode = "M2 2BB" // a different U4 home after hospital: a move
	if n := PlacementsInYear(eps, y, Method{}); n != 3 {
		t.Errorf("a different home after a temporary placement: %d, want 3", n)
	}
	s := Child{Episodes: eps}.Stability(y, Method{})
	if !s.LookedAfter || !s.ThreeOrMore || !s.FarFromHome || s.Category != CategoryChildrensHome {
		t.Errorf("stability = %+v", s)
	}
	if s := (Child{Episodes: eps, UASC: true}).Stability(y, Method{}); s.FarFromHome || !s.LookedAfter {
		t.Errorf("UASC: no distance measure but still looked after: %+v", s)
	}
	eps[4].LegalStatus = "V3"
	if s := (Child{Episodes: eps}).Stability(y, Method{}); s != (Stability{}) {
		t.Errorf("short breaks only at 31 March: left out, got %+v", s)
	}
}

func TestLongTermStability(t *testing.T) {
	y := stablehomes.FinancialYearStarting(2024) // 31 March 2025
	dob := d(2015, 1, 1)
	long := Child{DateOfBirth: dob, Episodes: []Episode{
		{Start: d(2022, 1, 1), End: d(2023, 1, 1), Type: "U4", Reason: "S"},
		{Start: d(2023, 1, 1), Type: "U1", Reason: "P"},
	}}
	if s := long.Stability(y, Method{}); !s.LongTermCohort || !s.LongTermStable {
		t.Errorf("3 years in care, 2+ in placement: %+v", s)
	}
	long.Episodes[1].Start, long.Episodes[0].End = d(2023, 6, 1), d(2023, 6, 1)
	if s := long.Stability(y, Method{}); !s.LongTermCohort || s.LongTermStable {
		t.Errorf("under 2 years in placement: %+v", s)
	}
	// Placed for adoption with the foster carer (T: same carer) after a
	// year: stable, the carer has not changed.
	long.Episodes = []Episode{
		{Start: d(2022, 1, 1), End: d(2023, 1, 1), Type: "U4", Reason: "S"},
		{Start: d(2023, 1, 1), End: d(2024, 6, 1), Type: "U4", Reason: "P"},
		{Start: d(2024, 6, 1), Type: "A3", Reason: "T"},
	}
	if s := long.Stability(y, Method{}); !s.LongTermStable {
		t.Errorf("adopted by the foster carer: %+v", s)
	}
	// Placed for adoption with new carers: the adoption clause counts the
	// placement before it (from 2023-01-01, over 2 years).
	long.Episodes[2].Type, long.Episodes[2].Reason = "A4", "P"
	if s := long.Stability(y, Method{}); !s.LongTermStable {
		t.Errorf("adoption clause: %+v", s)
	}
	long.Episodes[1].Start, long.Episodes[0].End = d(2023, 6, 1), d(2023, 6, 1)
	if s := long.Stability(y, Method{}); s.LongTermStable {
		t.Errorf("adoptive placement and the one before under 2 years: %+v", s)
	}
	long.DateOfBirth = d(2009, 3, 31) // 16 on 31 March 2025
	if s := long.Stability(y, Method{}); s.LongTermCohort {
		t.Errorf("16 at 31 March: not in the cohort: %+v", s)
	}
}

// genChild builds a child's continuous care history: a first episode
// starting with S, then episodes each starting the day the last ended.
func genChild() gopter.Gen {
	types := []Type{"U1", "U4", "U6", "K2", "A4", "T1", "P1"}
	reasons := []ReasonNewEpisode{"P", "L", "T", "B", "U"}
	step := gopter.CombineGens(gen.IntRange(1, 400), gen.IntRange(0, len(types)-1), gen.IntRange(0, len(reasons)-1), gen.IntRange(-1, 400))
	return gopter.CombineGens(gens.Date(d(2018, 1, 1), d(2024, 12, 31)), gen.SliceOfN(6, step), gen.Bool(), gen.IntRange(0, 17)).Map(func(v []any) Child {
		start := v[0].(stablehomes.Date)
		var eps []Episode
		for i, f := range v[1].([][]any) {
			e := Episode{Start: start, Type: types[f[1].(int)], Reason: reasons[f[2].(int)], LegalStatus: "C2", Distance: mustDistanceTenths(f[3].(int))}
			if i == 0 {
				e.Reason = "S"
			}
			if len(eps) > 0 {
				eps[len(eps)-1].End = start
			}
			eps = append(eps, e)
			start = start.AddDays(f[0].(int))
		}
		if v[2].(bool) && len(eps) > 0 {
			eps[len(eps)-1].End = start // ceased
		}
		return Child{DateOfBirth: eps[0].Start.AddYears(-v[3].(int)), Episodes: eps}
	})
}

func TestStabilityProperties(t *testing.T) {
	y := stablehomes.FinancialYearStarting(2024)
	props := gopter.NewProperties(gens.Params(t))
	props.Property("a legal-status-only change (L) never changes a measure", prop.ForAll(func(c Child, at int) bool {
		before := c.Stability(y, Method{})
		i := at % len(c.Episodes)
		e := c.Episodes[i]
		end := e.End
		if end.IsZero() {
			end = y.End().AddDays(30)
		}
		mid := e.Start.AddDays(e.Start.DaysUntil(end) / 2)
		if !mid.After(e.Start) {
			return true
		}
		first, second := e, e
		first.End, second.Start, second.Reason = mid, mid, "L"
		split := append(append(append([]Episode{}, c.Episodes[:i]...), first, second), c.Episodes[i+1:]...)
		return Child{DateOfBirth: c.DateOfBirth, Episodes: split}.Stability(y, Method{}) == before
	}, genChild(), gen.IntRange(0, 100)))
	props.Property("counting more kinds of move never lowers the count", prop.ForAll(func(c Child) bool {
		base := PlacementsInYear(c.Episodes, y, Method{})
		return PlacementsInYear(c.Episodes, y, Method{CountSameCarerMoves: true}) >= base &&
			PlacementsInYear(c.Episodes, y, Method{CountTemporaryPlacements: true}) >= base
	}, genChild()))
	props.Property("a child looked after at 31 March had at least one placement; others are in no measure", prop.ForAll(func(c Child) bool {
		s := c.Stability(y, Method{})
		if !s.LookedAfter {
			return s == Stability{}
		}
		return s.Placements >= 1 && s.ThreeOrMore == (s.Placements >= 3) && (!s.LongTermStable || s.LongTermCohort)
	}, genChild()))
	props.Property("short breaks at 31 March leave the child out of every measure", prop.ForAll(func(c Child) bool {
		i := openIndex(c.Episodes, y.End())
		if i < 0 {
			return true
		}
		c.Episodes[i].LegalStatus = "V4"
		return c.Stability(y, Method{}) == Stability{}
	}, genChild()))
	props.TestingRun(t)
}

func BenchmarkStability(b *testing.B) {
	y := stablehomes.FinancialYearStarting(2024)
	c := Child{DateOfBirth: d(2012, 1, 1), Episodes: []Episode{
		{Start: d(2022, 1, 1), End: d(2023, 1, 1), Type: "U4", Reason: "S"},
		{Start: d(2023, 1, 1), End: d(2024, 6, 1), Type: "U4", Reason: "L"},
		{Start: d(2024, 6, 1), End: d(2024, 6, 9), Type: "T1", Reason: "P"},
		{Start: d(2024, 6, 9), Type: "U4", Reason: "P", Distance: mustDistance("22.5")},
	}}
	b.ReportAllocs()
	for b.Loop() {
		_ = c.Stability(y, Method{})
	}
}
