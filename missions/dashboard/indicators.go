package dashboard

import (
	"context"
	"fmt"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/placements"
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
// "Children looked after in England including adoptions" methodology
// (https://explore-education-statistics.service.gov.uk/methodology/children-looked-after-in-england-including-adoptions-methodology), with the
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

// Options choose between readings where DfE's published method is not
// settled; the zero value is the library's reading of DfE's method. The
// measures themselves are placements' (Child.Stability), so a case system
// judging one child and the dashboard adding up a return agree.
type Options struct {
	Method placements.Method
}

// Report is what Compute finds: every indicator's counts, in a fixed order,
// the indicators the return cannot support and why, and the rows it could
// not use.
type Report struct {
	Counts []Count
	// NotComputed lists, in the order of Counts, every indicator whose
	// count has a zero denominator, with the reason; Measurements leaves
	// them out, so no figure is shown for them (never 0%).
	NotComputed []NotComputed
	Excluded    []Excluded
}

// NotComputed is an indicator the return cannot support, with why (the
// reason names tables and columns, never a cell's content).
type NotComputed struct {
	Indicator IndicatorID
	Reason    string
}

// Compute returns every indicator the return supports, in a fixed order,
// with the rows it could not use. It stops promptly when ctx is cancelled
// and returns an error wrapping ctx.Err().
func Compute(ctx context.Context, ret *ssda903.Return, opts Options) (Report, error) {
	if ctx.Done() == nil { // cannot be cancelled: work in the caller's goroutine
		return computeReport(ctx, ret, opts)
	}
	// The work runs beside the caller, which returns as soon as ctx is
	// done; the work itself stops at its next check of ctx (between phases,
	// and every 4,096 children) and its result is dropped.
	type result struct {
		rep Report
		err error
	}
	done := make(chan result, 1)
	go func() {
		rep, err := computeReport(ctx, ret, opts)
		done <- result{rep, err}
	}()
	select {
	case r := <-done:
		return r.rep, r.err
	case <-ctx.Done():
		return Report{}, fmt.Errorf("dashboard: stopped: %w", ctx.Err())
	}
}

func computeReport(ctx context.Context, ret *ssda903.Return, opts Options) (Report, error) {
	stopped := func(phase string) error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("dashboard: stopped %s: %w", phase, err)
		}
		return nil
	}
	kids, flat, excluded := children(ret)
	if err := stopped("after indexing the children"); err != nil {
		return Report{}, err
	}
	start, end := ret.Start(), ret.End()
	cols := columnsOf(ret.Table(ssda903.Episodes))
	markUASC(ret, kids)

	// One pass works out every child's measures without a date of birth.
	// Children who may be in the long-term stability cohort (looked after
	// at 31 March for 2.5 years or more) need one to tell whether they are
	// under 16: only they are looked up in Header and measured again.
	var history []placements.Episode
	var t stabilityTally
	longTermFrom := end.AddMonths(-30)
	needs := make([]bool, len(kids))
	need := 0
	for k, c := range kids {
		if k%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return Report{}, fmt.Errorf("dashboard: stopped after %d of %d children: %w", k, len(kids), err)
			}
		}
		history = cols.historyOf(history, c.episodesIn(flat))
		s := placements.Child{UASC: c.uasc, Episodes: history}.StabilityOver(start, end, opts.Method)
		if s.LookedAfter && !placements.PeriodOfCareStart(history, end).After(longTermFrom) {
			// Counted once measured with the date of birth.
			needs[k] = true
			need++
			continue
		}
		t.add(s)
	}
	if err := stopped("after the first pass"); err != nil {
		return Report{}, err
	}
	if need > 0 {
		fillDatesOfBirth(ret, kids, needs)
	}
	for k, c := range kids {
		if !needs[k] {
			continue
		}
		history = cols.historyOf(history, c.episodesIn(flat))
		t.add(placements.Child{DateOfBirth: c.dob, UASC: c.uasc, Episodes: history}.StabilityOver(start, end, opts.Method))
	}
	out := []Count{
		{ThreeOrMorePlacements, t.threePlus, t.cla},
		{LongTermStability, t.ltsStable, t.ltsCohort},
		{PlacedOver20Miles, t.over20, t.cla},
		{FamilyBasedPlacements, t.foster, t.cla},
		{KinshipFosterPlacements, t.kinship, t.cla},
	}
	leavers, ex := careLeavers(ret, end)
	excluded = append(excluded, ex...)
	out = append(out, leavers...)
	health, ex := healthChecks(ret)
	excluded = append(excluded, ex...)
	out = append(out, health...)
	// A return whose placements at 31 March carry no readable distance
	// (the column absent or blank, as when no postcode lookup derived it)
	// cannot say how many children are placed far from home: counting
	// them all as near would be a figure better than England's made of
	// missing data. UASC children have no distance recorded and are not
	// counted as known.
	var not []NotComputed
	for i, c := range out {
		reason := ""
		switch {
		case c.Indicator == PlacedOver20Miles && t.distanceKnown == 0 && c.Denominator > 0:
			reason = "no placement open at 31 March has a readable distance from home (PL_DISTANCE); it can be derived from HOME_POST and PL_POST with the ONS postcode directory (dashboard -postcodes) where the postcodes are in it"
			out[i].Numerator, out[i].Denominator = 0, 0
		case c.Denominator > 0:
		default:
			reason = notComputedReason(ret, c.Indicator)
		}
		if reason != "" {
			not = append(not, NotComputed{c.Indicator, reason})
		}
	}
	return Report{Counts: out, NotComputed: not, Excluded: excluded}, nil
}

// stabilityTally counts children's stability measures as they are worked
// out (a million children's measures are not kept).
type stabilityTally struct {
	cla, threePlus, over20, foster, kinship, distanceKnown int64
	ltsCohort, ltsStable                                   int64
}

// add counts one child's measures.
func (t *stabilityTally) add(s placements.Stability) {
	if !s.LookedAfter {
		return // not looked after at 31 March, or only on short breaks
	}
	t.cla++
	if s.ThreeOrMore {
		t.threePlus++
	}
	if s.FarFromHome {
		t.over20++
	}
	if s.DistanceKnown {
		t.distanceKnown++
	}
	switch s.Category {
	case placements.CategoryKinshipFoster:
		t.kinship++
		t.foster++
	case placements.CategoryOtherFoster:
		t.foster++
	}
	if s.LongTermCohort {
		t.ltsCohort++
		if s.LongTermStable {
			t.ltsStable++
		}
	}
}

// notComputedReason says why an indicator's denominator is zero.
func notComputedReason(ret *ssda903.Return, id IndicatorID) string {
	empty := func(name ssda903.TableID) bool { t := ret.Table(name); return t == nil || t.Len() == 0 }
	switch id {
	case CareLeaversSuitableAccommodation, CareLeaversEET:
		if empty(ssda903.OC3) {
			return "no OC3 rows (care leavers) were loaded"
		}
		return "no care leaver in OC3 is aged 19 to 21 at the end of the year"
	case HealthAssessments, Immunisations, DentalChecks:
		return "no OC2 rows (children looked after for 12 months) were loaded"
	case LongTermStability:
		if empty(ssda903.Episodes) {
			return "no Episodes rows were loaded"
		}
		return "no child under 16 at 31 March has been looked after for 2.5 years or more"
	}
	if empty(ssda903.Episodes) {
		return "no Episodes rows were loaded"
	}
	return "no child was looked after at 31 March (only short breaks, or every episode ended)"
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
