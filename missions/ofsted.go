package missions

import (
	_ "embed"
	"encoding/csv"
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

// Judgement is an ILACS inspection outcome for an authority's children's
// services.
type Judgement struct {
	Authority            stablehomes.LocalAuthority
	Inspected, Published stablehomes.Date
	Overall              Grade
	ImpactOfLeaders      Grade
	HelpAndProtection    Grade
	ChildrenInCare       Grade
	CareLeavers          Grade // empty for inspections before the judgement existed
}

// InadequateTarget is the system target reported at the strategy's launch:
// at most 10% of authorities' children's services judged inadequate.
var InadequateTarget = Value{Units: 10}

// TargetSource cites it.
var TargetSource = stablehomes.Source{Document: "Stable Homes, Built on Love (DfE, 2 February 2023), as reported at launch", URL: "https://www.gov.uk/government/consultations/childrens-social-care-stable-homes-built-on-love",
	Unconfirmed: "a 10% inadequate target inside the strategy document itself was not confirmed"}

//go:embed data/ofsted_ilacs_2025-03-31.csv
var ilacsCSV string

// Judgements is a set of judgements: the embedded latest ones to 31 March
// 2025, to which a caller adds newer ones. It is a value: adding returns a
// new set.
type Judgements struct{ list []Judgement }

var embeddedJudgements = sync.OnceValue(func() Judgements {
	rows, err := csv.NewReader(strings.NewReader(ilacsCSV)).ReadAll()
	if err != nil {
		panic(err)
	}
	var js Judgements
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
		js.list = append(js.list, Judgement{la, ins, pub, Grade(r[5]), Grade(r[6]), Grade(r[7]), Grade(r[8]), Grade(r[9])})
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
func OfstedJudgements() Judgements { return embeddedJudgements() }

// Add returns the set with more judgements.
func (js Judgements) Add(more ...Judgement) Judgements {
	return Judgements{list: append(append([]Judgement(nil), js.list...), more...)}
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

// InadequateShare is the share of authorities whose latest published
// judgement on a date is inadequate, as a measurement of the
// "authorities-judged-inadequate" indicator, and whether it meets the 10%
// target.
func (js Judgements) InadequateShare(on stablehomes.Date) (Measurement, bool) {
	latest := js.LatestOn(on)
	var n int64
	for _, j := range latest {
		if j.Overall == Inadequate {
			n++
		}
	}
	m := Measurement{Area: England, Indicator: "authorities-judged-inadequate", Period: on.String(), Numerator: n, Denominator: int64(len(latest)),
		Source: "Ofsted ILACS outcomes (latest published judgement per authority on the date)"}
	if m.Denominator > 0 {
		m.Value = ValueOf(Percent, n, m.Denominator, 1)
	}
	return m, m.Value.Cmp(InadequateTarget) <= 0
}
