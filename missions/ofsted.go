package missions

import (
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/stablehomes/stablehomes"
)

// Grade is an Ofsted grade.
type Grade string

// The ILACS grades.
const (
	Outstanding         Grade = "Outstanding"
	Good                Grade = "Good"
	RequiresImprovement Grade = "Requires improvement to be good"
	Inadequate          Grade = "Inadequate"
)

// NoOverallGrade is the Overall of a judgement from an inspection on or
// after OverallGradeEnded: Ofsted no longer gives local authorities'
// children's services an overall effectiveness grade, only the
// sub-judgements. It is a statement that there is no grade, not a grade.
const NoOverallGrade Grade = "No overall effectiveness grade"

// OverallGradeEnded is the first inspection date with no overall
// effectiveness grade (OverallGradeSource).
var OverallGradeEnded = stablehomes.MustDate(2026, 4, 1)

// OverallGradeSource cites Ofsted's decision to stop giving the overall
// effectiveness grade in ILACS.
var OverallGradeSource = stablehomes.Source{
	Document: "Ofsted, 'Ofsted confirms removal of headline judgement for inspections of local authorities' children's services', news release, 27 November 2025",
	Section:  "from April 2026 the overall effectiveness judgement is removed from ILACS; the judgements on leaders, help and protection, children in care and care leavers remain",
	URL:      "https://www.gov.uk/government/news/ofsted-confirms-removal-of-headline-judgement-for-inspections-of-local-authorities-childrens-services",
	Unconfirmed: "the release was read in a syndicated copy dated 27 November 2025, not on gov.uk (the address follows its title and was not opened); " +
		"Ofsted says 'from April 2026' without a day: the library takes inspections starting on or after 1 April 2026",
}

// ShareMethodSource cites Ofsted's method for the share of authorities in
// each grade as at a date, which InadequateShare follows.
var ShareMethodSource = stablehomes.Source{
	Document: "Ofsted, Local authority inspection outcomes as at 31 March 2025 (official statistics)",
	Section:  "each authority's most recent inspection carried out by the as-at date whose report was published by the cut-off: 31 March 2025, published by 30 June 2025",
	URL:      "https://www.gov.uk/government/statistics/local-authority-inspection-outcomes-as-at-31-march-2025",
	Unconfirmed: "the release's own wording of the cut-off was not read here (the 2024 release's methodology, " +
		"https://www.gov.uk/government/statistics/local-authority-inspection-outcomes-as-at-31-march-2024, describes the annual release; " +
		"the autumn 2019 release used 31 August with a 30 September cut-off); the three-month allowance is the 31 March release's, " +
		"applied by the library to any as-at date; it reproduces 19 of 153 from the embedded outcomes",
}

// ErrNoOverallGrade is returned for an as-at date on or after
// OverallGradeEnded: authorities inspected from then have no overall
// effectiveness grade, so the share judged inadequate no longer exists.
var ErrNoOverallGrade = errors.New("missions: Ofsted gives ILACS inspections from 1 April 2026 no overall effectiveness grade (Ofsted, 27 November 2025), so the share of authorities judged inadequate exists only as at 31 March 2026 or earlier")

// ErrJudgement is returned by Add for a judgement that cannot be held.
var ErrJudgement = errors.New("missions: invalid Ofsted judgement")

// Judgement is an ILACS inspection outcome for an authority's children's
// services.
type Judgement struct {
	Authority            stablehomes.LocalAuthority
	Inspected, Published stablehomes.Date
	Overall              Grade // NoOverallGrade for inspections on or after OverallGradeEnded
	ImpactOfLeaders      Grade
	HelpAndProtection    Grade
	ChildrenInCare       Grade
	CareLeavers          Grade // empty for inspections before the judgement existed
}

// InadequateTarget is the aim DfE stated in a written answer of 22 July
// 2019 (TargetSource): that by 2022 fewer than 10% of local authorities be
// rated inadequate by Ofsted. A share meets it only if strictly below 10%.
// It is the department's 2019 aim, not a target of Stable Homes, Built on
// Love (2023): the strategy was not read to state it, so the library does
// not attribute it there. A later answer (HL8828, 11 July 2023,
// https://questions-statements.parliament.uk/written-questions/detail/2023-06-27/HL8828)
// puts the aim of fewer inadequate authorities with the Improvement and
// Intervention programme of 2017, beside the strategy, and gives no 10%.
var InadequateTarget = Value{Units: 10}

// TargetSource cites it: the written answer itself, read from Parliament's
// written-questions record.
var TargetSource = stablehomes.Source{
	Document: "Department for Education, written answer to question 912085 (Children: Social Services), tabled 18 July 2019, answered 22 July 2019",
	Section:  `"by 2022, less than 10% of local authorities are rated 'inadequate' by Ofsted, halving failure rates within 5 years"; read from Parliament's written-questions data (its Linked Data API record for uin 912085)`,
	URL:      "https://questions-statements.parliament.uk/written-questions/detail/2019-07-18/912085",
}

