package ssda903

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

const headerCSV = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"

// Two files for one table: both are reported, neither is loaded, and every
// other table still loads. The report says which file became which table and
// why.
func TestLoadDirTwoFilesForOneTable(t *testing.T) {
	fsys := fstest.MapFS{
		"r/Episodes.csv":        {Data: []byte(episodesHeader + "1,01/04/2024,S,C2,N1,U4,PR1,,,,A1 1AA,B1 1BB,\n")},
		"r/header.csv":          {Data: []byte(headerCSV + "1,1,01/01/2010,WBRI,UN1,,\n")},
		"r/Header_copy.csv":     {Data: []byte(headerCSV + "1,1,01/01/2010,WBRI,UN1,,\n")}, // found by its columns
		"r/PlacedAdoption.csv":  {Data: []byte("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n")},
		"r/placed_adoption.csv": {Data: []byte("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n")},
	}
	ret, rep, err := LoadDir(context.Background(), fsys, "r", fy2024, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ret.Table(Episodes) == nil || ret.Table(Episodes).Len() != 1 {
		t.Error("episodes not loaded")
	}
	if ret.Has(Header) || ret.Has(PlacedAdoption) {
		t.Error("a conflicting table was loaded")
	}
	got := map[string]string{}
	for _, f := range rep.Files {
		got[f.File] = f.Table.String() + "/" + f.How
		if f.Conflict != (f.Table != Episodes) {
			t.Errorf("%s conflict %v", f.File, f.Conflict)
		}
	}
	want := map[string]string{
		"r/Episodes.csv":        "Episodes/file name",
		"r/header.csv":          "Header/file name",
		"r/Header_copy.csv":     "Header/header columns",
		"r/PlacedAdoption.csv":  "PlacedAdoption/file name",
		"r/placed_adoption.csv": "PlacedAdoption/file name",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %q want %q", k, got[k], v)
		}
	}
	if len(rep.Conflicts()) != 4 || rep.Totals != (Counts{Read: 1, Accepted: 1}) {
		t.Errorf("report %+v", rep)
	}
}

// Blank lines are counted apart: not rows, not rejections.
func TestLoadDirBlankLines(t *testing.T) {
	in := "\n" + headerCSV + "1,1,01/01/2010,WBRI,UN1,,\n\n\r\n2,1,01/01/2011,WBRI,UN1,,\n\n"
	fsys := fstest.MapFS{"r/Header.csv": {Data: []byte(in)}}
	ret, rep, err := LoadDir(context.Background(), fsys, "r", fy2024, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Totals != (Counts{Read: 2, Accepted: 2, Blank: 4}) || len(rep.Rejected) != 0 {
		t.Fatalf("totals %+v rejected %v", rep.Totals, rep.Rejected)
	}
	h := ret.Table(Header)
	if h.Len() != 2 || h.Pos(1).Line != 6 {
		t.Errorf("rows %d, second at %v", h.Len(), h.Pos(1))
	}
}

// A folder holds CSV files or one XML file.
func TestLoadDirMixIsAnError(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"mix": {"r/Header.csv": {Data: []byte(headerCSV)}, "r/return.xml": {Data: []byte("<EXPSSDA903/>")}},
		"two": {"r/a.xml": {Data: []byte("<EXPSSDA903/>")}, "r/b.xml": {Data: []byte("<EXPSSDA903/>")}},
	} {
		_, _, err := LoadDir(context.Background(), fsys, "r", fy2024, LoadOptions{})
		if err == nil || !strings.Contains(err.Error(), "XML") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
