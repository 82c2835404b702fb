package report

import (
	_ "embed"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/cli"
	"github.com/stablehomes/stablehomes/missions"
	"github.com/stablehomes/stablehomes/missions/dashboard"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// The report page: one file, its style inline, its charts inline SVG, no
// script and no request to anywhere (examples/dashboard's tests check the
// output for any external reference).
//
//go:embed report.html.tmpl
var pageText string

var pageTemplate = template.Must(template.New("report").Funcs(template.FuncMap{"count": func(n int) string { return cli.Count(n) }}).Parse(pageText))

type page struct {
	Label, By, Year, Area, AreaName, Period string
	Verdicts                                string
	Missions                                []missionView
	NotComputed                             []rowView // indicator name, why
	Load                                    loadView
	Rules                                   rulesView
}

type missionView struct {
	Number     int
	Wording    string
	Indicators []indicatorView
}

type indicatorView struct {
	Name, ID               string
	Value                  string // e.g. "11.8"
	Numerator, Denominator string
	Period                 string
	Source                 string // of the authority's figure
	Definition             string // the indicator's source document
	England, EnglandPeriod string // "" when no national figure is held
	EnglandSource, Verdict string
	Region                 string // why there is no regional bar
	Bars                   []bar
	H                      int // the chart's height
}

// bar is one horizontal bar of a chart, its width in percent of the scale.
type bar struct {
	Label, Value, Class string
	Full                string // the whole label, when Label is shortened
	Y, TextY            int
	W                   string // the bar's length on the chart's 300-unit scale
}

type loadView struct {
	Files                    []fileView
	Ignored                  []string
	Read, Accepted, Rejected string
	RejectedRows             []rowView
	Excluded                 []rowView
}

type fileView struct {
	File, Table, Read, Accepted, Rejected, Problem string
}

type rowView struct{ Where, Reason string }

type rulesView struct {
	Total, Passed, Failed, FailedRows, Skipped string
	Failing                                    []ruleView
	SkipReasons                                []Skip
}

type ruleView struct {
	Code, Message, Count string
	Rows                 []string // "Episodes row 80 (return/Episodes.csv:82)"
}

// WriteHTML writes r as one self-contained HTML page: the authority's
// indicators by mission as inline-SVG charts against England, the
// validation summary with every failing rule and its rows (file and line,
// never a cell's content), and the load accounting. It needs no script and
// makes no request.
func WriteHTML(w io.Writer, r Result) error {
	return pageTemplate.Execute(w, buildPage(r))
}

func buildPage(r Result) page {
	p := page{Label: r.Label, By: r.By, Year: r.Year.String(), Area: r.Area, AreaName: r.Area, Verdicts: dashboard.VerdictsDefined,
		Period: r.Year.Start().String() + " to " + r.Year.End().String()}
	if la, err := stablehomes.LookupLA(r.Area); err == nil {
		p.AreaName = la.Name
	}
	ms := dashboard.Measurements(r.Area, r.Year, r.Computed.Counts)
	for _, m := range missions.All() {
		mv := missionView{Number: m.Number, Wording: m.Wording}
		for _, in := range m.Indicators() {
			for _, x := range ms {
				if x.Indicator != in.ID {
					continue
				}
				mv.Indicators = append(mv.Indicators, indicatorOf(in, x, p.AreaName))
			}
		}
		if len(mv.Indicators) > 0 {
			p.Missions = append(p.Missions, mv)
		}
	}

	for _, n := range r.Computed.NotComputed {
		name := string(n.Indicator)
		if in, ok := missions.IndicatorByID(name); ok {
			name = in.Name
		}
		p.NotComputed = append(p.NotComputed, rowView{name, n.Reason})
	}

	load := r.Load
	t := load.Totals
	p.Load = loadView{Ignored: ignoredList(load.Ignored), Read: cli.Count(t.Read), Accepted: cli.Count(t.Accepted), Rejected: cli.Count(t.Rejected)}
	for _, f := range SortedFiles(load) {
		fv := fileView{File: f.File, Table: f.Table.String(), Read: cli.Count(f.Counts.Read), Accepted: cli.Count(f.Counts.Accepted), Rejected: cli.Count(f.Counts.Rejected)}
		if f.HeaderErr != nil {
			fv.Problem = f.HeaderErr.Error()
		}
		p.Load.Files = append(p.Load.Files, fv)
	}
	for _, rj := range load.Rejected {
		p.Load.RejectedRows = append(p.Load.RejectedRows, rowView{rj.Pos.String(), rj.Reason})
	}
	for _, e := range r.Computed.Excluded {
		p.Load.Excluded = append(p.Load.Excluded, rowView{e.Table + " " + e.Pos.String(), e.Reason})
	}

	rep := r.Report
	failed, skipped := rep.Failed(), rep.Skipped()
	rows := 0
	for _, res := range failed {
		rows += len(res.Failures)
		rv := ruleView{Code: res.Rule.Code, Message: res.Rule.Message, Count: cli.Count(len(res.Failures))}
		for _, f := range res.Failures {
			rv.Rows = append(rv.Rows, f.Table.String()+" row "+cli.Count(f.Row)+" ("+f.Pos.String()+")")
		}
		p.Rules.Failing = append(p.Rules.Failing, rv)
	}
	p.Rules.Total = cli.Count(len(rep.Results))
	p.Rules.Passed = cli.Count(len(rep.Results) - len(failed) - len(skipped))
	p.Rules.Failed = cli.Count(len(failed))
	p.Rules.FailedRows = cli.Count(rows)
	p.Rules.Skipped = cli.Count(len(skipped))
	p.Rules.SkipReasons = SkipReasons(skipped)
	return p
}

func indicatorOf(in missions.Indicator, x missions.Measurement, areaName string) indicatorView {
	v := indicatorView{Name: in.Name, ID: in.ID, Value: x.Value.String(),
		Numerator: cli.Count(x.Numerator), Denominator: cli.Count(x.Denominator),
		Period: x.Period, Source: x.Source, Definition: in.Source.String(),
		Region: "no regional figure is held by the library for this indicator"}
	label, full := chartLabel(areaName)
	v.Bars = append(v.Bars, bar{Label: label, Full: full, Value: v.Value + "%", Class: "la", W: scaled(x.Value)})
	if n, ok := in.Latest(); ok {
		v.England, v.EnglandPeriod, v.EnglandSource = n.Value.String(), n.Period, n.Source
		v.Verdict = missions.Compare(in, x.Value, n.Value, missions.DefaultThreshold)
		v.Bars = append(v.Bars, bar{Label: "England", Value: v.England + "%", Class: "eng", W: scaled(n.Value)})
	}
	v.H = 8 + 26*len(v.Bars)
	for i := range v.Bars {
		v.Bars[i].Y = 4 + 26*i
		v.Bars[i].TextY = 20 + 26*i
	}
	return v
}

// chartLabelRunes is as much of a bar's label as fits the chart's 200-unit
// label column at 13 units a character's height (about 7 units wide).
const chartLabelRunes = 27

// chartLabel shortens an area's name to fit beside its bar, with an
// ellipsis; full is the whole name when it was shortened ("" otherwise),
// for the label's tooltip. The report's heading always gives the whole name.
func chartLabel(name string) (label, full string) {
	r := []rune(name)
	if len(r) <= chartLabelRunes {
		return name, ""
	}
	return strings.TrimRight(string(r[:chartLabelRunes-1]), " ,") + "…", name
}

// scaled is a percentage as a length on the chart's 0-100% scale of 300
// units, clamped to the scale.
func scaled(v missions.Value) string {
	f, err := strconv.ParseFloat(v.String(), 64)
	if err != nil || f < 0 {
		f = 0
	}
	if f > 100 {
		f = 100
	}
	return strconv.FormatFloat(f*3, 'f', 1, 64)
}

// ignoredList names each file the loader left out, with why.
func ignoredList(ig []ssda903.IgnoredFile) []string {
	out := make([]string, len(ig))
	for i, f := range ig {
		out[i] = f.File + ": " + f.Reason
	}
	return out
}
