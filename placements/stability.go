package placements

import "github.com/stablehomes/stablehomes"

// Episode is one SSDA903 episode of a child's care: a period with the same
// legal status and placement. A child's episodes are given in date order.
type Episode struct {
	Start       stablehomes.Date `json:"startDate"`
	End         stablehomes.Date `json:"endDate,omitzero"`
	Reason      ReasonNewEpisode `json:"reasonNewEpisode"`
	LegalStatus LegalStatus      `json:"legalStatus,omitempty"`
	Type        Type             `json:"placementType"`
	// PlacementPostcode tells a return to the same placement after a
	// temporary one (same type and postcode) from a move. It is compared
	// as given, never shown.
	PlacementPostcode Postcode `json:"placementPostcode,omitempty"`
	Distance          Distance `json:"distanceMiles,omitzero"`
}

// OpenOn reports whether the episode is open at the end of day d: it
// started on or before d and had not ended by then. An episode ending on
// d is not open on d (DfE counts the children looked after at the end of
// 31 March).
func (e Episode) OpenOn(d stablehomes.Date) bool {
	return !e.Start.After(d) && (e.End.IsZero() || e.End.After(d))
}

// ShortBreak reports an episode under an agreed series of short-term
// placements (legal status V3 or V4); DfE's headline measures leave such
// children out.
func (e Episode) ShortBreak() bool { return e.LegalStatus == "V3" || e.LegalStatus == "V4" }

// Method chooses between readings where DfE's published method is not
// settled (its methodology leaves temporary placements and same-carer moves open). The zero value is the library's
// reading of DfE's method.
type Method struct {
	// CountSameCarerMoves counts a change of placement with the same carer
	// (reason for new episode T or U) as a new placement. DfE's stability
	// measures count carers, so the default does not.
	CountSameCarerMoves bool
	// CountTemporaryPlacements counts temporary placements (T0 to T4), and
	// the return to the same placement after one, as placements.
	CountTemporaryPlacements bool
}

// StabilitySource is where the measures' definitions come from.
var StabilitySource = stablehomes.Source{
	Document: "Children looked after in England including adoptions: methodology (DfE); NI 063 definition of long-term stability",
	Section:  "placement stability and distance measures",
	URL:      "https://explore-education-statistics.service.gov.uk/methodology/children-looked-after-in-england-including-adoptions-methodology",
	Unconfirmed: "what counts as a move is the reference's reconstruction of DfE's method (temporary placements, same-carer changes); " +
		"whether exactly 20.0 miles counts as more than 20 is not settled (read as not)",
}

// OpenEpisode returns the child's episode open at the end of day d.
func OpenEpisode(eps []Episode, d stablehomes.Date) (Episode, bool) {
	for i := len(eps) - 1; i >= 0; i-- {
		if eps[i].OpenOn(d) {
			return eps[i], true
		}
	}
	return Episode{}, false
}

// PeriodOfCareStart returns the start of the period of care open at the
// end of day d: from the open episode back while each episode began on
// the day the one before it ended. It is zero when no episode is open.
func PeriodOfCareStart(eps []Episode, d stablehomes.Date) stablehomes.Date {
	i := openIndex(eps, d)
	if i < 0 {
		return stablehomes.Date{}
	}
	start := eps[i].Start
	for j := i - 1; j >= 0; j-- {
		if eps[j].End.IsZero() || eps[j].End != start {
			break
		}
		start = eps[j].Start
	}
	return start
}

func openIndex(eps []Episode, d stablehomes.Date) int {
	i := len(eps) - 1
	for i >= 0 && !eps[i].OpenOn(d) {
		i--
	}
	return i
}

// newCarer reports an episode that starts a placement with a new carer:
// reason S (started to be looked after), P (placement change) or B (legal
// status and placement change). L changes legal status only; T and U
// change placement with the same carer.
func newCarer(r ReasonNewEpisode, m Method) bool {
	switch r {
	case "S", "P", "B":
		return true
	case "T", "U":
		return m.CountSameCarerMoves
	}
	return false
}

func temporary(t Type) bool {
	return len(t) == 2 && t[0] == 'T' && t[1] >= '0' && t[1] <= '4'
}

// PlacementsInYear counts the placements a child had during the collection
// year (1 April to 31 March): the placement the child was in on entering
// the year (or came into care in) counts as one, and each later episode in
// the year that starts a placement with a new carer adds one. Temporary
// placements, and returning afterwards to the placement before them (same
// type and placement postcode), add none unless the Method says otherwise.
func PlacementsInYear(eps []Episode, year stablehomes.FinancialYear, m Method) int {
	return placementsBetween(eps, year.Start(), year.End(), m)
}

