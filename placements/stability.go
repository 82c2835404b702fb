package placements

import "github.com/stablehomes/stablehomes"

// Episode is one SSDA903 episode of a child's care, in date order.
type Episode struct {
	Start          stablehomes.Date `json:"startDate"`
	End            stablehomes.Date `json:"endDate,omitzero"`
	Type           Type             `json:"placementType"`
	Reason         ReasonNewEpisode `json:"reasonNewEpisode"`
	DistanceTenths int              `json:"distanceTenthsOfMile,omitempty"`
}

func (e Episode) openOn(d stablehomes.Date) bool {
	return !d.Before(e.Start) && (e.End.IsZero() || d.Before(e.End))
}

// startsPlacement: a new placement starts with an episode whose reason is
// S, P or B (new carer); L, T and U never count; temporary T0-T4 episodes
// and the return to the same placement type after one do not count
// (reference ssda903.md §4.5, a reconstruction of DfE's method).
func startsPlacement(eps []Episode, i int) bool {
	e := eps[i]
	switch e.Reason {
	case "S", "P", "B":
	default:
		return false
	}
	if e.Type.Category() == CategoryTemporary {
		return false
	}
	if i >= 2 && eps[i-1].Type.Category() == CategoryTemporary && eps[i-2].Type == e.Type {
		return false
	}
	return true
}

// PlacementsInYear counts the placements a child had during the
// collection year (1 April-31 March): those starting in the year plus the
// one open on 1 April (ssda903.md §4.3).
func PlacementsInYear(eps []Episode, year stablehomes.FinancialYear) int {
	n := 0
	openAtStart := false
	for i, e := range eps {
		if year.Contains(e.Start) && startsPlacement(eps, i) {
			n++
		}
		if e.openOn(year.Start()) && e.Type.Category() != CategoryTemporary {
			openAtStart = true
		}
	}
	if openAtStart {
		n++
	}
	return n
}

// ThreeOrMorePlacements is DfE's short-term instability measure.
func ThreeOrMorePlacements(eps []Episode, year stablehomes.FinancialYear) bool {
	return PlacementsInYear(eps, year) >= 3
}

// LongTermStable is DfE's long-term stability measure at 31 March of the
// year: under 16, looked after continuously for at least 2.5 years, and in
// the same placement for at least 2 years (ssda903.md §4.4). The adoption
// clause (adoptive placement plus the one before lasting 2 years) is not
// implemented.
func LongTermStable(dob stablehomes.Date, eps []Episode, year stablehomes.FinancialYear) bool {
	end := year.End()
	if len(eps) == 0 || dob.AgeOn(end) >= 16 || !eps[len(eps)-1].openOn(end) {
		return false
	}
	careStart, placeStart := eps[len(eps)-1].Start, stablehomes.Date{}
	for i := len(eps) - 1; i >= 0; i-- {
		if i < len(eps)-1 && eps[i].End != eps[i+1].Start {
			break // a gap ends the continuous period of care
		}
		careStart = eps[i].Start
		if placeStart.IsZero() && startsPlacement(eps, i) {
			placeStart = eps[i].Start
		}
	}
	if placeStart.IsZero() {
		placeStart = careStart
	}
	// 2.5 years: 2 years and 6 months, counted in whole days from the
	// 31 March back (30 months).
	twoHalf := end.AddYears(-2)
	twoHalfOK := !careStart.After(twoHalf.AddDays(-182))
	return twoHalfOK && !placeStart.After(end.AddYears(-2))
}

// FarFromHome reports whether the placement open on 31 March is more than
// 20 miles from home (ssda903.md §4.6).
func FarFromHome(eps []Episode, year stablehomes.FinancialYear) bool {
	for _, e := range eps {
		if e.openOn(year.End()) {
			return e.DistanceTenths > 200
		}
	}
	return false
}
