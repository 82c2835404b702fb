// Package analyse is what the page of examples/web runs in the browser,
// compiled to WebAssembly: the files the analyst chose, held in memory,
// read with ssda903.LoadDir (CSV files, or one XML file), validated and
// turned into the dashboard's indicators, and rendered as the report page
// examples/dashboard writes with -html (internal/report). It builds for
// every platform, so its tests run without a browser.
package analyse

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"testing/fstest"
	"time"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/cli"
	"github.com/stablehomes/stablehomes/internal/report"
	"github.com/stablehomes/stablehomes/missions/dashboard"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// File is one file the analyst chose: its base name and its bytes.
type File struct {
	Name string
	Data []byte
}

// Request is what the page asks for.
type Request struct {
	Files []File
	Year  string // collection year, e.g. "2024-25"
	LA    string // responsible authority (DfE or GSS code); "" for none
}

// ErrInput marks an error in what the analyst gave: a year not held, no
// file, nothing readable. Its message names files, years and counts only.
var ErrInput = errors.New("input error")

func inputErrorf(format string, a ...any) error {
	return fmt.Errorf("%w: %s", ErrInput, fmt.Sprintf(format, a...))
}

// Outcome is the report and what it took.
type Outcome struct {
	HTML    []byte
	Result  report.Result
	Elapsed time.Duration // load, indicators and validation, not rendering
}

// Run reads, validates and renders the return held in req.Files. The
// report's label names the files, as the analyst chose them.
func Run(ctx context.Context, req Request) (Outcome, error) {
	year, err := stablehomes.ParseFinancialYear(req.Year)
	if err != nil {
		return Outcome{}, inputErrorf("collection year %q: %v", req.Year, err)
	}
	if !report.Held(year) {
		return Outcome{}, inputErrorf("no collection year %s is held; years held: %s", year, cli.Span(report.YearNames()))
	}
	if len(req.Files) == 0 {
		return Outcome{}, inputErrorf("no file chosen: choose the return's CSV files (Header.csv, Episodes.csv, ...) or its one XML file")
	}
	fsys := fstest.MapFS{}
	var names []string
	for _, f := range req.Files {
		name := path.Base(strings.ReplaceAll(f.Name, `\`, "/"))
		if !fs.ValidPath(name) || name == "." {
			return Outcome{}, inputErrorf("a file's name cannot be used; rename it (Header.csv, Episodes.csv, ...)")
		}
		if _, dup := fsys[name]; dup {
			return Outcome{}, inputErrorf("%s: chosen twice", name)
		}
		fsys[name] = &fstest.MapFile{Data: f.Data, Mode: 0o444}
		names = append(names, name)
	}
	r := report.Result{Year: year, Area: "unknown-authority", By: "examples/web (WebAssembly, in this browser; nothing uploaded)",
		Label: fmt.Sprintf("%s file(s) chosen in this browser: %s", cli.Count(len(names)), strings.Join(names, ", "))}
	opts := ssda903.LoadOptions{}
	if req.LA != "" {
		authority, err := stablehomes.LookupLA(req.LA)
		if err != nil {
			return Outcome{}, inputErrorf("authority: %v", err)
		}
		opts.Metadata.LocalAuthority = authority.GSSCode
		r.Area = authority.GSSCode
	}
	start := time.Now()
	if r.Return, r.Load, err = ssda903.LoadDir(ctx, fsys, ".", year, opts); err != nil {
		return Outcome{}, inputErrorf("%v", err)
	}
	if err := refuse(r); err != nil {
		return Outcome{}, err
	}
	if r.Computed, err = dashboard.Compute(ctx, r.Return, dashboard.Options{}); err != nil {
		return Outcome{}, err
	}
	if r.Report, err = ssda903.Validate(ctx, r.Return, year); err != nil {
		return Outcome{}, err
	}
	elapsed := time.Since(start)
	var b bytes.Buffer
	if err := report.WriteHTML(&b, r); err != nil {
		return Outcome{}, err
	}
	return Outcome{HTML: b.Bytes(), Result: r, Elapsed: elapsed}, nil
}

// refuse is examples/dashboard's refusal of a load that judged nothing: no
// recognised table, every row rejected, or rows not of the year asked for.
func refuse(r report.Result) error {
	load := r.Load
	if len(load.Files) == 0 {
		var ig []string
		for _, f := range load.Ignored {
			ig = append(ig, f.File)
		}
		return inputErrorf("no SSDA903 table found (%s file(s) ignored: %s); name each CSV file for its table (Header.csv, Episodes.csv, ...) or give it the table's header",
			cli.Count(len(ig)), strings.Join(ig, ", "))
	}
	if load.Totals.Accepted == 0 {
		msg := fmt.Sprintf("no row could be read: every one of %s rows was rejected", cli.Count(load.Totals.Read))
		for _, f := range report.SortedFiles(load) {
			if f.HeaderErr != nil {
				msg += "; " + f.HeaderErr.Error()
			}
		}
		return inputErrorf("%s", msg)
	}
	if out, rows := report.OutsideYear(r.Return); rows > 0 && 2*out > rows {
		return inputErrorf("%s of the %s episodes lie outside collection year %s (%s to %s): they start after it or end before it; choose the return's own year",
			cli.Count(out), cli.Count(rows), r.Year, r.Year.Start(), r.Year.End())
	}
	return nil
}
