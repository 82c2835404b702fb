package main

import (
	"context"
	"embed"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/missions/dashboard"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

//go:embed return/*.csv
var embedded embed.FS

func main() { os.Exit(run(os.Stdout, os.Stderr, os.Args[1:])) }

func run(stdout, stderr io.Writer, args []string) int {
	flags := flag.NewFlagSet("dashboard", flag.ContinueOnError)
	flags.SetOutput(stderr)
	yearText := flags.String("year", "2024-25", "collection year of the return, e.g. 2024-25")
	la := flags.String("la", "", "responsible authority (DfE or GSS code), for location-based rules")
	asJSON := flags.Bool("json", false, "write the measurements as JSON instead of the dashboard")
	maxRows := flags.Int("rows", 5, "failing rows to show per rule")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	year, err := stablehomes.ParseFinancialYear(*yearText)
	if err != nil {
		fmt.Fprintln(stderr, "dashboard: -year:", err)
		return 2
	}
	var fsys fs.FS
	dir, label := "return", "the embedded synthetic return (made-up children)"
	switch flags.NArg() {
	case 0:
		fsys = embedded
		if *la == "" {
			*la = "E09000018" // the generator's responsible authority
		}
	case 1:
		fsys, dir, label = os.DirFS(flags.Arg(0)), ".", flags.Arg(0)
	default:
		fmt.Fprintln(stderr, "usage: dashboard [-year 2024-25] [-la CODE] [-json] [DIR]")
		return 2
	}
	opts := ssda903.LoadOptions{}
	if *la != "" {
		authority, err := stablehomes.LookupLA(*la)
		if err != nil {
			fmt.Fprintln(stderr, "dashboard: -la:", err)
			return 2
		}
		opts.Metadata.LocalAuthority = authority.GSSCode
	}
	ctx := context.Background()
	ret, load, err := ssda903.LoadDir(ctx, fsys, dir, year, opts)
	if err != nil {
		fmt.Fprintln(stderr, "dashboard:", err)
		return 2
	}
	computed, err := dashboard.Compute(ctx, ret, dashboard.Options{})
	if err != nil {
		fmt.Fprintln(stderr, "dashboard:", err)
		return 2
	}
	counts, excluded := computed.Counts, computed.Excluded
	report, err := ssda903.Validate(ctx, ret, year)
	if err != nil {
		fmt.Fprintln(stderr, "dashboard:", err)
		return 2
	}
	if *asJSON {
		return writeJSON(stdout, stderr, ret, counts)
	}
	printLoad(stdout, label, year, load)
	printIndicators(stdout, ret, counts, excluded)
	printValidation(stdout, report, *maxRows)
	return 0
}

func printLoad(w io.Writer, label string, year stablehomes.FinancialYear, load *ssda903.LoadReport) {
	fmt.Fprintf(w, "SSDA903 return: %s, collection year %s\n", label, year)
	files := append([]ssda903.FileReport(nil), load.Files...)
	sort.Slice(files, func(i, j int) bool { return files[i].File < files[j].File })
	for _, f := range files {
		if f.Conflict {
			fmt.Fprintf(w, "  %-20s %-10s not loaded: another file in the folder is for the same table\n", f.File, f.Table)
			continue
		}
		line := fmt.Sprintf("  %-20s %-10s read %6d, accepted %6d, rejected %d", f.File, f.Table, f.Counts.Read, f.Counts.Accepted, f.Counts.Rejected)
		if f.Counts.Blank > 0 {
			line += fmt.Sprintf(", blank lines %d", f.Counts.Blank)
		}
		if f.HeaderErr != nil {
			line += " (" + f.HeaderErr.Error() + ")"
		}
		fmt.Fprintln(w, line)
	}
	for _, ig := range load.Ignored {
		fmt.Fprintf(w, "  %-20s ignored: %s\n", ig.File, ig.Reason)
	}
	t := load.Totals
	fmt.Fprintf(w, "  rows: read %d, accepted %d, rejected %d\n", t.Read, t.Accepted, t.Rejected)
	for _, r := range load.Rejected {
		fmt.Fprintf(w, "  rejected %s: %s\n", r.Pos, r.Reason)
	}
}

func printIndicators(w io.Writer, ret *ssda903.Return, counts []dashboard.Count, excluded []dashboard.Excluded) {
	fmt.Fprintln(w)
	dashboard.WriteText(w, dashboard.Measurements(area(ret), ret.Year, counts))
	if len(excluded) > 0 {
		fmt.Fprintf(w, "  %d rows could not be used by the indicators:\n", len(excluded))
		for _, e := range excluded {
			fmt.Fprintf(w, "    %s %s: %s\n", e.Table, e.Pos, e.Reason)
		}
	}
}

func printValidation(w io.Writer, report ssda903.Report, maxRows int) {
	fmt.Fprintln(w)
	fmt.Fprintf(w, "== DfE validation rules, collection year %s ==\n", report.Year)
	failed, skipped := report.Failed(), report.Skipped()
	rows := 0
	for _, r := range failed {
		rows += len(r.Failures)
	}
	fmt.Fprintf(w, "%d rules: %d passed, %d with failures (%d rows), %d skipped\n",
		len(report.Results), len(report.Results)-len(failed)-len(skipped), len(failed), rows, len(skipped))
	for _, r := range failed {
		fmt.Fprintf(w, "  rule %-8s %5d rows  %s\n", r.Rule.Code, len(r.Failures), r.Rule.Message)
		for i, f := range r.Failures {
			if i == maxRows {
				fmt.Fprintf(w, "      … and %d more\n", len(r.Failures)-maxRows)
				break
			}
			fmt.Fprintf(w, "      %s row %d (%s)\n", f.Table, f.Row, f.Pos)
		}
	}
	reasons := map[string]int{}
	for _, r := range skipped {
		reasons[r.Skipped]++
	}
	keys := make([]string, 0, len(reasons))
	for k := range reasons {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "  skipped %3d rules: %s\n", reasons[k], k)
	}
}
