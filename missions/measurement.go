package missions

import (
	"bytes"
	"io"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/strictjson"
)

// England is the Area of a national measurement.
const England = "england"

// Measurement is one figure for an indicator: an authority's or England's,
// for a period, with the counts behind it.
type Measurement struct {
	// Area is "england", an ONS region code (E12000007) or a local
	// authority's GSS or DfE code.
	Area string `json:"area"`
	// Indicator is the indicator's ID.
	Indicator string `json:"indicator"`
	// Period is a year ending 31 March written "2024-25" (annual
	// indicators) or a date "2025-03-31" (snapshots).
	Period      string `json:"period"`
	Numerator   int64  `json:"numerator"`
	Denominator int64  `json:"denominator"`
	// Value is the figure as published or computed: a percentage, a rate
	// per 10,000, or a count.
	Value  Value  `json:"value"`
	Source string `json:"source" jsonschema:"minLength=1"`
}

// Rules a measurement is checked against.
var (
	RuleMeasurementRequired = stablehomes.Rule{ID: "missions.measurement-required", Title: "A measurement names its area, a known indicator, its period and source, with its numerator, a positive denominator and its value",
		Source: stablehomes.Source{Document: "stablehomes measurement schema", URL: "https://stablehomes.github.io/schemas/v1/missions/measurement.json"}}
	RuleValueConsistent = stablehomes.Rule{ID: "missions.value-consistent", Title: "The value agrees with its numerator and denominator to within the rounding of its last written decimal place (half a unit of it)",
		Source: stablehomes.Source{Document: "DfE, Children looked after in England including adoptions: methodology (rounding of percentages and rates)", URL: "https://explore-education-statistics.service.gov.uk/methodology/children-looked-after-in-england-including-adoptions-methodology"}}
	RulePercentRange = stablehomes.Rule{ID: "missions.percent-range", Title: "A percentage lies between 0 and 100, so its numerator is at most its denominator",
		Source: stablehomes.Source{Document: "stablehomes measurement schema", URL: "https://stablehomes.github.io/schemas/v1/missions/measurement.json"}}
	RulePeriodMatches = stablehomes.Rule{ID: "missions.period-matches", Title: "The period is written as the indicator's periodicity requires: a year ending 31 March (2024-25) for annual indicators, a date for snapshots",
		Source: stablehomes.Source{Document: "DfE CSC outcomes and enablers dashboard (reporting year = year ending 31 March)", URL: "https://github.com/dfe-analytical-services/CSC_outcomes_and_enablers"}}
	RuleAreaExisted = stablehomes.Rule{ID: "missions.area-existed", Title: "A local authority measured existed at the end of the period",
		Source: stablehomes.Source{Document: "dfeR local authority codes (dates of operation)", URL: "https://github.com/dfe-analytical-services/dfeR"}}
)

// Rules lists the rules the package checks.
func Rules() []stablehomes.Rule {
	return []stablehomes.Rule{RuleMeasurementRequired, RuleValueConsistent, RulePercentRange, RulePeriodMatches, RuleAreaExisted}
}

// PeriodEnd returns the last day of a period written "2024-25" or
// "2025-03-31".
func PeriodEnd(period string) (stablehomes.Date, bool) {
	if fy, err := stablehomes.ParseFinancialYear(period); err == nil {
		return fy.End(), true
	}
	if d, err := stablehomes.ParseDate(period); err == nil {
		return d, true
	}
	return stablehomes.Date{}, false
}

// scaleOf is what the ratio is multiplied by for the unit.
func scaleOf(u Unit) int64 {
	switch u {
	case Percent:
		return 100
	case RatePer10000:
		return 10000
	}
	return 0
}

