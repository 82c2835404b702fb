package missions

import (
	"errors"
)

// ErrMixed reports measurements of different indicators or periods.
var ErrMixed = errors.New("missions: measurements for different indicators or periods cannot be added")

// Aggregate adds authorities' measurements of one indicator for one period
// into a figure for a larger area ("england" or a region code): numerators
// and denominators are summed and the value computed from the totals, never
// by averaging percentages. The value is given to one decimal place.
func Aggregate(area string, ms []Measurement) (Measurement, error) {
	if len(ms) == 0 {
		return Measurement{}, errors.New("missions: nothing to aggregate")
	}
	in, ok := IndicatorByID(ms[0].Indicator)
	if !ok {
		return Measurement{}, errors.New("missions: unknown indicator")
	}
	out := Measurement{Area: area, Indicator: in.ID, Period: ms[0].Period, Source: "stablehomes aggregation of authority numerators and denominators"}
	for _, m := range ms {
		if m.Indicator != out.Indicator || m.Period != out.Period {
			return Measurement{}, ErrMixed
		}
		out.Numerator += m.Numerator
		out.Denominator += m.Denominator
	}
	if out.Denominator > 0 {
		out.Value = ValueOf(in.Unit, out.Numerator, out.Denominator, 1)
	}
	return out, nil
}
