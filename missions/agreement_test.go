package missions_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
	"github.com/stablehomes/stablehomes/internal/schematest"
	"github.com/stablehomes/stablehomes/missions"
)

// TestSchemaAgreement runs the schema/Go agreement property for every
// payload type the package lists. A payload type without a generator here
// is an error, so a new one cannot be left out.
func TestSchemaAgreement(t *testing.T) {
	valid := map[string]gopter.Gen{
		"mission":     genValidMission(),
		"indicator":   genValidIndicator(),
		"measurement": genValidMeasurement(),
		"progress":    genValidProgress(),
	}
	schematest.AgreementAll(t, missions.PayloadTypes(), valid)
}

// The generators below build payloads the package calls valid by
// construction: catalogue entries perturbed only in ways that keep them
// valid, and measurements and progress reports derived from catalogue
// indicators so that every cross-member rule holds. None filters.

// oneOf generates the elements of xs, which must not be empty.
func oneOf[T any](xs []T) gopter.Gen {
	return gen.IntRange(0, len(xs)-1).Map(func(i int) T { return xs[i] })
}

// oneOfEach generates indicators from the catalogue, each group of them
// (by key) as likely as another, so that rare kinds (the one snapshot, the
// few with a confirmed direction) are drawn as often as common ones.
func oneOfEach[K comparable](key func(missions.Indicator) K) gopter.Gen {
	groups := map[K][]missions.Indicator{}
	var keys []K
	for _, in := range missions.Indicators() {
		k := key(in)
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], in)
	}
	gs := make([]gopter.Gen, len(keys))
	for i, k := range keys {
		gs[i] = oneOf(groups[k])
	}
	return gen.OneGenOf(gs...)
}

// keep returns xs when on, else nil (the member left out).
func keep[T any](xs []T, on bool) []T {
	if on {
		return xs
	}
	return nil
}

// genSource generates a citation: the document (required) of src, with
// its section, URL and unconfirmed note each kept or left out.
func genSource(src stablehomes.Source) gopter.Gen {
	return gen.UInt8().Map(func(f uint8) stablehomes.Source {
		out := stablehomes.Source{Document: src.Document}
		if f&1 != 0 {
			out.Section = src.Section
		}
		if f&2 != 0 {
			out.URL = src.URL
		}
		if f&4 != 0 {
			out.Unconfirmed = src.Unconfirmed
		}
		return out
	})
}