//go:embed data/ofsted_ilacs_2025-03-31.csv
var ilacsCSV string

// Judgements is a set of judgements: the embedded latest ones to 31 March
// 2025, to which a caller adds newer ones. It is a value: adding returns a
// new set. The set knows the date as at which it holds every authority's
// most recent judgement (CompleteAsAt): 31 March 2025 for the embedded
// outcomes, later once a caller extends it with Ofsted's newer outcomes.
type Judgements struct {
	list     []Judgement
	complete stablehomes.Date
}

// embeddedAsAt is the date as at which the embedded outcomes hold each
// authority's most recent inspection (JudgementsSource).
var embeddedAsAt = stablehomes.MustDate(2025, 3, 31)

// ErrNotHeld is returned by InadequateShare for an as-at date after the
// set's CompleteAsAt: the newer outcomes are not held.
var ErrNotHeld = errors.New("missions: the Ofsted judgements held are complete only to an earlier date; add Ofsted's newer outcomes with Judgements.Extend")

var embeddedJudgements = sync.OnceValue(func() Judgements {
	rows, err := csv.NewReader(strings.NewReader(ilacsCSV)).ReadAll()
	if err != nil {
		panic(err)
	}
	js := Judgements{complete: embeddedAsAt}
	for _, r := range rows[1:] {
		la, err := stablehomes.LookupLA(r[0])
		if err != nil {
			panic("missions: ILACS authority: " + err.Error())
		}
		ins, err1 := parseDMY(r[3])
		pub, err2 := parseDMY(r[4])
		if err1 != nil || err2 != nil {
			panic("missions: ILACS dates for " + la.Name)
		}
		j := Judgement{la, ins, pub, Grade(r[5]), Grade(r[6]), Grade(r[7]), Grade(r[8]), Grade(r[9])}
		if err := j.check(); err != nil {
			panic("missions: ILACS row: " + err.Error())
		}
		js.list = append(js.list, j)
	}
	return js
})

func parseDMY(s string) (stablehomes.Date, error) {
	if len(s) != 10 {
		return stablehomes.Date{}, stablehomes.ErrInvalidDate
	}
	return stablehomes.ParseDate(s[6:10] + "-" + s[3:5] + "-" + s[0:2])
}

// OfstedJudgements returns the embedded latest ILACS judgements (Ofsted,
// local authority children's services inspection outcomes to 31 March 2025).
// Ofsted's outcomes as at 31 March 2026 are not held: DfE's dashboard
// repository (dfe-analytical-services/CSC_outcomes_and_enablers, every
// branch to 5 May 2026) holds the March 2024 and 31 March 2025 files only,
// and no copy of the 2026 file was found; a caller who has it adds its
// judgements with Extend(2026-03-31, ...).
func OfstedJudgements() Judgements { return embeddedJudgements() }

// Add returns the set with more judgements. It refuses (ErrJudgement) a
// judgement without an authority or dates, published before it was
// inspected, with a grade that is not one of Ofsted's, or whose overall
// grade does not fit its inspection date: an inspection on or after
// OverallGradeEnded has NoOverallGrade, an earlier one a grade. The error
// names the judgement's position among those added.
func (js Judgements) Add(more ...Judgement) (Judgements, error) {
	for i, j := range more {
		if err := j.check(); err != nil {
			return js, fmt.Errorf("%w: judgement %d: %v", ErrJudgement, i+1, err)
		}
	}
	return Judgements{list: append(append([]Judgement(nil), js.list...), more...), complete: js.complete}, nil
}

// Extend returns the set with more judgements, declared complete as at
// asAt: the caller has added every authority's inspections carried out by
// asAt whose reports were published by ShareCutOff(asAt), as Ofsted's
// outcomes file as at that date lists them. asAt may not be earlier than
// the set's CompleteAsAt. Judgements are checked as Add checks them.
func (js Judgements) Extend(asAt stablehomes.Date, more ...Judgement) (Judgements, error) {
	if asAt.Before(js.complete) {
		return js, fmt.Errorf("%w: Extend's date is earlier than the date the set is already complete to", ErrJudgement)
	}
	out, err := js.Add(more...)
	if err != nil {
		return js, err
	}
	out.complete = asAt
	return out, nil
}

// CompleteAsAt returns the date as at which the set holds every
// authority's most recent judgement.
func (js Judgements) CompleteAsAt() stablehomes.Date { return js.complete }

func validGrade(g Grade) bool {
	switch g {
	case Outstanding, Good, RequiresImprovement, Inadequate:
		return true
	}
	return false
}