func placementsBetween(eps []Episode, start, end stablehomes.Date, m Method) int {
	n := 0
	inYear := false
	var before Episode // the last placement that was not temporary
	for i, e := range eps {
		if e.Start.After(end) || (!e.End.IsZero() && e.End.Before(start)) {
			if !temporary(e.Type) {
				before = e
			}
			continue // outside the year
		}
		inYear = true
		if !m.CountTemporaryPlacements && temporary(e.Type) {
			continue
		}
		counted := false
		switch {
		case n == 0:
			counted = true // the first placement seen in the year
		case newCarer(e.Reason, m):
			counted = !(!m.CountTemporaryPlacements && i > 0 && temporary(eps[i-1].Type) &&
				e.Type == before.Type && e.PlacementPostcode == before.PlacementPostcode)
		}
		if counted {
			n++
		}
		before = e
	}
	if n == 0 && inYear {
		// Only temporary episodes in the year: the child was away from the
		// placement before them, which is the year's one placement.
		n = 1
	}
	return n
}

// stableTwoYears reports whether the child has lived with the same carer
// for the two years to d: walking back from the open episode over episodes
// that did not change carer (L, T, U), the placement began on or before d
// less two years. A child placed for adoption is also stable when the
// adoptive placement and the placement before it together began two years
// before (the NI 063 adoption clause).
func stableTwoYears(eps []Episode, d stablehomes.Date) bool {
	i := openIndex(eps, d)
	if i < 0 {
		return false
	}
	twoYears := d.AddYears(-2)
	first := sameCarerStart(eps, i)
	if !eps[first].Start.After(twoYears) {
		return true
	}
	if eps[i].Type.Category() == CategoryPlacedForAdoption && first > 0 && eps[first-1].End == eps[first].Start {
		return !eps[sameCarerStart(eps, first-1)].Start.After(twoYears)
	}
	return false
}

// sameCarerStart walks back from episode i over continuous episodes that
// did not change carer and returns the first of them.
func sameCarerStart(eps []Episode, i int) int {
	for i > 0 && !newCarer(eps[i].Reason, Method{}) && eps[i-1].End == eps[i].Start {
		i--
	}
	return i
}

// Stability is what DfE's placement stability and distance measures say of
// one child at the end of a collection year (31 March). These are the
// per-child inputs that the missions package and its dashboard add up.
type Stability struct {
	// LookedAfter: looked after at the end of 31 March, other than only
	// under short breaks (V3/V4). Every measure below is false for a child
	// who is not.
	LookedAfter bool `json:"lookedAfter"`
	// Placements in the year, and whether they were 3 or more.
	Placements  int  `json:"placements"`
	ThreeOrMore bool `json:"threeOrMorePlacements"`
	// LongTermCohort: under 16 at 31 March and looked after continuously
	// for at least 2.5 years; LongTermStable: of those, in the same
	// placement (same carer) for at least 2 years, or placed for adoption
	// where that placement and the one before it together last 2 years.
	LongTermCohort bool `json:"longTermCohort"`
	LongTermStable bool `json:"longTermStable"`
	// FarFromHome: placed more than 20 miles from home. Unaccompanied
	// asylum-seeking children have no distance recorded and are never far;
	// they stay in the denominator of all children looked after.
	FarFromHome bool `json:"farFromHome"`
	// DistanceKnown: the placement open at 31 March has a known distance
	// from home (false for unaccompanied asylum-seeking children, whose
	// distance is not recorded). A count of FarFromHome over children
	// whose distance is mostly unknown is not DfE's measure.
	DistanceKnown bool `json:"distanceKnown,omitempty"`
	// Category of the placement open at 31 March.
	Category Category `json:"category,omitempty"`
}

// Child is one child's care history for the stability measures.
type Child struct {
	DateOfBirth stablehomes.Date `json:"dateOfBirth,omitzero"` // needed for the long-term measure
	UASC        bool             `json:"uasc,omitempty"`
	Episodes    []Episode        `json:"episodes"`
}

// Stability computes the measures for the collection year. Episodes must
// be in date order. Without a date of birth the child cannot be placed in
// the long-term cohort.
func (c Child) Stability(year stablehomes.FinancialYear, m Method) Stability {
	return c.StabilityOver(year.Start(), year.End(), m)
}

// StabilityOver computes the measures over a collection period other than
// 1 April to 31 March (a return's metadata may set one): placements are
// counted from start to end, and the rest judged at the end of end.
func (c Child) StabilityOver(start, end stablehomes.Date, m Method) Stability {
	open, ok := OpenEpisode(c.Episodes, end)
	if !ok || open.ShortBreak() {
		return Stability{}
	}
	s := Stability{LookedAfter: true, Category: open.Type.Category()}
	s.Placements = placementsBetween(c.Episodes, start, end, m)
	s.ThreeOrMore = s.Placements >= 3
	s.FarFromHome = !c.UASC && open.Distance.FarFromHome()
	s.DistanceKnown = !c.UASC && open.Distance.Known()
	if !c.DateOfBirth.IsZero() && c.DateOfBirth.AgeOn(end) < 16 && !PeriodOfCareStart(c.Episodes, end).After(end.AddMonths(-30)) {
		s.LongTermCohort = true
		s.LongTermStable = stableTwoYears(c.Episodes, end)
	}
	return s
}

// LongTermFrom is the latest start of a period of care that puts a child
// in the long-term stability cohort for the year: 2.5 years (30 months)
// before 31 March.
func LongTermFrom(year stablehomes.FinancialYear) stablehomes.Date { return year.End().AddMonths(-30) }
