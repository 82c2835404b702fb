package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/cli"
	"github.com/stablehomes/stablehomes/missions"
)

func main() { os.Exit(run(os.Stdout, os.Stderr, os.Args[1:])) }

func run(w, stderr io.Writer, args []string) int {
	c := cli.New("missions", "", stderr,
		"Prints the six missions with their indicators, England's latest figures and a progress verdict for each,",
		"and the share of authorities judged inadequate by Ofsted against the aim of fewer than 10% (written answer 912085, 2019). It takes no arguments.")
	c.Exits("always, once the report is printed (it judges no input)", "not used")
	if code, done := c.Parse(args); done {
		return code
	}
	if code, done := c.NoArgs(); done {
		return code
	}
	fmt.Fprintln(w, "Verdicts: the trend (improving, worsening, unchanged) compares England's first and latest published figures by the indicator's direction; "+
		"on track means improving against that baseline by the mission's target year. Method: "+missions.Assess(missions.Indicator{}, nil, 2027, missions.DefaultThreshold).Method)
	fmt.Fprintln(w)
	for _, m := range missions.All() {
		target := "no target year"
		if m.TargetYear > 0 {
			target = fmt.Sprintf("by %d", m.TargetYear)
		}
		fmt.Fprintf(w, "Mission %d (%s): %s\n", m.Number, target, m.Wording)
		if m.NoIndicator != "" {
			fmt.Fprintf(w, "  %s\n", m.NoIndicator)
			for _, d := range m.Duties {
				fmt.Fprintf(w, "  - duty: %s\n", d)
			}
		}
		for _, in := range m.Indicators() {
			latest, ok := in.Latest()
			if !ok {
				fmt.Fprintf(w, "  %s: no national figure held\n", in.Name)
				continue
			}
			var series []missions.Point
			for _, f := range in.National {
				series = append(series, missions.Point{Period: f.Period, Value: f.Value})
			}
			p := missions.Assess(in, series, m.TargetYear, missions.DefaultThreshold)
			fmt.Fprintf(w, "  %s: England %s%s in %s; %s since %s (on track: %s)\n", in.Name, latest.Value, unit(in.Unit), latest.Period, p.Trend, series[0].Period, p.OnTrack)
		}
		fmt.Fprintln(w)
	}
	js := missions.OfstedJudgements()
	for _, on := range []stablehomes.Date{stablehomes.MustDate(2025, 3, 31), stablehomes.MustDate(2026, 3, 31), stablehomes.MustDate(2026, 6, 1)} {
		share, met, err := js.InadequateShare(on)
		if errors.Is(err, missions.ErrNoOverallGrade) {
			fmt.Fprintf(w, "Ofsted: no share judged inadequate as at %s: ILACS inspections from %s have no overall grade\n", on, missions.OverallGradeEnded)
			continue
		} else if errors.Is(err, missions.ErrNotHeld) {
			fmt.Fprintf(w, "Ofsted: as at %s: the outcomes held are complete as at %s only\n", on, js.CompleteAsAt())
			continue
		} else if err != nil {
			fmt.Fprintf(w, "Ofsted: as at %s: %v\n", on, err)
			continue
		}
		verdict := "not below the 10% aim"
		if met {
			verdict = "below the 10% aim"
		}
		fmt.Fprintf(w, "Ofsted: %d of %d authorities judged inadequate as at %s, reports published by %s (%s%%), %s\n", share.Numerator, share.Denominator, on, missions.ShareCutOff(on), share.Value, verdict)
	}
	return 0
}

func unit(u missions.Unit) string {
	switch u {
	case missions.Percent:
		return "%"
	case missions.RatePer10000:
		return " per 10,000"
	}
	return ""
}
