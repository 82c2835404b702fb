package canary_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/missions/dashboard"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

var year = func() stablehomes.FinancialYear {
	y, err := stablehomes.ParseFinancialYear("2024-25")
	if err != nil {
		panic(err)
	}
	return y
}()

const authority = "E09000018"

// baseReturn is a return with every table of the year, this year's and
// last year's, written as CSV files: the XML sample's tables (ten of
// them), the synthetic generator's, and for any table neither holds its
// published columns with plain values; each cut to 60 rows. DoLo, not
// collected in 2024-25, is there too with 2026-27's columns.
func baseReturn(t *testing.T) map[string][][]string {
	ctx := context.Background()
	data, err := os.ReadFile(filepath.Join(root, "placements", "ssda903", "testdata", "xml", "fake_903.xml"))
	if err != nil {
		t.Fatal(err)
	}
	sample, _, err := ssda903.ReadXML(ctx, bytes.NewReader(data), "fake_903.xml", year, ssda903.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	gen, err := ssda903.Generate(ctx, ssda903.GenerateOptions{Seed: 7, Year: year, Episodes: 60, LocalAuthority: authority})
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][][]string{}
	for _, id := range ssda903.Tables() {
		tab := sample.Table(id)
		if tab == nil {
			tab = gen.Table(id)
		}
		if tab == nil && strings.HasSuffix(id.String(), "_last") {
			if cur, err := ssda903.ParseTableID(strings.TrimSuffix(id.String(), "_last")); err == nil {
				tab = sample.Table(cur)
			}
		}
		var recs [][]string
		if tab != nil && len(tab.Columns()) > 0 {
			var b bytes.Buffer
			if err := tab.WriteCSV(&b); err != nil {
				t.Fatal(err)
			}
			if recs, err = csv.NewReader(&b).ReadAll(); err != nil {
				t.Fatal(err)
			}
		} else {
			req, opt, ok := ssda903.Columns(id, year)
			if !ok {
				next, _ := stablehomes.ParseFinancialYear("2026-27")
				req, opt, _ = ssda903.Columns(id, next)
			}
			if len(req) == 0 {
				cur, _ := ssda903.ParseTableID(strings.TrimSuffix(id.String(), "_last"))
				next, _ := stablehomes.ParseFinancialYear("2026-27")
				req, opt, _ = ssda903.Columns(cur, next)
			}
			cols := append(append([]string(nil), req...), opt...)
			recs = [][]string{cols}
			for r := 0; r < 5; r++ {
				row := make([]string, len(cols))
				for c := range row {
					row[c] = "1"
				}
				recs = append(recs, row)
			}
		}
		if len(recs) > 61 {
			recs = recs[:61]
		}
		files[id.String()+".csv"] = recs
	}
	if len(files) != len(ssda903.Tables()) {
		t.Fatalf("%d tables of %d", len(files), len(ssda903.Tables()))
	}
	return files
}

func writeCSV(recs [][]string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(recs)
	return b.Bytes()
}

func cloneRecs(recs [][]string) [][]string {
	out := make([][]string, len(recs))
	for i, r := range recs {
		out[i] = append([]string(nil), r...)
	}
	return out
}

// folder is one planted return: file name → content.
type folder struct {
	name  string
	files map[string][]byte
}