func (j Judgement) check() error {
	switch {
	case j.Authority.GSSCode == "":
		return errors.New("no authority")
	case j.Inspected.IsZero() || j.Published.IsZero():
		return errors.New("inspection and publication dates are required")
	case j.Published.Before(j.Inspected):
		return errors.New("published before it was inspected")
	}
	if j.Inspected.Before(OverallGradeEnded) {
		if !validGrade(j.Overall) {
			return errors.New("an inspection before 1 April 2026 has an overall grade (Outstanding, Good, Requires improvement to be good, Inadequate)")
		}
	} else if j.Overall != NoOverallGrade {
		return errors.New("an inspection from 1 April 2026 has no overall grade: Overall must be NoOverallGrade")
	}
	for _, g := range []Grade{j.ImpactOfLeaders, j.HelpAndProtection, j.ChildrenInCare} {
		if !validGrade(g) {
			return errors.New("the judgements on leaders, help and protection and children in care are each one of Ofsted's four grades")
		}
	}
	if j.CareLeavers != "" && !validGrade(j.CareLeavers) {
		return errors.New("the care leavers judgement is empty (before it existed) or one of Ofsted's four grades")
	}
	return nil
}

// Len returns the number of judgements held.
func (js Judgements) Len() int { return len(js.list) }

// LatestOn returns each authority's latest judgement published on or
// before the date.
func (js Judgements) LatestOn(on stablehomes.Date) []Judgement {
	latest := map[string]Judgement{}
	var order []string
	for _, j := range js.list {
		if j.Published.After(on) {
			continue
		}
		prev, seen := latest[j.Authority.GSSCode]
		if !seen {
			order = append(order, j.Authority.GSSCode)
		}
		if !seen || prev.Published.Before(j.Published) {
			latest[j.Authority.GSSCode] = j
		}
	}
	out := make([]Judgement, 0, len(order))
	for _, k := range order {
		out = append(out, latest[k])
	}
	return out
}

// latestAsAt returns each authority's most recent judgement inspected on
// or before asAt whose report was published on or before publishedBy.
func (js Judgements) latestAsAt(asAt, publishedBy stablehomes.Date) []Judgement {
	latest := map[string]Judgement{}
	var order []string
	for _, j := range js.list {
		if j.Inspected.After(asAt) || j.Published.After(publishedBy) {
			continue
		}
		prev, seen := latest[j.Authority.GSSCode]
		if !seen {
			order = append(order, j.Authority.GSSCode)
		}
		if !seen || prev.Inspected.Before(j.Inspected) {
			latest[j.Authority.GSSCode] = j
		}
	}
	out := make([]Judgement, 0, len(order))
	for _, k := range order {
		out = append(out, latest[k])
	}
	return out
}

// ShareCutOff returns the publication cut-off InadequateShare uses for an
// as-at date: three months on (31 March gives 30 June), Ofsted's allowance
// in its annual release (ShareMethodSource).
func ShareCutOff(asAt stablehomes.Date) stablehomes.Date {
	if asAt.AddDays(1).Month() != asAt.Month() { // the last day of a month gives the last day of the third month on
		return asAt.AddDays(1).AddMonths(3).AddDays(-1)
	}
	return asAt.AddMonths(3)
}

// InadequateShare is the share of authorities judged inadequate as at a
// date by Ofsted's method (ShareMethodSource): each authority's most recent
// inspection carried out on or before the date whose report was published
// by ShareCutOff(asAt). It is a measurement of the
// "authorities-judged-inadequate" indicator, with whether it is below the
// 10% of InadequateTarget (strictly: the 2019 aim was "less than 10%"). As
// at 31 March 2025 the embedded outcomes give 19 of 153.
//
// A date on or after OverallGradeEnded returns ErrNoOverallGrade: there is
// no overall grade to count. A date after CompleteAsAt returns ErrNotHeld
// (the newer outcomes are not held), and a date before any judgement held
// an error too (no authority to count).
func (js Judgements) InadequateShare(asAt stablehomes.Date) (Measurement, bool, error) {
	if !asAt.Before(OverallGradeEnded) {
		return Measurement{}, false, ErrNoOverallGrade
	}
	if asAt.After(js.complete) {
		return Measurement{}, false, fmt.Errorf("%w (held as at %s)", ErrNotHeld, js.complete)
	}
	cut := ShareCutOff(asAt)
	latest := js.latestAsAt(asAt, cut)
	if len(latest) == 0 {
		return Measurement{}, false, errors.New("missions: no judgement held was inspected by the date and published by its cut-off")
	}
	var n int64
	for _, j := range latest {
		if j.Overall == Inadequate {
			n++
		}
	}
	m := Measurement{Area: England, Indicator: "authorities-judged-inadequate", Period: asAt.String(), Numerator: n, Denominator: int64(len(latest)),
		Source: "Ofsted ILACS outcomes: each authority's most recent inspection by " + asAt.String() + " published by " + cut.String()}
	m.Value = ValueOf(Percent, n, m.Denominator, 1)
	// Below 10%, compared on the counts, not on the rounded percentage (a
	// share of 9.96% rounds to 10.0% but is below the aim).
	return m, n*100 < 10*m.Denominator, nil
}
