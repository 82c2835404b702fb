package missions

import (
	"fmt"
	"sort"

	"github.com/stablehomes/stablehomes"
)

// Trend says which way an indicator is moving.
type Trend string

// Trends.
const (
	Improving Trend = "improving"
	Worsening Trend = "worsening"
	Unchanged Trend = "unchanged"
	NoVerdict Trend = "no-verdict" // direction unconfirmed, or fewer than two points
)

// Point is one period's value in a series.
type Point struct {
	Period string `json:"period"`
	Value  Value  `json:"value"`
}

// Progress is a verdict on a series, with the method and the data behind it.
type Progress struct {
	Indicator string    `json:"indicator"`
	Direction Direction `json:"direction"`
	Trend     Trend     `json:"trend"`
	// Threshold is the change, in the indicator's units, below which the
	// series counts as unchanged.
	Threshold Value `json:"threshold,omitzero"`
	// Change is the last value less the first.
	Change Value `json:"change,omitzero"`
	// OnTrack says whether the indicator is on track for the target year by
	// the method stated: "yes", "no" or "unknown".
	OnTrack    string  `json:"onTrack" jsonschema:"enum=yes,enum=no,enum=unknown"`
	TargetYear int     `json:"targetYear,omitzero"`
	Method     string  `json:"method"`
	Data       []Point `json:"data"`
}

// DefaultThreshold is one unit of the indicator (one percentage point for
// a percentage): smaller changes are within the noise of published,
// rounded figures.
var DefaultThreshold = Value{Units: 1}

// Assess gives the trend of a series and whether it is on track for the
// target year. Method: the change from the first to the last point; a
// change of at least the threshold in the better direction is improving,
// in the worse direction worsening, otherwise unchanged. Missions set no
// numeric target for these indicators, so "on track for 2027" means the
// latest period is improving against the first (baseline) period; without
// a confirmed direction there is no verdict.
func Assess(in Indicator, series []Point, targetYear int, threshold Value) Progress {
	pts := append([]Point(nil), series...)
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].Period < pts[j].Period })
	p := Progress{Indicator: in.ID, Direction: in.Direction, Threshold: threshold, TargetYear: targetYear, Data: pts, Trend: NoVerdict, OnTrack: "unknown",
		Method: fmt.Sprintf("change from the first to the last period; |change| < %s counts as unchanged; on track for the target year means improving against the baseline, as no numeric target is published", threshold)}
	if len(pts) < 2 || (in.Direction != HigherIsBetter && in.Direction != LowerIsBetter) {
		return p
	}
	first, last := pts[0].Value, pts[len(pts)-1].Value
	p.Change = sub(last, first)
	better := p.Change.Cmp(Value{}) // >0 rising
	if in.Direction == LowerIsBetter {
		better = -better
	}
	switch {
	case absValue(p.Change).Cmp(threshold) < 0:
		p.Trend = Unchanged
	case better > 0:
		p.Trend = Improving
	default:
		p.Trend = Worsening
	}
	if targetYear > 0 {
		p.OnTrack = "no"
		if p.Trend == Improving {
			p.OnTrack = "yes"
		}
	}
	return p
}

func align(a, b Value) (int64, int64, uint8) {
	d := max(a.Decimals, b.Decimals)
	x := Value{Units: a.Units, Decimals: a.Decimals}
	y := Value{Units: b.Units, Decimals: b.Decimals}
	for x.Decimals < d {
		x.Units *= 10
		x.Decimals++
	}
	for y.Decimals < d {
		y.Units *= 10
		y.Decimals++
	}
	return x.Units, y.Units, d
}

func sub(a, b Value) Value {
	x, y, d := align(a, b)
	return Value{Units: x - y, Decimals: d}
}

func absValue(v Value) Value {
	if v.Units < 0 {
		v.Units = -v.Units
	}
	return v
}

// Compare says whether an area's value is better than, worse than or in
// line with England's (within the threshold), by the indicator's direction.
func Compare(in Indicator, value, england Value, threshold Value) string {
	if in.Direction != HigherIsBetter && in.Direction != LowerIsBetter {
		return "no verdict (direction unconfirmed)"
	}
	diff := sub(value, england)
	if absValue(diff).Cmp(threshold) < 0 {
		return "in line with England"
	}
	better := diff.Cmp(Value{}) > 0
	if in.Direction == LowerIsBetter {
		better = !better
	}
	if better {
		return "better than England"
	}
	return "worse than England"
}

// Validate checks a progress document has what a verdict needs.
func (p Progress) Validate() error {
	var vs stablehomes.Violations
	if p.Indicator == "" || p.Method == "" || p.Data == nil {
		vs.Add("", "missions.catalogue-entry", "a progress report needs its indicator, method and data", stablehomes.SeverityError, RuleCatalogueEntry)
	}
	switch p.Direction {
	case HigherIsBetter, LowerIsBetter, Unconfirmed:
	default:
		vs.Add("/direction", "missions.catalogue-entry", "unknown direction (higher, lower, unconfirmed)", stablehomes.SeverityError, RuleCatalogueEntry)
	}
	switch p.Trend {
	case Improving, Worsening, Unchanged, NoVerdict:
	default:
		vs.Add("/trend", "missions.catalogue-entry", "unknown trend", stablehomes.SeverityError, RuleCatalogueEntry)
	}
	switch p.OnTrack {
	case "yes", "no", "unknown":
	default:
		vs.Add("/onTrack", "missions.catalogue-entry", "onTrack is yes, no or unknown", stablehomes.SeverityError, RuleCatalogueEntry)
	}
	return vs.Err()
}
