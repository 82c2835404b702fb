// Package report is the SSDA903 return report that examples/dashboard
// writes with -html and examples/web shows in the browser: one
// html/template rendering for both, so the page computed in WebAssembly is
// the same page the command line writes.
package report

import (
	"sort"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/missions/dashboard"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// Result is everything a report shows about one return.
type Result struct {
	Label    string // the folder or files as the user gave them
	By       string // the program that wrote the page, e.g. "examples/dashboard -html"
	Year     stablehomes.FinancialYear
	Area     string // the responsible authority's GSS code, or a placeholder
	Return   *ssda903.Return
	Load     *ssda903.LoadReport
	Computed dashboard.Report
	Report   ssda903.Report
}

// CollectionYears are the collection years the library holds rules and
// code lists for: from the first year any rule applies to the last year a
// rule was added.
func CollectionYears() []stablehomes.FinancialYear {
	var first, last stablehomes.FinancialYear
	for _, r := range ssda903.AllRules() {
		if first.IsZero() || r.From.Compare(first) < 0 {
			first = r.From
		}
		if last.IsZero() || r.From.Compare(last) > 0 {
			last = r.From
		}
	}
	var out []stablehomes.FinancialYear
	for y := first; y.Compare(last) <= 0; y = y.Next() {
		out = append(out, y)
	}
	return out
}

// YearNames are CollectionYears as text ("2024-25").
func YearNames() []string {
	var out []string
	for _, y := range CollectionYears() {
		out = append(out, y.String())
	}
	return out
}

// Held reports whether y is one of CollectionYears.
func Held(y stablehomes.FinancialYear) bool {
	for _, h := range CollectionYears() {
		if h == y {
			return true
		}
	}
	return false
}

// SortedFiles are the load report's files by name.
func SortedFiles(load *ssda903.LoadReport) []ssda903.FileReport {
	files := append([]ssda903.FileReport(nil), load.Files...)
	sort.Slice(files, func(i, j int) bool { return files[i].File < files[j].File })
	return files
}

// Skip is one reason rules were skipped, with how many.
type Skip struct {
	Reason string
	N      int
}

// SkipReasons groups skipped rules by their reason, sorted by reason.
func SkipReasons(skipped []ssda903.Result) []Skip {
	reasons := map[string]int{}
	for _, r := range skipped {
		reasons[r.Skipped]++
	}
	out := make([]Skip, 0, len(reasons))
	for k, n := range reasons {
		out = append(out, Skip{k, n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Reason < out[j].Reason })
	return out
}

// OutsideYear counts the Episodes rows that cannot belong to the
// collection year's return, of the rows with a readable start date: those
// that start after the year ends or end before it starts. A return for the
// year has none (rules 354 and 385 report the few a return may have); a
// majority means the year asked for is not the return's year.
func OutsideYear(ret *ssda903.Return) (out, rows int) {
	t := ret.Table(ssda903.Episodes)
	if t == nil {
		return 0, 0
	}
	start, end := ret.Start(), ret.End()
	decom, dec := t.Column("DECOM"), t.Column("DEC")
	for i := 0; i < t.Len(); i++ {
		s, ok := decom.Cell(i).DateOK()
		if !ok {
			continue
		}
		rows++
		e, ended := dec.Cell(i).DateOK()
		if s.After(end) || ended && e.Before(start) {
			out++
		}
	}
	return out, rows
}