// csvFolders plants the canary in every cell and header of every table, in
// valid and invalid forms.
func csvFolders(t *testing.T) []folder {
	base := baseReturn(t)
	each := func(name string, f func(recs [][]string) [][]string) folder {
		out := folder{name: name, files: map[string][]byte{}}
		for file, recs := range base {
			out.files[file] = writeCSV(f(cloneRecs(recs)))
		}
		return out
	}
	width := 0
	for _, recs := range base {
		width = max(width, len(recs[0]))
	}
	var out []folder
	for i := 0; i < width; i++ {
		// every cell of column i, and the same cell in valid form (the
		// canary as a suffix keeps a code's or a date's start)
		out = append(out, each(fmt.Sprintf("cells of column %d", i), func(recs [][]string) [][]string {
			for _, r := range recs[1:] {
				if i < len(r) {
					r[i] = canary
				}
			}
			return recs
		}))
		out = append(out, each(fmt.Sprintf("suffixed cells of column %d", i), func(recs [][]string) [][]string {
			for _, r := range recs[1:] {
				if i < len(r) {
					r[i] += canary
				}
			}
			return recs
		}))
		out = append(out, each(fmt.Sprintf("header %d", i), func(recs [][]string) [][]string {
			if i < len(recs[0]) {
				recs[0][i] = canary
			}
			return recs
		}))
	}
	out = append(out,
		each("child identifiers (valid)", func(recs [][]string) [][]string {
			for c, name := range recs[0] {
				if name == "CHILD" {
					for _, r := range recs[1:] {
						r[c] = canary + r[c]
					}
				}
			}
			return recs
		}),
		each("no header line", func(recs [][]string) [][]string {
			for c := range recs[1] {
				recs[1][c] = canary + recs[1][c]
			}
			return recs[1:]
		}),
		each("an extra column", func(recs [][]string) [][]string {
			for k := range recs {
				recs[k] = append(recs[k], canary)
			}
			return recs
		}),
		each("every header", func(recs [][]string) [][]string {
			for c := range recs[0] {
				recs[0][c] = canary + recs[0][c]
			}
			return recs
		}),
	)
	// rows the reader rejects: wrong field count, bad quoting, bad
	// encoding, a row over the size limit, an unterminated quote
	broken := folder{name: "broken rows", files: map[string][]byte{}}
	for file, recs := range base {
		b := writeCSV(recs)
		n := len(recs[0])
		b = append(b, strings.Repeat(canary+",", n)+canary+"\n"...)
		b = append(b, `"`+canary+`" x`+strings.Repeat(",", n-1)+"\n"...)
		b = append(b, canary+"\xff"+strings.Repeat(",", n-1)+"\n"...)
		b = append(b, strings.Repeat(canary, 8000)+strings.Repeat(",", n-1)+"\n"...)
		b = append(b, `"`+canary+"\n"...)
		broken.files[file] = b
	}
	// files named for no table, found from their header (or not)
	unnamed := folder{name: "unnamed files", files: map[string][]byte{}}
	k := 0
	for _, file := range sortedKeys(base) {
		recs := cloneRecs(base[file])
		if k%2 == 0 {
			recs[0][0] = canary
		}
		unnamed.files[fmt.Sprintf("f%d.csv", k)] = writeCSV(recs)
		k++
	}
	unnamed.files["notes.txt"] = []byte(canary)
	return append(out, broken, unnamed)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// library runs a folder through LoadDir, ReadTable, Validate and Compute and
// returns everything they report.
func library(t *testing.T, f folder) string {
	ctx := context.Background()
	var b strings.Builder
	fsys := fstest.MapFS{}
	for name, data := range f.files {
		fsys[name] = &fstest.MapFile{Data: data}
		if id, err := ssda903.ParseTableID(strings.TrimSuffix(name, ".csv")); err == nil {
			_, res, err := ssda903.ReadTable(ctx, bytes.NewReader(data), name, id, year, ssda903.ReadOptions{})
			fmt.Fprintf(&b, "%+v %v\n", res, err)
			if res.HeaderErr != nil {
				fmt.Fprintln(&b, res.HeaderErr.Error())
			}
			for _, re := range res.Rejected {
				fmt.Fprintln(&b, re.Error())
			}
		}
	}
	ret, rep, err := ssda903.LoadDir(ctx, fsys, ".", year, ssda903.LoadOptions{Metadata: ssda903.Metadata{LocalAuthority: authority}})
	fmt.Fprintf(&b, "%v\n", err)
	if rep != nil {
		fmt.Fprintf(&b, "%+v\n", *rep)
		for _, fr := range rep.Files {
			if fr.HeaderErr != nil {
				fmt.Fprintln(&b, fr.HeaderErr.Error())
			}
		}
	}
	if ret != nil {
		b.WriteString(validate(t, ret))
	}
	return b.String()
}

func validate(t *testing.T, ret *ssda903.Return) string {
	ctx := context.Background()
	var b strings.Builder
	vr, err := ssda903.Validate(ctx, ret, year)
	fmt.Fprintf(&b, "%v\n%s\n", err, vr.Summary())
	for _, res := range vr.Results {
		fmt.Fprintf(&b, "%+v\n", res)
	}
	dr, err := dashboard.Compute(ctx, ret, dashboard.Options{})
	fmt.Fprintf(&b, "%v\n%+v\n", err, dr)
	dashboard.WriteText(&b, dashboard.Measurements(authority, year, dr.Counts))
	return b.String()
}

// Every cell and header of every table, through the library.
func TestCanarySSDA903(t *testing.T) {
	for _, f := range csvFolders(t) {
		leak(t, f.name, library(t, f))
	}
}

// xmlFolders plants the canary in the text of every element (one tag at
// a time), as an unknown element and attribute, and in a broken document.
func xmlFolders(t *testing.T) []folder {
	data, err := os.ReadFile(filepath.Join(root, "placements", "ssda903", "testdata", "xml", "fake_903.xml"))
	if err != nil {
		t.Fatal(err)
	}
	leaf := regexp.MustCompile(`<([A-Z_]+)>([^<]*)</([A-Z_]+)>`)
	tags := map[string]bool{}
	for _, m := range leaf.FindAllSubmatch(data, -1) {
		tags[string(m[1])] = true
	}
	var out []folder
	one := func(name string, b []byte) folder {
		return folder{name: "XML " + name, files: map[string][]byte{"return.xml": b}}
	}
	for _, tag := range sortedKeys(tags) {
		re := regexp.MustCompile(`<` + tag + `>[^<]*</` + tag + `>`)
		out = append(out, one("text of "+tag, re.ReplaceAll(data, []byte(`<`+tag+`>`+canary+`</`+tag+`>`))))
	}
	out = append(out,
		one("every text", leaf.ReplaceAll(data, []byte(`<$1>`+canary+`</$3>`))),
		one("unknown element", bytes.Replace(data, []byte("<HEADER>"), []byte("<HEADER><"+canary+">"+canary+"</"+canary+">"), 3)),
		one("attribute", bytes.Replace(data, []byte("<CHILD>"), []byte(`<CHILD `+canary+`="`+canary+`">`), 3)),
		one("truncated", append(data[:len(data)/2:len(data)/2], canary...)),
		one("broken element", bytes.Replace(data, []byte("<SEX>"), []byte("<SEX "+canary+">"), 1)),
		one("bad encoding", bytes.Replace(data, []byte("<SEX>"), []byte("<SEX>"+canary+"\xff"), 1)),
		one("comment and instruction", bytes.Replace(data, []byte("<CHILD>"), []byte("<!--"+canary+"--><?"+canary+"?><CHILD>"), 1)),
	)
	return out
}

// Every element of the XML form, through the library.
func TestCanarySSDA903XML(t *testing.T) {
	ctx := context.Background()
	for _, f := range xmlFolders(t) {
		data := f.files["return.xml"]
		var b strings.Builder
		ret, rep, err := ssda903.ReadXML(ctx, bytes.NewReader(data), "return.xml", year, ssda903.LoadOptions{Metadata: ssda903.Metadata{LocalAuthority: authority}})
		fmt.Fprintf(&b, "%v\n", err)
		if rep != nil {
			fmt.Fprintf(&b, "%+v\n", *rep)
		}
		if ret != nil {
			b.WriteString(validate(t, ret))
		}
		leak(t, f.name, b.String())
	}
}

// The planted folders are read at all: tables are found, rows accepted and
// rules run (a canary test that reads nothing proves nothing).
func TestCanaryFoldersAreRead(t *testing.T) {
	ctx := context.Background()
	for _, f := range append(csvFolders(t)[:1], xmlFolders(t)[0]) {
		fsys := fstest.MapFS{}
		for name, data := range f.files {
			fsys[name] = &fstest.MapFile{Data: data}
		}
		ret, rep, err := ssda903.LoadDir(ctx, fsys, ".", year, ssda903.LoadOptions{Metadata: ssda903.Metadata{LocalAuthority: authority}})
		if err != nil || ret == nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		vr, _ := ssda903.Validate(ctx, ret, year)
		if rep.Totals.Accepted < 100 || len(rep.Files) < 10 || len(vr.Failed()) == 0 {
			t.Errorf("%s: %+v; %d files, %d rules failed", f.name, rep.Totals, len(rep.Files), len(vr.Failed()))
		}
	}
}
