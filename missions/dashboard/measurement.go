package dashboard

import (
	"fmt"
	"io"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/numtext"
	"github.com/stablehomes/stablehomes/missions"
)

// Measurements turns the counts into missions.Measurement values for an
// area (an authority's code, or "england") and collection year, each value
// a percentage to one decimal place computed from its counts. Counts with
// an empty cohort are left out: no rate can be given.
func Measurements(area string, year stablehomes.FinancialYear, counts []Count) []missions.Measurement {
	var out []missions.Measurement
	for _, c := range counts {
		if c.Denominator == 0 {
			continue
		}
		out = append(out, missions.Measurement{
			Area: area, Indicator: string(c.Indicator), Period: year.String(),
			Numerator: c.Numerator, Denominator: c.Denominator,
			Value:  missions.ValueOf(missions.Percent, c.Numerator, c.Denominator, 1),
			Source: "SSDA903 return " + year.String() + ", computed by stablehomes missions/dashboard",
		})
	}
	return out
}

// WriteText prints the measurements mission by mission: each indicator's
// value with its counts, the latest national figure and a verdict against
// it (better, worse or in line with England, by the indicator's direction,
// within one percentage point). The verdict words are defined in a line
// before the first of them.
func WriteText(w io.Writer, ms []missions.Measurement) {
	type block struct {
		m     missions.Mission
		lines []string
	}
	var blocks []block
	verdicts := false
	for _, m := range missions.All() {
		var lines []string
		for _, in := range m.Indicators() {
			for _, x := range ms {
				if x.Indicator != in.ID {
					continue
				}
				england, verdict := "no national figure held", ""
				if n, ok := in.Latest(); ok {
					england = fmt.Sprintf("England %s%% (%s)", n.Value, n.Period)
					verdict = "; " + missions.Compare(in, x.Value, n.Value, missions.DefaultThreshold)
					verdicts = true
				}
				lines = append(lines, fmt.Sprintf("  %-62s %5s%% (%s of %s); %s%s", in.Name, x.Value, numtext.Thousands(x.Numerator), numtext.Thousands(x.Denominator), england, verdict))
			}
		}
		if len(lines) > 0 {
			blocks = append(blocks, block{m, lines})
		}
	}
	if verdicts {
		fmt.Fprintln(w, VerdictsDefined)
	}
	for _, b := range blocks {
		fmt.Fprintf(w, "== Mission %d: %s ==\n", b.m.Number, b.m.Wording)
		for _, l := range b.lines {
			fmt.Fprintln(w, l)
		}
	}
}

// VerdictsDefined says what the verdicts WriteText gives mean.
const VerdictsDefined = "Verdicts compare each figure with England's latest published figure: \"better than England\" or \"worse than England\" when they differ by 1 percentage point or more " +
	"(better by the indicator's direction: higher or lower is better), \"in line with England\" when they differ by less, " +
	"\"no verdict\" where the indicator's direction is unconfirmed."