// Validate checks the measurement. It returns nil or stablehomes.Violations.
func (m Measurement) Validate() error {
	var vs stablehomes.Violations
	in, known := IndicatorByID(m.Indicator)
	if m.Area == "" {
		vs.Add("/area", "missions.required", "the area is missing", stablehomes.SeverityError, RuleMeasurementRequired)
	}
	if !known {
		vs.Add("/indicator", "missions.unknown-indicator", "the indicator is not in the catalogue", stablehomes.SeverityError, RuleMeasurementRequired)
	}
	if m.Source == "" {
		vs.Add("/source", "missions.required", "the source is missing", stablehomes.SeverityError, RuleMeasurementRequired)
	}
	if m.Denominator <= 0 || m.Numerator < 0 {
		vs.Add("/denominator", "missions.required", "the denominator must be positive and the numerator not negative", stablehomes.SeverityError, RuleMeasurementRequired)
	}
	end, periodOK := PeriodEnd(m.Period)
	switch {
	case !periodOK:
		vs.Add("/period", "missions.period-matches", "the period must be a year written 2024-25 or a date written 2025-03-31", stablehomes.SeverityError, RulePeriodMatches)
	case known && in.Periodicity == "annual" && !isYear(m.Period):
		vs.Add("/period", "missions.period-matches", "this indicator is annual: write the period as the year ending 31 March, e.g. 2024-25", stablehomes.SeverityError, RulePeriodMatches)
	case known && in.Periodicity == "snapshot" && isYear(m.Period):
		vs.Add("/period", "missions.period-matches", "this indicator is a snapshot: write the period as the date, e.g. 2025-03-31", stablehomes.SeverityError, RulePeriodMatches)
	}
	if m.Area != "" && m.Area != England && !stablehomes.Region(m.Area).IsValid() {
		if _, err := stablehomes.LookupLA(m.Area); err != nil {
			vs.Add("/area", "missions.unknown-area", "the area is not england, an English region or an authority with children's services", stablehomes.SeverityError, RuleMeasurementRequired)
		} else if periodOK {
			if _, err := stablehomes.LookupLAOn(m.Area, end); err != nil {
				vs.Add("/area", "missions.area-existed", "the authority did not exist at the end of the period", stablehomes.SeverityError, RuleAreaExisted)
			}
		}
	}
	if known && m.Denominator > 0 && m.Numerator >= 0 {
		if in.Unit == Percent && (m.Numerator > m.Denominator || m.Value.Units < 0 || m.Value.Cmp(Value{Units: 100}) > 0) {
			vs.Add("/value", "missions.percent-range", "a percentage must lie between 0 and 100, with the numerator at most the denominator", stablehomes.SeverityError, RulePercentRange)
		} else if s := scaleOf(in.Unit); s > 0 && !consistent(m.Value, m.Numerator, m.Denominator, s) {
			vs.Add("/value", "missions.value-consistent", "the value does not agree with the numerator and denominator", stablehomes.SeverityError, RuleValueConsistent)
		}
	}
	return vs.Err()
}

func isYear(p string) bool { return len(p) == 7 && strings.Count(p, "-") == 1 }

// consistent reports whether v agrees with num/den×scale within half a unit
// of v's last decimal place: |v×den − num×scale×10^d| ≤ den×10^d/2 in
// units of 10^-d, compared exactly in integers.
func consistent(v Value, num, den, scale int64) bool {
	p := v.scale()
	diff := v.Units*den - num*scale*p
	if diff < 0 {
		diff = -diff
	}
	return 2*diff <= den
}

// DecodeMeasurement decodes one measurement strictly and validates it.
// The numerator and the value may rightly be 0, so a document that leaves
// either out is refused rather than read as 0 (the other required members
// are refused empty by Validate).
func DecodeMeasurement(r io.Reader) (Measurement, error) {
	var m Measurement
	var data bytes.Buffer
	if err := strictjson.Read(io.TeeReader(r, &data), &m, 0); err != nil {
		return Measurement{}, err
	}
	var present struct {
		Numerator jsontext.Value `json:"numerator"`
		Value     jsontext.Value `json:"value"`
	}
	_ = json.Unmarshal(data.Bytes(), &present) // cannot fail: just decoded strictly
	var vs stablehomes.Violations
	if present.Numerator == nil {
		vs.Add("/numerator", "missions.required", "the numerator is missing (write 0 when there is none)", stablehomes.SeverityError, RuleMeasurementRequired)
	}
	if present.Value == nil {
		vs.Add("/value", "missions.required", "the value is missing", stablehomes.SeverityError, RuleMeasurementRequired)
	}
	if err := m.Validate(); err != nil {
		vs = append(vs, err.(stablehomes.Violations)...)
	}
	return m, vs.Err()
}

// ValueOf computes an indicator's value from counts, rounded half up to
// the given decimals.
func ValueOf(u Unit, num, den int64, decimals uint8) Value {
	s := scaleOf(u)
	if s == 0 {
		return Value{Units: num}
	}
	p := int64(1)
	for i := uint8(0); i < decimals; i++ {
		p *= 10
	}
	m, _ := stablehomes.Money(num*s*p).ProRate(1, den)
	return Value{Units: int64(m), Decimals: decimals}
}
