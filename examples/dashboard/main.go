package main

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/cli"
	"github.com/stablehomes/stablehomes/internal/report"
	"github.com/stablehomes/stablehomes/missions"
	"github.com/stablehomes/stablehomes/missions/dashboard"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

//go:embed return/*.csv
var embedded embed.FS

func main() { os.Exit(run(os.Stdout, os.Stderr, os.Args[1:])) }

// result is everything the three outputs (text, JSON, HTML) show.
type result struct {
	label    string // the folder as the user gave it, or the embedded return
	year     stablehomes.FinancialYear
	area     string
	ret      *ssda903.Return
	load     *ssda903.LoadReport
	computed dashboard.Report
	report   ssda903.Report
}

func run(stdout, stderr io.Writer, args []string) int {
	c := cli.New("dashboard", "[-year 2024-25] [-la CODE] [-json | -html FILE] [-rows N] [-q] [DIR]", stderr,
		"Reads an SSDA903 children looked after return, checks it against DfE's validation rules for its",
		"collection year, and prints the reform's indicators computed from it beside England's latest figures.")
	c.Args(cli.Arg{Name: "DIR", Help: "folder holding the return's CSV files (Header.csv, Episodes.csv, OC2.csv, ...; a file's table is\n    \tfound from its name or its header); default: the embedded synthetic return (made-up children)"})
	c.Exits("the return was read, no row was rejected and no validation rule failed",
		"rows were rejected or validation rules failed (the report lists them)")
	f := c.Flags
	yearText := f.String("year", "2024-25", "collection year of the return (April to March), one of "+cli.Span(report.YearNames()))
	la := f.String("la", "", "responsible authority (DfE or GSS code), for the location rules; default for the embedded return: E09000018")
	asJSON := f.Bool("json", false, "write the indicators as a JSON array of measurements instead of the text report")
	htmlFile := f.String("html", "", "also write the report as one self-contained HTML `FILE` (charts against England; no external requests)")
	maxRows := f.Int("rows", 5, "failing rows to list per rule in the text report (the HTML lists every row)")
	quiet := f.Bool("q", false, "no progress on standard error")
	postcodesFile := f.String("postcodes", "", "ONS Postcode Directory CSV `FILE` (pcd, oseast1m, osnrth1m, utla columns; the full national file works):\n    \tderives PL_DISTANCE, PL_LA and PL_LOCATION, and the providers' authorities for rule 229")
	providerFiles := f.String("providers", "", "Ofsted provider list `FILES`, comma-separated (the combined list .xlsx or .csv, or the Children's\n    \tHomes list and the Social Care Providers list .xlsx): the URN rules run against them instead of being skipped")
	if code, done := c.Parse(args); done {
		return code
	}
	if *asJSON && *htmlFile != "" {
		return c.Usagef("give -json or -html, not both")
	}
	if *maxRows < 0 {
		return c.Usagef("-rows must be 0 or more")
	}
	year, err := stablehomes.ParseFinancialYear(*yearText)
	if err != nil {
		return c.Usagef("-year %q: %v", *yearText, err)
	}
	if !report.Held(year) {
		return c.YearNotHeld("-year", "collection year", year.String(), report.YearNames())
	}
	var fsys fs.FS
	r := result{year: year, label: "the embedded synthetic return (made-up children)"}
	dir := "return"
	switch f.NArg() {
	case 0:
		fsys = embedded
		if *la == "" {
			*la = "E09000018" // the generator's responsible authority
		}
	case 1:
		r.label = f.Arg(0)
		fi, err := os.Stat(r.label)
		if err != nil {
			return c.ReadError(r.label, err)
		}
		if !fi.IsDir() {
			return c.Errorf("%s: not a folder: give the folder that holds the return's CSV files", r.label)
		}
		fsys, dir = os.DirFS(r.label), "."
	default:
		return c.Usagef("takes at most one folder (got %d)", f.NArg())
	}
	opts := ssda903.LoadOptions{}
	r.area = "unknown-authority"
	if *la != "" {
		authority, err := stablehomes.LookupLA(*la)
		if err != nil {
			return c.Usagef("-la: %v", err)
		}
		opts.Metadata.LocalAuthority = authority.GSSCode
		r.area = authority.GSSCode
	}
	ctx := context.Background()
	if *postcodesFile != "" {
		pf, err := os.Open(*postcodesFile)
		if err != nil {
			return c.ReadError(*postcodesFile, err)
		}
		pcs, err := ssda903.ReadPostcodes(ctx, pf, ssda903.PostcodeOptions{On: year.End()})
		pf.Close()
		if err != nil {
			return c.Errorf("%s: %v", *postcodesFile, err)
		}
		opts.Postcodes = pcs
	}
	if *providerFiles != "" {
		var lookup ssda903.PostcodeLookup
		if opts.Postcodes != nil {
			lookup = opts.Postcodes
		}
		names := strings.Split(*providerFiles, ",")
		tbl, _, err := ssda903.ReadProviders(ctx, cli.OSFS{}, names, ssda903.ProviderOptions{Postcodes: lookup})
		if err != nil {
			return c.Errorf("-providers: %v", err)
		}
		opts.Metadata.Providers = tbl
	}

	progress := cli.NewProgress(stderr, *quiet)
	defer progress.Done()
	lines := map[string]int64{}
	counted := cli.CountingFS{FS: fsys, OnRead: func(name string, n int64) {
		lines[name] = n
		progress.Printf("reading %s: %s rows", display(r.label, dir, name), cli.Count(n))
	}}
	r.ret, r.load, err = ssda903.LoadDir(ctx, counted, dir, year, opts)
	if err != nil {
		return c.Errorf("%s: %s", r.label, loadReason(err, dir))
	}
	if code, bad := refuse(c, r); bad {
		return code
	}
	progress.Printf("computing the indicators")
	if r.computed, err = dashboard.Compute(ctx, r.ret, dashboard.Options{}); err != nil {
		return c.Errorf("%v", err)
	}
	r.report, err = ssda903.ValidateWith(ctx, r.ret, year, ssda903.ValidateOptions{Progress: func(done, total int) {
		progress.Printf("validation rules run: %s of %s", cli.Count(done), cli.Count(total))
	}})
	if err != nil {
		return c.Errorf("%v", err)
	}
	progress.Done()

	code := cli.ExitOK
	if r.load.Totals.Rejected > 0 || len(r.report.Failed()) > 0 {
		code = cli.ExitFindings
	}
	if *asJSON {
		ms := dashboard.Measurements(r.area, year, r.computed.Counts)
		if ms == nil {
			ms = []missions.Measurement{} // an empty array, never null
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(ms); err != nil {
			return c.Errorf("writing JSON: %v", err)
		}
		return code
	}
	printLoad(stdout, r)
	printIndicators(stdout, r)
	printValidation(stdout, r.report, *maxRows)
	if *htmlFile != "" {
		if err := writeHTMLFile(*htmlFile, r); err != nil {
			return c.Errorf("%s: cannot write: %s", *htmlFile, cli.Reason(err))
		}
	}
	return code
}

// display names a file as the user would: inside the folder they gave.
func display(label, dir, name string) string {
	if dir == "." {
		return strings.TrimSuffix(label, "/") + "/" + name
	}
	return name
}

// loadReason is a load error without the fs.FS's own path for the folder.
func loadReason(err error, dir string) string {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == dir {
		return "cannot read: " + cli.Reason(err)
	}
	return err.Error()
}

// refuse turns a load that judged nothing into an input error: no
// recognised table, every row rejected, or rows that are not of the
// collection year asked for.
func refuse(c *cli.Command, r result) (int, bool) {
	load := r.load
	if len(load.Files) == 0 {
		what := "the folder is empty"
		if n := len(load.Ignored); n > 0 {
			what = fmt.Sprintf("%s file(s) ignored: %s", cli.Count(n), ignoredNames(load.Ignored))
		}
		return c.Errorf("%s: no SSDA903 table found (%s); name each CSV file for its table (Header.csv, Episodes.csv, ...) or give it the table's header", r.label, what), true
	}
	if load.Totals.Accepted == 0 {
		code := c.Errorf("%s: no row could be read: every one of %s rows was rejected", r.label, cli.Count(load.Totals.Read))
		for _, f := range report.SortedFiles(load) {
			if f.HeaderErr != nil {
				fmt.Fprintf(c.Stderr, "  %s\n", f.HeaderErr)
			}
		}
		return code, true
	}
	if out, rows := report.OutsideYear(r.ret); rows > 0 && 2*out > rows {
		return c.Errorf("%s: %s of its %s episodes lie outside collection year %s (%s to %s): they start after it or end before it; give the return's own year with -year",
			r.label, cli.Count(out), cli.Count(rows), r.year, r.year.Start(), r.year.End()), true
	}
	return 0, false
}

func printLoad(w io.Writer, r result) {
	load := r.load
	fmt.Fprintf(w, "SSDA903 return: %s, collection year %s\n", r.label, r.year)
	for _, f := range report.SortedFiles(load) {
		if f.Conflict {
			fmt.Fprintf(w, "  %-20s %-10s not loaded: another file in the folder is for the same table\n", f.File, f.Table)
			continue
		}
		line := fmt.Sprintf("  %-20s %-10s read %7s, accepted %7s, rejected %s", f.File, f.Table, cli.Count(f.Counts.Read), cli.Count(f.Counts.Accepted), cli.Count(f.Counts.Rejected))
		if f.Counts.Blank > 0 {
			line += ", blank lines " + cli.Count(f.Counts.Blank)
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
	fmt.Fprintf(w, "  rows: read %s, accepted %s, rejected %s\n", cli.Count(t.Read), cli.Count(t.Accepted), cli.Count(t.Rejected))
	for _, rj := range load.Rejected {
		fmt.Fprintf(w, "  rejected %s: %s\n", rj.Pos, rj.Reason)
	}
}

func printIndicators(w io.Writer, r result) {
	fmt.Fprintln(w)
	dashboard.WriteText(w, dashboard.Measurements(r.area, r.year, r.computed.Counts))
	if not := r.computed.NotComputed; len(not) > 0 {
		fmt.Fprintf(w, "  %s indicators not computed (no figure is shown for them):\n", cli.Count(len(not)))
		for _, n := range not {
			name := string(n.Indicator)
			if in, ok := missions.IndicatorByID(name); ok {
				name = in.Name
			}
			fmt.Fprintf(w, "    %s: %s\n", name, n.Reason)
		}
	}
	if ex := r.computed.Excluded; len(ex) > 0 {
		fmt.Fprintf(w, "  %s rows could not be used by the indicators:\n", cli.Count(len(ex)))
		for _, e := range ex {
			fmt.Fprintf(w, "    %s %s: %s\n", e.Table, e.Pos, e.Reason)
		}
	}
}

func printValidation(w io.Writer, rep ssda903.Report, maxRows int) {
	fmt.Fprintln(w)
	fmt.Fprintf(w, "== DfE validation rules, collection year %s ==\n", rep.Year)
	failed, skipped := rep.Failed(), rep.Skipped()
	rows := 0
	for _, r := range failed {
		rows += len(r.Failures)
	}
	fmt.Fprintf(w, "%s rules: %s passed, %s with failures (%s rows), %s skipped (a rule is skipped when what it reads was not supplied)\n",
		cli.Count(len(rep.Results)), cli.Count(len(rep.Results)-len(failed)-len(skipped)), cli.Count(len(failed)), cli.Count(rows), cli.Count(len(skipped)))
	for _, r := range failed {
		fmt.Fprintf(w, "  rule %-8s %6s rows  %s\n", r.Rule.Code, cli.Count(len(r.Failures)), r.Rule.Message)
		for i, f := range r.Failures {
			if i == maxRows {
				fmt.Fprintf(w, "      … and %s more\n", cli.Count(len(r.Failures)-maxRows))
				break
			}
			fmt.Fprintf(w, "      %s row %s (%s)\n", f.Table, cli.Count(f.Row), f.Pos)
		}
	}
	for _, s := range report.SkipReasons(skipped) {
		fmt.Fprintf(w, "  skipped %3d rules: %s\n", s.N, s.Reason)
	}
}

// ignoredNames lists the files the loader left out, by name as given.
func ignoredNames(ig []ssda903.IgnoredFile) string {
	names := make([]string, len(ig))
	for i, f := range ig {
		names[i] = f.File
	}
	return strings.Join(names, ", ")
}