// subset returns xs[i] for each bit i set in mask, in order, added to
// must without repeating any.
func subset[T comparable](must, xs []T, mask uint) []T {
	out := append([]T(nil), must...)
	for i, x := range xs {
		if mask&(1<<i) != 0 && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// genValidMission generates one of the six missions with its number,
// wording, target year and source document, in its pillars and possibly
// more of the strategy's six; its Framework outcomes (its own and possibly
// more), the no-indicator note and the duties are each kept or left out.
func genValidMission() gopter.Gen {
	pillars := []int{1, 2, 3, 4, 5, 6}
	var outcomes []missions.OutcomeCode
	for _, o := range missions.Outcomes() {
		outcomes = append(outcomes, o.Code)
	}
	return oneOf(missions.All()).FlatMap(func(v any) gopter.Gen {
		m := v.(missions.Mission)
		return gopter.CombineGens(
			gen.UIntRange(0, 1<<len(pillars)-1),  // more pillars
			gen.UIntRange(0, 1<<len(outcomes)-1), // more outcomes
			gen.UInt8(),                          // which optional members to keep
			genSource(m.Source),
		).Map(func(v []any) missions.Mission {
			f := v[2].(uint8)
			out := m
			out.Pillars = subset(m.Pillars, pillars, v[0].(uint))
			out.Outcomes = keep(subset(m.Outcomes, outcomes, v[1].(uint)), f&1 != 0)
			if f&2 == 0 {
				out.NoIndicator = ""
			}
			out.Duties = keep(m.Duties, f&4 != 0)
			out.Source = v[3].(stablehomes.Source)
			return out
		})
	}, reflect.TypeFor[missions.Mission]())
}

// genValidIndicator generates a catalogue indicator (every unit,
// direction and periodicity occurs there) with its outcome, missions,
// numerator and denominator definitions each kept or left out, only its
// first national figures, and a source citing the document.
func genValidIndicator() gopter.Gen {
	return oneOf(missions.Indicators()).FlatMap(func(v any) gopter.Gen {
		in := v.(missions.Indicator)
		return gopter.CombineGens(
			gen.UInt8(),
			gen.IntRange(0, len(in.National)),
			genSource(in.Source),
		).Map(func(v []any) missions.Indicator {
			f := v[0].(uint8)
			out := in
			if f&1 == 0 {
				out.Outcome = ""
			}
			out.Missions = keep(in.Missions, f&2 != 0)
			if f&4 == 0 {
				out.Numerator, out.Denominator = "", ""
			}
			out.National = keep(in.National[:v[1].(int)], v[1].(int) > 0)
			out.Source = v[2].(stablehomes.Source)
			return out
		})
	}, reflect.TypeFor[missions.Indicator]())
}

// periodOf writes the period containing day d as an indicator of the given
// periodicity does: the year ending 31 March ("2024-25") for annual
// indicators, the date itself for snapshots.
func periodOf(periodicity string, d stablehomes.Date) string {
	if periodicity == "annual" {
		return stablehomes.FinancialYearOf(d).String()
	}
	return d.String()
}

// genArea generates the area of a measurement whose period ends on end:
// England, a region, or an authority that existed on end, by its GSS
// code or its DfE code.
func genArea(end stablehomes.Date) gopter.Gen {
	las := stablehomes.CurrentLocalAuthorities(end)
	return gen.OneGenOf(
		gen.Const(missions.England),
		oneOf(stablehomes.Regions()).Map(func(r stablehomes.Region) string { return string(r) }),
		oneOf(las).Map(func(la stablehomes.LocalAuthority) string { return la.GSSCode }),
		oneOf(las).Map(func(la stablehomes.LocalAuthority) string { return la.DfECode }),
	)
}

// genValidMeasurement generates measurements that meet every rule: a
// catalogue indicator (each unit and periodicity as likely); the period written in its periodicity; an area
// that existed at the period's end; a positive denominator and a
// numerator not above it for a percentage; and the value computed from
// the counts, rounded half up to 0, 1 or 2 decimals (for counts, months
// and pounds, which have no consistency rule, the mean per denominator).
func genValidMeasurement() gopter.Gen {
	ins := oneOfEach(func(in missions.Indicator) [2]string { return [2]string{string(in.Unit), in.Periodicity} })
	day := gens.Date(stablehomes.MustDate(2010, 4, 1), stablehomes.MustDate(2030, 3, 31))
	return gopter.CombineGens(ins, day).FlatMap(func(v any) gopter.Gen {
		in := v.([]any)[0].(missions.Indicator)
		period := periodOf(in.Periodicity, v.([]any)[1].(stablehomes.Date))
		end, _ := missions.PeriodEnd(period)
		return gopter.CombineGens(
			genArea(end),
			gen.Int64Range(1, 2000000), // denominator
			gen.Int64Range(0, 2000000), // numerator, reduced below for a percentage
			gen.UInt8Range(0, 2),       // decimals written
		).Map(func(v []any) missions.Measurement {
			den, num, dec := v[1].(int64), v[2].(int64), v[3].(uint8)
			if in.Unit == missions.Percent {
				num %= den + 1
			}
			m := missions.Measurement{
				Area: v[0].(string), Indicator: in.ID, Period: period,
				Numerator: num, Denominator: den,
				Value:  missions.ValueOf(in.Unit, num, den, dec),
				Source: in.DataSource + ", " + period,
			}
			if in.Unit != missions.Percent && in.Unit != missions.RatePer10000 {
				m.Value = mean(num, den, dec)
			}
			return m
		})
	}, reflect.TypeFor[missions.Measurement]())
}

// mean is num/den rounded half up to dec decimals.
func mean(num, den int64, dec uint8) missions.Value {
	p := int64(1)
	for range dec {
		p *= 10
	}
	return missions.Value{Units: (2*num*p + den) / (2 * den), Decimals: dec}
}

// genValidProgress generates the verdict Assess gives on a catalogue
// indicator's series (each direction as likely): 0 to 8 consecutive periods in the indicator's
// periodicity (years, or 31 March snapshots), values of 0 to 100 with 0 to
// 2 decimals, a target year of 2027 or none, and a threshold (none, the
// default, or another).
func genValidProgress() gopter.Gen {
	point := gopter.CombineGens(gen.UInt8Range(0, 2), gen.Int64Range(0, 10000)).Map(func(v []any) missions.Value {
		dec := v[0].(uint8)
		p := int64(1)
		for range dec {
			p *= 10
		}
		return missions.Value{Units: v[1].(int64) % (100*p + 1), Decimals: dec}
	})
	return gopter.CombineGens(
		oneOfEach(func(in missions.Indicator) missions.Direction { return in.Direction }),
		gen.IntRange(2010, 2022), // first year
		gen.IntRange(0, 8).FlatMap(func(n any) gopter.Gen {
			return gen.SliceOfN(n.(int), point)
		}, reflect.TypeFor[[]missions.Value]()),
		gen.OneConstOf(0, 2027),
		gen.OneGenOf(
			gen.Const(missions.Value{}),
			gen.Const(missions.DefaultThreshold),
			gopter.CombineGens(gen.Int64Range(1, 500), gen.UInt8Range(0, 2)).Map(func(v []any) missions.Value {
				return missions.Value{Units: v[0].(int64), Decimals: v[1].(uint8)}
			}),
		),
	).Map(func(v []any) missions.Progress {
		in, first := v[0].(missions.Indicator), v[1].(int)
		var series []missions.Point
		for i, val := range v[2].([]missions.Value) {
			series = append(series, missions.Point{
				Period: periodOf(in.Periodicity, stablehomes.MustDate(first+1+i, 3, 31)),
				Value:  val,
			})
		}
		return missions.Assess(in, series, v[3].(int), v[4].(missions.Value))
	})
}
