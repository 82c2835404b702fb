package dashboard

import (
	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// Count is an indicator computed from a return: a numerator over a
// denominator, both counts of children (or care leavers).
type Count struct {
	Indicator   IndicatorID
	Numerator   int64
	Denominator int64
}

// IndicatorID names an indicator computed from the return.
type IndicatorID string

// The indicators computed from an SSDA903 return. Definitions follow DfE's
// "Children looked after in England including adoptions" methodology as
// summarised in the library's reference (ssda903.md §4), with the
// assumptions stated on each.
const (
	// Children looked after at 31 March with 3 or more placements during
	// the year, over all children looked after at 31 March.
	ThreeOrMorePlacements IndicatorID = "cla-3-or-more-placements"
	// Children under 16 at 31 March, looked after for 2.5 years or more,
	// who have been in the same placement for 2 years or more (or placed
	// for adoption, where the adoptive placement and the one before it
	// together last 2 years), over all such children looked after 2.5
	// years or more.
	LongTermStability IndicatorID = "cla-long-term-stability"
	// Children looked after at 31 March placed more than 20 miles from
	// home, over all children looked after at 31 March.
	PlacedOver20Miles IndicatorID = "cla-placed-over-20-miles"
	// Children looked after at 31 March in foster placements (with
	// relatives or friends, or other foster carers), over all children
	// looked after at 31 March.
	FamilyBasedPlacements IndicatorID = "cla-family-based-placements"
	// Children looked after at 31 March placed with relatives or friends
	// (kinship foster care, U1 to U3).
	KinshipFosterPlacements IndicatorID = "cla-kinship-foster-placements"
	// Care leavers aged 19 to 21 in suitable accommodation, over all care
	// leavers of that age in the OC3 table.
	CareLeaversSuitableAccommodation IndicatorID = "care-leavers-19-21-suitable-accommodation"
	// Care leavers aged 19 to 21 in education, employment or training.
	CareLeaversEET IndicatorID = "care-leavers-19-21-eet"
	// Children looked after continuously for 12 months at 31 March (the
	// OC2 cohort) whose health assessment is up to date.
	HealthAssessments IndicatorID = "cla-12-months-health-assessment"
	// The same cohort with immunisations up to date.
	Immunisations IndicatorID = "cla-12-months-immunisations"
	// The same cohort whose teeth were checked by a dentist.
	DentalChecks IndicatorID = "cla-12-months-dental-check"
)

// Options switch the places where DfE's published method is not certain
// (ssda903.md §4.5). The zero value is the library's reading of DfE's
// method.
type Options struct {
	// CountSameCarerMoves counts a change of placement with the same carer
	// (RNE T or U) as a new placement. DfE's stability measures count
	// carers, so the default does not.
	CountSameCarerMoves bool
	// CountTemporaryPlacements counts temporary placements (T0 to T4) and
	// the return to the same placement after one as placements.
	CountTemporaryPlacements bool
}

// Compute returns every indicator the return supports, in a fixed order,
// with the rows it could not use.
func Compute(ret *ssda903.Return, opts Options) ([]Count, []Excluded) {
	kids, excluded := children(ret)
	start, end := ret.Start(), ret.End()

	var cla, threePlus, over20, foster, kinship int64
	var ltsCohort, ltsStable int64
	longTermFrom := end.AddMonths(-30) // in care since this day: 2.5 years
	// Children who may be in the long-term stability cohort need a date of
	// birth (under 16 at 31 March): only they are looked up in Header.
	var need []int
	for k, c := range kids {
		if cur, ok := openEpisode(c.episodes, end); ok && !shortBreak(cur.place) && !periodStart(c.episodes, end).After(longTermFrom) {
			need = append(need, k)
		}
	}
	fillDatesOfBirth(ret, kids, need)
	for _, c := range kids {
		cur, ok := openEpisode(c.episodes, end)
		if !ok || shortBreak(cur.place) {
			continue // not looked after at 31 March, or only on short breaks
		}
		cla++
		if placementsInYear(c.episodes, start, end, opts) >= 3 {
			threePlus++
		}
		if cur.distance > 200 { // more than 20.0 miles, in tenths
			over20++
		}
		switch category(cur.place) {
		case catKinshipFoster:
			kinship++
			foster++
		case catOtherFoster:
			foster++
		}
		if !c.dob.IsZero() && c.dob.AgeOn(end) < 16 {
			if !periodStart(c.episodes, end).After(longTermFrom) {
				ltsCohort++
				if stableTwoYears(c.episodes, end) {
					ltsStable++
				}
			}
		}
	}
	out := []Count{
		{ThreeOrMorePlacements, threePlus, cla},
		{LongTermStability, ltsStable, ltsCohort},
		{PlacedOver20Miles, over20, cla},
		{FamilyBasedPlacements, foster, cla},
		{KinshipFosterPlacements, kinship, cla},
	}
	leavers, ex := careLeavers(ret, end)
	excluded = append(excluded, ex...)
	out = append(out, leavers...)
	health, ex := healthChecks(ret)
	excluded = append(excluded, ex...)
	out = append(out, health...)
	return out, excluded
}

// openEpisode returns the episode open at the end of the day d.
func openEpisode(eps []episode, d stablehomes.Date) (episode, bool) {
	for i := len(eps) - 1; i >= 0; i-- {
		if eps[i].openOn(d) {
			return eps[i], true
		}
	}
	return episode{}, false
}

// shortBreak reports the placements of children looked after only under
// an agreed series of short-term placements (V3, V4), whom DfE's
// headline measures exclude.
func shortBreak(place code) bool { return place == codeV3 || place == codeV4 }

var (
	codeV3, codeV4 = codeOf("V3"), codeOf("V4")
	rneS, rneP     = codeOf("S"), codeOf("P")
	rneB, rneT     = codeOf("B"), codeOf("T")
	rneU           = codeOf("U")
)

func temporary(place code) bool {
	return place[0] == 'T' && place[1] >= '0' && place[1] <= '4' && place[2] == 0
}

// newCarer reports whether an episode's reason for new episode starts a
// placement with a new carer: S (a new period of care), P (placement
// change), B (legal status and placement change). L changes legal status
// only; T and U change placement with the same carer.
func newCarer(rne code, opts Options) bool {
	switch rne {
	case rneS, rneP, rneB:
		return true
	case rneT, rneU:
		return opts.CountSameCarerMoves
	}
	return false
}

// placementsInYear counts the placements a child had during the year
// [start, end]: the placement the child was in on entering the year (or
// came into care in) counts as one, and each later episode in the year
// that starts a placement with a new carer adds one. Temporary placements,
// and returning afterwards to the placement before them (same PLACE and
// PL_POST), add none unless Options say otherwise.
func placementsInYear(eps []episode, start, end stablehomes.Date, opts Options) int {
	n := 0
	var before episode // the last non-temporary placement
	for i, e := range eps {
		if e.start.After(end) || (!e.end.IsZero() && e.end.Before(start)) {
			if !temporary(e.place) {
				before = e
			}
			continue // outside the year
		}
		if !opts.CountTemporaryPlacements && temporary(e.place) {
			continue
		}
		counted := false
		switch {
		case n == 0:
			counted = true // the first placement seen in the year
		case newCarer(e.rne, opts):
			counted = true
			if !opts.CountTemporaryPlacements && i > 0 && temporary(eps[i-1].place) &&
				e.place == before.place && e.postHash == before.postHash {
				counted = false // back to where the child was before the temporary placement
			}
		}
		if counted {
			n++
		}
		before = e
	}
	return n
}

// periodStart returns the start of the period of care open at the end of
// d: walking back from the open episode while each episode begins on the
// day the one before it ended (continuous care).
func periodStart(eps []episode, d stablehomes.Date) stablehomes.Date {
	i := len(eps) - 1
	for i >= 0 && !eps[i].openOn(d) {
		i--
	}
	if i < 0 {
		return stablehomes.Date{}
	}
	start := eps[i].start
	for j := i - 1; j >= 0; j-- {
		if eps[j].end.IsZero() || eps[j].end != start {
			break
		}
		start = eps[j].start
	}
	return start
}

// stableTwoYears reports whether the child has lived with the same carer
// for the two years to d: walking back from the open episode over episodes
// that did not change carer (RNE L, T, U), the placement began on or before
// d less two years. A child placed for adoption (A3 to A6) is also stable
// when the adoptive placement and the placement before it together began
// two years before.
func stableTwoYears(eps []episode, d stablehomes.Date) bool {
	i := len(eps) - 1
	for i >= 0 && !eps[i].openOn(d) {
		i--
	}
	if i < 0 {
		return false
	}
	twoYears := d.AddYears(-2)
	start := i
	for start > 0 && !newCarer(eps[start].rne, Options{}) && eps[start-1].end == eps[start].start {
		start--
	}
	if !eps[start].start.After(twoYears) {
		return true
	}
	if category(eps[i].place) == catAdoption && start > 0 && eps[start-1].end == eps[start].start {
		prev := start - 1
		for prev > 0 && !newCarer(eps[prev].rne, Options{}) && eps[prev-1].end == eps[prev].start {
			prev--
		}
		return !eps[prev].start.After(twoYears)
	}
	return false
}

// Placement categories used by the indicators, from the SSDA903 PLACE code.
type placeCategory int

const (
	catOther placeCategory = iota
	catKinshipFoster
	catOtherFoster
	catAdoption
)

// category groups a PLACE code: U1 to U3 foster placements with relatives
// or friends; U4 to U6 with other foster carers; A3 to A6 placed for
// adoption (SSDA903 placement type codes, reference ssda903.md §2.1).
func category(place code) placeCategory {
	if place[2] != 0 || place[1] < '0' || place[1] > '9' {
		return catOther
	}
	switch {
	case place[0] == 'U' && place[1] >= '1' && place[1] <= '3':
		return catKinshipFoster
	case place[0] == 'U' && place[1] >= '4' && place[1] <= '6':
		return catOtherFoster
	case place[0] == 'A' && place[1] >= '3' && place[1] <= '6':
		return catAdoption
	}
	return catOther
}

// careLeavers computes the OC3 indicators for care leavers aged 19 to 21
// (their age on the last day of the collection year, the birthday around
// which their information is collected falling in the year).
func careLeavers(ret *ssda903.Return, end stablehomes.Date) ([]Count, []Excluded) {
	var excluded []Excluded
	var cohort, suitable, eet int64
	if t := ret.Table(ssda903.OC3); t != nil {
		dob, accom, activ := t.Column("DOB"), t.Column("ACCOM"), t.Column("ACTIV")
		for i := 0; i < t.Len(); i++ {
			d, ok := dob.Cell(i).DateOK()
			if !ok {
				excluded = append(excluded, Excluded{"OC3", t.Pos(i), "no readable date of birth (DOB)"})
				continue
			}
			age := d.AgeOn(end)
			if age < 19 || age > 21 {
				continue
			}
			cohort++
			// ACCOM codes end in 1 where the accommodation is suitable, 2
			// where it is not (ssda903_oc3_accommodation.csv); 0 or blank
			// is no information and stays in the denominator.
			if a := accom.Cell(i).String(); len(a) == 2 && a[1] == '1' {
				suitable++
			}
			if eetActivity(activ.Cell(i).String(), ret.Year) {
				eet++
			}
		}
	}
	return []Count{
		{CareLeaversSuitableAccommodation, suitable, cohort},
		{CareLeaversEET, eet, cohort},
	}, excluded
}

// eetActivity reports the OC3 ACTIV codes for education, employment or
// training: F1, P1, F2, P2, F4, P4, F5, P5, and F3, P3 before 2021-22
// (ssda903_oc3_activity.csv). G4 to G6 are not in EET; 0 is no information.
func eetActivity(code string, y stablehomes.FinancialYear) bool {
	switch code {
	case "F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5":
		return true
	case "F3", "P3":
		return y.StartYear() < 2021
	}
	return false
}

// healthChecks computes the OC2 indicators over the OC2 cohort: children
// looked after continuously for 12 months at 31 March.
func healthChecks(ret *ssda903.Return) ([]Count, []Excluded) {
	var cohort, assessed, immunised, teeth int64
	if t := ret.Table(ssda903.OC2); t != nil {
		// HEALTH_ASSESSMENT is the annual health assessment; HEALTH_CHECK
		// is health promotion information for children under 5.
		hc, im, te := t.Column("HEALTH_ASSESSMENT"), t.Column("IMMUNISATIONS"), t.Column("TEETH_CHECK")
		for i := 0; i < t.Len(); i++ {
			cohort++
			if hc.Cell(i).Is("1") {
				assessed++
			}
			if im.Cell(i).Is("1") {
				immunised++
			}
			if te.Cell(i).Is("1") {
				teeth++
			}
		}
	}
	return []Count{
		{HealthAssessments, assessed, cohort},
		{Immunisations, immunised, cohort},
		{DentalChecks, teeth, cohort},
	}, nil
}
