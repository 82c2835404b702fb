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

// FileReport is one file's outcome: which table it became and why.
type FileReport struct {
	File  string
	Table TableID
	// How says why the file became Table: "file name", "header columns", or
	// for an XML return "XML elements" (one report per table).
	How    string
	Counts Counts
	// HeaderErr is set when the header did not match (all rows rejected).
	HeaderErr error
	// Conflict is set when another file in the folder is also for Table:
	// neither was loaded (which one the authority meant cannot be told), both
	// are listed, and every other table still loads.
	Conflict bool
}

// IgnoredFile is a file LoadDir did not read, and why.
type IgnoredFile struct {
	File   string
	Reason string
}

// LoadReport accounts for every row of every file read.
type LoadReport struct {
	Files    []FileReport
	Rejected []RowError
	// Ignored lists files that are not CSV or name no known table.
	Ignored []IgnoredFile
	// Elements lists, for an XML return, the elements not in the layout
	// (skipped) with their lines.
	Elements []ElementError
	Totals   Counts
}

// Conflicts lists the files left out because another file was for the same
// table.
func (r *LoadReport) Conflicts() []FileReport {
	var out []FileReport
	for _, f := range r.Files {
		if f.Conflict {
			out = append(out, f)
		}
	}
	return out
}

// LoadDir reads every *.csv file in dir of fsys into a Return for year. A
// file's table is found from its name ("episodes.csv", "Header_last.csv",
// "placed_adoption.csv"; case and underscores ignored; "_last" for last
// year's return), or failing that from its header (the one table whose
// required columns it has exactly). Two files for one table are both
// reported as a conflict and neither is loaded; every other table loads. A
// folder holds CSV files or one XML file (ReadXML); a mix, or two XML files,
// is an error.
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
	var csvs, xmls []string
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir():
		case strings.EqualFold(path.Ext(name), ".csv"):
			csvs = append(csvs, name)
		case strings.EqualFold(path.Ext(name), ".xml"):
			xmls = append(xmls, name)
		default:
			rep.Ignored = append(rep.Ignored, IgnoredFile{name, "not a .csv or .xml file"})
		}
	}
	if len(xmls) > 0 && len(csvs) > 0 {
		return nil, rep, fmt.Errorf("ssda903: folder %s holds both CSV files (%d) and XML files (%d): a return is one or the other", dir, len(csvs), len(xmls))
	}
	if len(xmls) > 1 {
		return nil, rep, fmt.Errorf("ssda903: folder %s holds %d XML files: an XML return is one file", dir, len(xmls))
	}
	if len(xmls) == 1 {
		if err := loadXMLFile(ctx, fsys, path.Join(dir, xmls[0]), ret, rep, opts); err != nil {
			return nil, rep, err
		}
		ret.DeriveLocation(opts.Postcodes)
		return ret, rep, nil
	}
	type pick struct {
		file, how string
	}
	var order []TableID
	picks := map[TableID][]pick{}
	for _, name := range csvs {
		file := path.Join(dir, name)
		how := "file name"
		id, ok := tableFromName(strings.TrimSuffix(name, path.Ext(name)))
		if !ok {
			how = "header columns"
			id, ok = tableFromHeader(fsys, file, year)
		}
		if !ok {
			rep.Ignored = append(rep.Ignored, IgnoredFile{name, "neither its name nor its header columns name an SSDA903 table"})
			continue
		}
		if picks[id] == nil {
			order = append(order, id)
		}
		picks[id] = append(picks[id], pick{file, how})
	}
	for _, id := range order {
		ps := picks[id]
		if len(ps) > 1 {
			for _, p := range ps {
				rep.Files = append(rep.Files, FileReport{File: p.file, Table: id, How: p.how, Conflict: true})
			}
			continue
		}
		f, err := fsys.Open(ps[0].file)
		if err != nil {
			return nil, rep, err
		}
		// Columns(id, year) already uses last year's specification for a
		// _last table.
		t, res, err := ReadTable(ctx, f, ps[0].file, id, year, opts.ReadOptions)
		f.Close()
		if err != nil {
			return nil, rep, err
		}
		rep.Files = append(rep.Files, FileReport{File: ps[0].file, Table: id, How: ps[0].how, Counts: res.Counts, HeaderErr: res.HeaderErr})
		rep.Rejected = append(rep.Rejected, res.Rejected...)
		rep.Totals = rep.Totals.Add(res.Counts)
		ret.SetTable(t)
	}
	if err := ctx.Err(); err != nil {
		return nil, rep, fmt.Errorf("ssda903: loading stopped: %w", err)
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
