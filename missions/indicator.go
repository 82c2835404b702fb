package missions

import (
	_ "embed"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/stablehomes/stablehomes"
)

// Unit is what an indicator's value measures.
type Unit string

// Units.
const (
	Percent        Unit = "percent"
	RatePer10000   Unit = "rate-per-10000"
	Count          Unit = "count"
	Months         Unit = "months"
	PoundsPerChild Unit = "pounds-per-child"
)

// Direction says which way is better.
type Direction string

// Directions. Unconfirmed is used where no published source settles the
// polarity: no progress verdict is given then.
const (
	HigherIsBetter Direction = "higher"
	LowerIsBetter  Direction = "lower"
	Unconfirmed    Direction = "unconfirmed"
)

// Indicator is a measure that evidences a mission or a Framework outcome.
type Indicator struct {
	ID          string      `json:"id"`
	Name        string      `json:"name"`
	Outcome     OutcomeCode `json:"outcome,omitempty"`
	Domain      string      `json:"domain"`
	Unit        Unit        `json:"unit"`
	Direction   Direction   `json:"direction"`
	DataSource  string      `json:"dataSource"`
	Missions    []int       `json:"missions,omitempty"`
	Numerator   string      `json:"numerator,omitempty"`
	Denominator string      `json:"denominator,omitempty"`
	// Periodicity is "annual" (a year ending 31 March, written "2024-25")
	// or "snapshot" (a date, written "2025-03-31").
	Periodicity string           `json:"periodicity" jsonschema:"enum=annual,enum=snapshot"`
	National    []NationalFigure `json:"national,omitempty"`
	// SameMeasureAs names the other indicator in the list that measures
	// the same thing: the National Framework dashboard's own indicator and
	// the one the library computes from an SSDA903 return (with its
	// numerator and denominator) point at each other. Figures for one
	// are figures for the other.
	SameMeasureAs string             `json:"sameMeasureAs,omitempty"`
	Source        stablehomes.Source `json:"source"`
}

// NationalFigure is a published England figure for a period.
type NationalFigure struct {
	Period      string `json:"period"`
	Value       Value  `json:"value"`
	Numerator   int64  `json:"numerator,omitempty"`
	Denominator int64  `json:"denominator,omitempty"`
	Source      string `json:"source"`
}

// Latest returns the most recent national figure, if any.
func (i Indicator) Latest() (NationalFigure, bool) {
	if len(i.National) == 0 {
		return NationalFigure{}, false
	}
	return i.National[len(i.National)-1], true
}

//go:embed data/indicators.csv
var indicatorsCSV string

//go:embed data/national_figures.csv
var nationalCSV string

var indicators = sync.OnceValue(func() []Indicator {
	out, err := parseIndicators()
	if err != nil {
		panic("missions: embedded indicators: " + err.Error())
	}
	return out
})

func parseIndicators() ([]Indicator, error) {
	rows, err := csv.NewReader(strings.NewReader(indicatorsCSV)).ReadAll()
	if err != nil {
		return nil, err
	}
	var out []Indicator
	index := map[string]int{}
	for _, r := range rows[1:] {
		in := Indicator{ID: r[0], Name: r[1], Outcome: outcomeOfGroup(r[2]), Domain: r[3], Unit: Unit(r[4]), Direction: Direction(r[5]),
			DataSource: r[6], Numerator: r[8], Denominator: r[9], Periodicity: r[10], Source: stablehomes.Source{Document: r[11]}, SameMeasureAs: r[12]}
		for _, m := range strings.Split(r[7], ";") {
			if n, err := strconv.Atoi(m); err == nil {
				in.Missions = append(in.Missions, n)
			}
		}
		if in.Direction == Unconfirmed {
			in.Source.Unconfirmed = "which direction is better is not stated in the reference"
		}
		index[in.ID] = len(out)
		out = append(out, in)
	}
	nat, err := csv.NewReader(strings.NewReader(nationalCSV)).ReadAll()
	if err != nil {
		return nil, err
	}
	for _, r := range nat[1:] {
		k, ok := index[r[0]]
		if !ok {
			return nil, &unknownIndicatorError{r[0]}
		}
		v, err := ParseValue(r[2])
		if err != nil {
			return nil, err
		}
		f := NationalFigure{Period: r[1], Value: v, Source: r[5]}
		f.Numerator, _ = strconv.ParseInt(r[3], 10, 64)
		f.Denominator, _ = strconv.ParseInt(r[4], 10, 64)
		out[k].National = append(out[k].National, f)
	}
	return out, nil
}

type unknownIndicatorError struct{ id string }

func (e *unknownIndicatorError) Error() string {
	return "missions: unknown indicator ID"
}

// Indicators returns every indicator: the National Framework dashboard's 68
// and those the library computes from an SSDA903 return, with the Ofsted
// system target.
func Indicators() []Indicator {
	out := append([]Indicator(nil), indicators()...)
	for i := range out {
		out[i] = out[i].clone()
	}
	return out
}

// clone is the indicator with its own slices, so a caller changing it
// changes nothing the package holds.
func (in Indicator) clone() Indicator {
	in.Missions = slices.Clone(in.Missions)
	in.National = slices.Clone(in.National)
	return in
}

// IndicatorByID finds an indicator.
func IndicatorByID(id string) (Indicator, bool) {
	for _, in := range indicators() {
		if in.ID == id {
			return in.clone(), true
		}
	}
	return Indicator{}, false
}

// IndicatorsFor returns the indicators that evidence mission n.
func IndicatorsFor(n int) []Indicator {
	var out []Indicator
	for _, in := range indicators() {
		for _, m := range in.Missions {
			if m == n {
				out = append(out, in.clone())
			}
		}
	}
	return out
}

// Validate checks an indicator document.
func (i Indicator) Validate() error {
	var vs stablehomes.Violations
	if i.ID == "" || i.Name == "" || i.Domain == "" || i.DataSource == "" || i.Source.Document == "" {
		vs.Add("", "missions.catalogue-entry", "an indicator needs its ID, name, domain, data source and source", stablehomes.SeverityError, RuleCatalogueEntry)
	}
	switch i.Unit {
	case Percent, RatePer10000, Count, Months, PoundsPerChild:
	default:
		vs.Add("/unit", "missions.catalogue-entry", "unknown unit (percent, rate-per-10000, count, months, pounds-per-child)", stablehomes.SeverityError, RuleCatalogueEntry)
	}
	switch i.Direction {
	case HigherIsBetter, LowerIsBetter, Unconfirmed:
	default:
		vs.Add("/direction", "missions.catalogue-entry", "unknown direction (higher, lower, unconfirmed)", stablehomes.SeverityError, RuleCatalogueEntry)
	}
	if i.Periodicity != "annual" && i.Periodicity != "snapshot" {
		vs.Add("/periodicity", "missions.catalogue-entry", "periodicity is annual or snapshot", stablehomes.SeverityError, RuleCatalogueEntry)
	}
	return vs.Err()
}
