package ssda903

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stablehomes/stablehomes"
)

// testSheet is a sheet to write: its name and rows of cells. A cell
// written "#n:" is a number (for URNs and date serials); others are
// shared strings.
type testSheet struct {
	name string
	rows [][]string
}

// buildXLSX writes a minimal SpreadsheetML workbook, as spreadsheet
// programs do: a workbook part, its relationships, shared strings and one
// part per sheet.
func buildXLSX(t testing.TB, sheets ...testSheet) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	put := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	var wb, rels strings.Builder
	wb.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ` + ns + `><sheets>`)
	rels.WriteString(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	var shared []string
	index := map[string]int{}
	for i, s := range sheets {
		fmt.Fprintf(&wb, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, html.EscapeString(s.name), i+1, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
		var sh strings.Builder
		sh.WriteString(`<?xml version="1.0" encoding="UTF-8"?><worksheet ` + ns + `><sheetData>`)
		for r, row := range s.rows {
			fmt.Fprintf(&sh, `<row r="%d">`, r+1)
			for c, v := range row {
				ref := fmt.Sprintf("%c%d", 'A'+c, r+1)
				switch {
				case v == "":
				case strings.HasPrefix(v, "#n:"):
					fmt.Fprintf(&sh, `<c r="%s"><v>%s</v></c>`, ref, v[3:])
				default:
					k, ok := index[v]
					if !ok {
						k = len(shared)
						index[v] = k
						shared = append(shared, v)
					}
					fmt.Fprintf(&sh, `<c r="%s" t="s"><v>%d</v></c>`, ref, k)
				}
			}
			sh.WriteString(`</row>`)
		}
		sh.WriteString(`</sheetData></worksheet>`)
		put(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), sh.String())
	}
	wb.WriteString(`</sheets></workbook>`)
	rels.WriteString(`</Relationships>`)
	put("xl/workbook.xml", wb.String())
	put("xl/_rels/workbook.xml.rels", rels.String())
	var ss strings.Builder
	ss.WriteString(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
	for _, s := range shared {
		fmt.Fprintf(&ss, `<si><t>%s</t></si>`, html.EscapeString(s))
	}
	ss.WriteString(`</sst>`)
	put("xl/sharedStrings.xml", ss.String())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

type mapLookup map[string]string

func (m mapLookup) GridRef(string) (GridRef, bool) { return GridRef{}, false }
func (m mapLookup) Authority(pc string) (string, bool) {
	la, ok := m[NormalisePostcode(pc)]
	return la, ok
}

func readProviders(t *testing.T, opts ProviderOptions, files map[string][]byte) (*Table, ProviderReport, error) {
	t.Helper()
	fsys := fstest.MapFS{}
	var names []string
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: data}
		names = append(names, name)
	}
	// A fixed order: names sorted.
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			if names[j] < names[i] {
				names[i], names[j] = names[j], names[i]
			}
		}
	}
	return ReadProviders(context.Background(), fsys, names, opts)
}

func providerRows(tbl *Table) []string {
	var out []string
	for i := 0; i < tbl.Len(); i++ {
		var cells []string
		for _, c := range providerColumns {
			cells = append(cells, tbl.Cell(i, c).String())
		}
		out = append(out, strings.Join(cells, "|"))
	}
	return out
}

func TestReadProvidersCombined(t *testing.T) {
	data := buildXLSX(t,
		testSheet{"Providers", [][]string{
			{"URN", "Setting name", "Local Authority", "Placement code", "Placement provider code", "Deregistration date", "Setting address postcode"},
			{"#n:1234567", "A home", "Kent", "K2", "PR4/PR5", "", "ct1 1aa"},
			{"SC000001", "Closed home", "Kent", "K2", "PR4", "#n:45382", "CT2 2BB"}, // 31/03/2024
			{"", "No URN", "Kent", "K2", "PR4", "", ""},
			{},
		}},
		testSheet{"SA providers", [][]string{
			{"urn", "provider local authority", "closed date", "setting address postcode"},
			{"2000001", "Kent", "", "ME1 1AA"},
		}},
	)
	tbl, rep, err := readProviders(t, ProviderOptions{Postcodes: mapLookup{"CT11AA": "E10000016"}}, map[string][]byte{"providers.xlsx": data})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"1234567|Kent|K2|PR4,PR5||CT11AA|E10000016|Combined SCPCH List",
		"SC000001|Kent|K2|PR4|31/03/2024|CT22BB||Combined SCPCH List",
		"2000001|Kent|K3|PR4||ME11AA||Combined SCPCH List",
	}
	if got := providerRows(tbl); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(rep.Files) != 1 || rep.Files[0].Form != CombinedProviderList || rep.Providers != 3 {
		t.Fatalf("report %+v", rep)
	}
	f := rep.Files[0]
	if f.Read != 4 || f.Kept != 3 || f.NoURN != 1 || f.NoAuthority != 2 || f.BadDates != 0 {
		t.Errorf("accounting %+v: want read 4 = kept 3 + no URN 1, 2 postcodes unknown", f)
	}
	if f.Read != f.Kept+f.NoURN {
		t.Errorf("read %d != kept %d + no URN %d", f.Read, f.Kept, f.NoURN)
	}
}

func TestReadProvidersPair(t *testing.T) {
	homes := buildXLSX(t, testSheet{"Provider information", [][]string{
		{"URN", "Local Authority", "Provider Code", "Provider Placement Code", "Closed Date", "Setting Postcode"},
		{"SC111111", "Leeds", "K2", "PR4/PR5", "", "LS1 1AA"},
	}})
	scp := buildXLSX(t,
		testSheet{"Current providers", [][]string{
			{"URN", "Local authority", "Placement code", "Placement provider code", "Setting postcode"},
			{"SC222222", "Leeds", "U1,U2", "PR4", "LS2 2AA"},
		}},
		testSheet{"Providers closed", [][]string{
			{"URN", "Local authority", "Placement code", "Placement provider code", "Deregistration date", "Setting postcode"},
			{"SC333333", "Leeds", "U1", "PR4", "5/1/2023", "LS3 3AA"},
		}},
	)
	tbl, rep, err := readProviders(t, ProviderOptions{}, map[string][]byte{"a-homes.xlsx": homes, "b-scp.xlsx": scp})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"SC111111|Leeds|K2|PR4,PR5||LS11AA||CH List",
		"SC222222|Leeds|U1,U2|PR4||LS22AA||SCP List",
		"SC333333|Leeds|U1|PR4|05/01/2023|LS33AA||SCP List",
	}
	if got := providerRows(tbl); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if rep.Files[0].Form != ChildrensHomesList || rep.Files[1].Form != SocialCareProvidersList {
		t.Errorf("forms %v, %v", rep.Files[0].Form, rep.Files[1].Form)
	}
	if _, _, err := readProviders(t, ProviderOptions{}, map[string][]byte{"homes.xlsx": homes}); !errors.Is(err, ErrProviderPair) {
		t.Errorf("homes list alone: %v, want ErrProviderPair", err)
	}
	if _, _, err := readProviders(t, ProviderOptions{}, map[string][]byte{"scp.xlsx": scp}); !errors.Is(err, ErrProviderPair) {
		t.Errorf("providers list alone: %v, want ErrProviderPair", err)
	}
}

func TestReadProvidersHomesTwoSheets(t *testing.T) {
	homes := buildXLSX(t,
		testSheet{"Settings and Inspection Info", [][]string{
			{"URN", "Local Authority", "Provider Code", "Provider Placement Code", "Closed Date"},
			{"SC111111", "Leeds", "K2", "PR4", "2024-02-29 00:00:00"},
			{"SC444444", "Leeds", "K2", "PR4", "not a date"},
		}},
		testSheet{"Address Details", [][]string{
			{"URN", "Setting Address Postcode"},
			{"SC111111", "LS1 1AA"},
		}},
	)
	scp := buildXLSX(t,
		testSheet{"Current", [][]string{{"URN", "Local authority", "Placement code", "Placement provider code", "Setting postcode"}}},
		testSheet{"Closed", [][]string{{"URN", "Local authority", "Placement code", "Placement provider code", "Deregistration date", "Setting postcode"}}},
	)
	tbl, rep, err := readProviders(t, ProviderOptions{}, map[string][]byte{"a.xlsx": homes, "b.xlsx": scp})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"SC111111|Leeds|K2|PR4|29/02/2024|LS11AA||CH List",
		"SC444444|Leeds|K2|PR4|||||CH List",
	}
	_ = want
	got := providerRows(tbl)
	if len(got) != 2 || got[0] != want[0] || !strings.HasPrefix(got[1], "SC444444|Leeds|K2|PR4||") {
		t.Errorf("rows:\n%s", strings.Join(got, "\n"))
	}
	if rep.Files[0].BadDates != 1 {
		t.Errorf("bad dates %d, want 1 (counted, never echoed)", rep.Files[0].BadDates)
	}
}

func TestReadProvidersCSV(t *testing.T) {
	csv := "\xef\xbb\xbfURN,Local authority,Placement code,Placement provider code,Deregistration date,Setting address postcode\r\n" +
		"SC555555,York,K2,PR4,,YO1 1AA\r\n\r\n,York,K2,PR4,,\r\n"
	tbl, rep, err := readProviders(t, ProviderOptions{}, map[string][]byte{"providers.csv": []byte(csv)})
	if err != nil {
		t.Fatal(err)
	}
	if got := providerRows(tbl); len(got) != 1 || got[0] != "SC555555|York|K2|PR4||YO11AA||Combined SCPCH List" {
		t.Errorf("rows %q", got)
	}
	if f := rep.Files[0]; f.Form != CombinedProviderCSV || f.Read != 2 || f.Kept != 1 || f.NoURN != 1 {
		t.Errorf("report %+v", f)
	}
	if tbl.Pos(0).Line != 2 {
		t.Errorf("line %d, want 2", tbl.Pos(0).Line)
	}
}

// Errors name the file as given and the expected columns, never what the
// file holds.
func TestReadProvidersErrorsCarryNoContent(t *testing.T) {
	const canary = "Zq9canary"
	cases := map[string][]byte{
		"header":   []byte("URN," + canary + "\r\nSC1," + canary + "\r\n"),
		"junk":     []byte(canary + "\"" + canary),
		"sheet":    buildXLSX(t, testSheet{canary, [][]string{{"URN", canary}, {canary, canary}}}),
		"zip-junk": append([]byte("PK\x03\x04"), []byte(canary)...),
		"empty":    nil,
	}
	for name, data := range cases {
		_, _, err := readProviders(t, ProviderOptions{}, map[string][]byte{"list": data})
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if strings.Contains(err.Error(), canary) {
			t.Errorf("%s: error echoes input: %v", name, err)
		}
		if !strings.HasPrefix(err.Error(), "list: ") {
			t.Errorf("%s: error does not name the file: %v", name, err)
		}
	}
	_, _, err := ReadProviders(context.Background(), fstest.MapFS{}, []string{"nope.xlsx"}, ProviderOptions{})
	if err == nil || !strings.HasPrefix(err.Error(), "nope.xlsx: cannot read") {
		t.Errorf("missing file: %v", err)
	}
	big := fstest.MapFS{"big.csv": &fstest.MapFile{Data: make([]byte, 2000)}}
	if _, _, err := ReadProviders(context.Background(), big, []string{"big.csv"}, ProviderOptions{MaxBytes: 1000}); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("size limit: %v", err)
	}
}

func TestReadProvidersCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := ReadProviders(ctx, fstest.MapFS{"a.csv": &fstest.MapFile{Data: []byte("x")}}, []string{"a.csv"}, ProviderOptions{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err %v, want context.Canceled", err)
	}
}

// With a provider list, the URN rules run instead of being skipped, and
// judge the placements against it.
func TestProvidersRunURNRules(t *testing.T) {
	y := stablehomes.FinancialYearStarting(2024)
	list := "URN,Local authority,Placement code,Placement provider code,Deregistration date,Setting address postcode\n" +
		"SC111111,Kent,K2,PR4,,CT1 1AA\n" +
		"SC222222,Kent,K2,PR4,01/06/2024,CT2 2AA\n"
	tbl, _, err := readProviders(t, ProviderOptions{}, map[string][]byte{"providers.csv": []byte(list)})
	if err != nil {
		t.Fatal(err)
	}
	ep := NewTable(Episodes, []string{"CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"})
	rows := [][]string{
		{"1", "01/05/2024", "S", "C2", "N1", "K2", "PR4", "", "", "", "", "", "SC111111"}, // on the list, open
		{"2", "01/05/2024", "S", "C2", "N1", "K2", "PR4", "", "", "", "", "", "SC999999"}, // not on the list: 1008
		{"3", "01/07/2024", "S", "C2", "N1", "K2", "PR4", "", "", "", "", "", "SC222222"}, // starts after closing: 227
	}
	for i, r := range rows {
		cells := make([]Cell, len(r))
		for j, v := range r {
			if v == "" {
				cells[j] = NullCell()
			} else {
				cells[j] = ValueCell(v)
			}
		}
		ep.AppendRow(cells, Pos{Line: i + 2})
	}
	ret := &Return{Year: y}
	ret.SetTable(ep)
	without, err := ValidateRule(context.Background(), ret, y, "1008")
	if err != nil {
		t.Fatal(err)
	}
	if without.Skipped == "" {
		t.Fatalf("1008 without a provider list: not skipped")
	}
	ret.Metadata.Providers = tbl
	for code, want := range map[string][]int{"1008": {1}, "227": {2}} {
		res, err := ValidateRule(context.Background(), ret, y, code)
		if err != nil {
			t.Fatal(err)
		}
		if res.Skipped != "" {
			t.Fatalf("%s skipped with a provider list: %s", code, res.Skipped)
		}
		var got []int
		for _, f := range res.Failures {
			got = append(got, f.Row)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s rows %v, want %v", code, got, want)
		}
	}
}

// FuzzReadProviders: any bytes, as a workbook or CSV, give a table or an
// error naming the file — never a panic — and every row read is accounted
// for.
func FuzzReadProviders(f *testing.F) {
	f.Add([]byte("URN,Local authority,Placement code,Placement provider code,Deregistration date,Setting address postcode\nSC1,York,K2,PR4/PR5,1/5/2024,YO1 1AA\n,,,,,\n"))
	f.Add(buildXLSX(f, testSheet{"Providers", [][]string{
		{"URN", "Local Authority", "Placement code", "Placement provider code", "Deregistration date", "Setting address postcode"},
		{"#n:1234567", "Kent", "K2", "PR4", "#n:45382", "CT1 1AA"},
	}}))
	f.Add(buildXLSX(f, testSheet{"Current", [][]string{{"URN", "Local authority", "Placement code", "Placement provider code", "Setting postcode"}, {"SC2", "Leeds", "U1", "PR4", "LS1 1AA"}}},
		testSheet{"Closed", [][]string{{"URN", "Local authority", "Placement code", "Placement provider code", "Deregistration date", "Setting postcode"}}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{"list": &fstest.MapFile{Data: data}}
		tbl, rep, err := ReadProviders(context.Background(), fsys, []string{"list"}, ProviderOptions{MaxBytes: 1 << 20})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "list: ") && !errors.Is(err, ErrProviderPair) {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		fr := rep.Files[0]
		if fr.Read != fr.Kept+fr.NoURN || tbl.Len() != fr.Kept || rep.Providers != tbl.Len() {
			t.Fatalf("accounting: %+v, table %d", fr, tbl.Len())
		}
		for i := 0; i < tbl.Len(); i++ {
			if !tbl.Cell(i, "URN").Has() {
				t.Fatalf("row %d kept without a URN", i)
			}
		}
	})
}
