package ssda903

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/stablehomes/stablehomes"
)

// LoadOptions tune LoadDir.
type LoadOptions struct {
	ReadOptions
	// Metadata to attach to the return (LocalAuthority for PL_LOCATION,
	// Providers for the URN rules).
	Metadata Metadata
	// Postcodes, when set, derives PL_DISTANCE/PL_LA/PL_LOCATION.
	Postcodes PostcodeLookup
}

// FileReport is one file's outcome.
type FileReport struct {
	File   string
	Table  TableID
	Counts Counts
	// HeaderErr is set when the header did not match (all rows rejected).
	HeaderErr error
}

// LoadReport accounts for every row of every file read.
type LoadReport struct {
	Files    []FileReport
	Rejected []RowError
	// Ignored lists files that are not CSV or name no known table.
	Ignored []string
	Totals  Counts
}

// LoadDir reads every *.csv file in dir of fsys into a Return for year. A
// file's table is found from its name ("episodes.csv", "Header_last.csv",
// "placed_adoption.csv"; case and underscores ignored; "_last" for last
// year's return), or failing that from its header (the one table whose
// required columns it has exactly). Two files for one table is an error.
//
// LoadDir stops promptly when ctx is cancelled and returns an error wrapping
// ctx.Err().
func LoadDir(ctx context.Context, fsys fs.FS, dir string, year stablehomes.FinancialYear, opts LoadOptions) (*Return, *LoadReport, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, nil, err
	}
	ret := &Return{Year: year, Metadata: opts.Metadata}
	rep := &LoadReport{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.EqualFold(path.Ext(name), ".csv") {
			if !e.IsDir() {
				rep.Ignored = append(rep.Ignored, name)
			}
			continue
		}
		file := path.Join(dir, name)
		id, ok := tableFromName(strings.TrimSuffix(name, path.Ext(name)))
		if !ok {
			id, ok = tableFromHeader(fsys, file, year)
		}
		if !ok {
			rep.Ignored = append(rep.Ignored, name)
			continue
		}
		if ret.Has(id) {
			return nil, rep, fmt.Errorf("ssda903: two files for table %s (%s)", id, name)
		}
		f, err := fsys.Open(file)
		if err != nil {
			return nil, rep, err
		}
		// Columns(id, year) already uses last year's specification for a
		// _last table.
		t, res, err := ReadTable(ctx, f, file, id, year, opts.ReadOptions)
		f.Close()
		if err != nil {
			return nil, rep, err
		}
		rep.Files = append(rep.Files, FileReport{File: file, Table: id, Counts: res.Counts, HeaderErr: res.HeaderErr})
		rep.Rejected = append(rep.Rejected, res.Rejected...)
		rep.Totals = rep.Totals.Add(res.Counts)
		ret.SetTable(t)
	}
	ret.DeriveUASC()
	ret.DeriveLocation(opts.Postcodes)
	return ret, rep, nil
}

func tableFromName(stem string) (TableID, bool) {
	s := strings.ToLower(stem)
	last := false
	for _, suf := range []string{"_last", "-last", " last", "last"} {
		if k, ok := strings.CutSuffix(s, suf); ok {
			s, last = k, true
			break
		}
	}
	s = strings.NewReplacer("_", "", "-", "", " ", "").Replace(s)
	for i, n := range tableNames {
		if strings.ToLower(n) == s {
			if last {
				return TableID(i).Last(), true
			}
			return TableID(i), true
		}
	}
	return 0, false
}

func tableFromHeader(fsys fs.FS, file string, year stablehomes.FinancialYear) (TableID, bool) {
	f, err := fsys.Open(file)
	if err != nil {
		return 0, false
	}
	defer f.Close()
	r := NewReader(f, file, Header, year, ReadOptions{})
	cols := r.Columns()
	for i := range numCurrent {
		req, opt, ok := Columns(TableID(i), year)
		if !ok {
			continue
		}
		match := true
		for _, c := range req {
			if !slices.Contains(cols, c) {
				match = false
			}
		}
		for _, c := range cols {
			if !slices.Contains(req, c) && !slices.Contains(opt, c) {
				match = false
			}
		}
		if match {
			return TableID(i), true
		}
	}
	return 0, false
}
