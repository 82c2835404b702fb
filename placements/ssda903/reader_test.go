package ssda903

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stablehomes/stablehomes"
)

var (
	fy2024 = stablehomes.FinancialYearStarting(2024)
	fy2026 = stablehomes.FinancialYearStarting(2026)
)

const episodesHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"

func TestReaderAcceptsAndRejects(t *testing.T) {
	in := "\xef\xbb\xbf" + episodesHeader +
		"1,01/04/2024,S,C2,N1,U4,PR1,,,,AB1 2CD,AB3 4EF,SC123456\r\n" + // line 2 ok (CRLF)
		"2,01/04/2024,S,C2,N1,U4,PR1\n" + // line 3 short
		"3,\"01/04/2024\",S,C2,N1,U4,PR1,,,,\"AB1\n2CD\",X,Y\n" + // lines 4-5, quoted newline ok
		"4,01/04/2024,S,C2,N1,U4,PR1,,,,\xff,X,Y\n" + // line 6 bad UTF-8
		"\n" + // line 7 blank: counted apart, not a row
		"5,0\"1,S,C2,N1,U4,PR1,,,,a,b,c\n" + // line 8 bare quote
		"6,99/bad/date,S,C2,N1,ZZ,PR9,,,,a,b,c" // line 9: field problems are not rejections; no final newline
	tbl, res, err := ReadTable(context.Background(), strings.NewReader(in), "episodes.csv", Episodes, fy2024, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.HeaderErr != nil {
		t.Fatal(res.HeaderErr)
	}
	want := Counts{Read: 6, Accepted: 3, Rejected: 3, Blank: 1}
	if res.Counts != want {
		t.Fatalf("counts %+v, want %+v", res.Counts, want)
	}
	if res.Counts.Read != res.Counts.Accepted+res.Counts.Rejected {
		t.Fatal("totals do not add up")
	}
	lines := []int{}
	for _, r := range res.Rejected {
		lines = append(lines, r.Pos.Line)
		if r.Pos.File != "episodes.csv" || r.Reason == "" {
			t.Errorf("bad rejection %+v", r)
		}
	}
	if got := lines; len(got) != 3 || got[0] != 3 || got[1] != 6 || got[2] != 8 {
		t.Errorf("rejected lines %v, want [3 6 8]", got)
	}
	if tbl.Len() != 3 {
		t.Fatalf("rows %d", tbl.Len())
	}
	if p := tbl.Pos(1); p.Line != 4 {
		t.Errorf("quoted row at %v, want line 4", p)
	}
	if got := tbl.Cell(1, "HOME_POST").String(); got != "AB1\n2CD" {
		t.Errorf("quoted field %q", got)
	}
	if c := tbl.Cell(0, "DEC"); !c.IsNull() {
		t.Errorf("empty field should be null, got %v", c.State())
	}
	if c := tbl.Cell(0, "NOPE"); !c.IsAbsent() {
		t.Errorf("unknown column should be absent")
	}
	d, err := tbl.Cell(0, "DECOM").Date()
	if err != nil || d != stablehomes.MustDate(2024, 4, 1) {
		t.Errorf("DECOM %v %v", d, err)
	}
	if _, err := tbl.Cell(2, "DECOM").Date(); !errors.Is(err, ErrBadDate) {
		t.Errorf("bad date error %v", err)
	}
	if tbl.Pos(2).Line != 9 {
		t.Errorf("last row line %d", tbl.Pos(2).Line)
	}
}

func TestReaderHeaderProblemsRejectEveryRow(t *testing.T) {
	for _, tc := range []struct{ name, header string }{
		{"unknown", strings.TrimSuffix(episodesHeader, "\n") + ",EXTRA\n"},
		{"missing", "CHILD,DECOM\n"},
		{"duplicate", strings.TrimSuffix(episodesHeader, "\n") + ",URN\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.header + "1,2\n3,4\n"
			_, res, err := ReadTable(context.Background(), strings.NewReader(in), "f.csv", Episodes, fy2024, ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if res.HeaderErr == nil {
				t.Fatal("header accepted")
			}
			if res.Counts != (Counts{Read: 2, Rejected: 2}) {
				t.Errorf("counts %+v", res.Counts)
			}
		})
	}
	// SWEpisodes is not collected before 2023-24.
	r := NewReader(strings.NewReader("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n"), "sw.csv", SWEpisodes, stablehomes.FinancialYearStarting(2022), ReadOptions{})
	if r.HeaderErr() == nil {
		t.Error("SWEpisodes accepted in 2022-23")
	}
}

func TestReaderOversizedRow(t *testing.T) {
	in := episodesHeader + "1," + strings.Repeat("x", 5000) + ",S,C2,N1,U4,PR1,,,,a,b,c\n" + "2,01/04/2024,S,C2,N1,U4,PR1,,,,a,b,c\n"
	r := NewReader(strings.NewReader(in), "f.csv", Episodes, fy2024, ReadOptions{MaxRowBytes: 1000})
	var reasons []string
	accepted := 0
	for {
		_, err := r.Read()
		if err == io.EOF {
			break
		}
		var re *RowError
		if errors.As(err, &re) {
			reasons = append(reasons, re.Reason)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		accepted++
	}
	if accepted != 1 || len(reasons) != 1 || !strings.Contains(reasons[0], "longer") {
		t.Errorf("accepted %d, reasons %v", accepted, reasons)
	}
}

type gridLookup map[string]GridRef

func (g gridLookup) GridRef(p string) (GridRef, bool) { r, ok := g[p]; return r, ok }
func (g gridLookup) Authority(p string) (string, bool) {
	if p == "" {
		return "", false
	}
	return map[byte]string{'A': "E09000001", 'B': "E09000002"}[p[0]], true
}

func TestLoadDirDerivesLocation(t *testing.T) {
	fsys := fstest.MapFS{
		"r/Episodes.csv": {Data: []byte(episodesHeader + "1,01/04/2024,S,C2,N1,U4,PR1,,,,A1 1AA,B1 1BB,\n")},
		"r/header.csv":   {Data: []byte("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2010,WBRI,UN1,,\n")},
		"r/notes.txt":    {Data: []byte("hello")},
	}
	// 30 km east and 40 km north: 50 km = 31.07 miles -> 31.1.
	look := gridLookup{"A11AA": {400000, 300000}, "B11BB": {430000, 340000}}
	ret, rep, err := LoadDir(context.Background(), fsys, "r", fy2024, LoadOptions{Postcodes: look, Metadata: Metadata{LocalAuthority: "E09000001"}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Totals != (Counts{Read: 2, Accepted: 2}) || len(rep.Ignored) != 1 {
		t.Fatalf("report %+v", rep)
	}
	ep := ret.Table(Episodes)
	if got := ep.Cell(0, ColPlacementDistance).String(); got != "31.1" {
		t.Errorf("distance %q, want 31.1", got)
	}
	if got := ep.Cell(0, ColPlacementLocation).String(); got != "OUT" {
		t.Errorf("location %q", got)
	}
	if ret.Table(Header).Len() != 1 {
		t.Error("header not loaded")
	}
}

func TestDistanceMiles(t *testing.T) {
	// 1609.3 m is exactly one mile by DfE's divisor.
	if got := DistanceMiles(GridRef{0, 0}, GridRef{1609.3, 0}); got != 1.0 {
		t.Errorf("got %v", got)
	}
	if got := DistanceMiles(GridRef{0, 0}, GridRef{0, 0}); got != 0 {
		t.Errorf("got %v", got)
	}
}

func TestReturnDate(t *testing.T) {
	for _, s := range []string{"29/02/2023", "31/04/2024", "2024-04-01", "00/01/2024", "aa/bb/cccc",
		"001/04/2024", "1/004/2024", "1/4/24", "1/4/02024", "/4/2024", "1//2024", "1/4/", "01/05/2024x", " 1/5/2024",
		"1/5/2024 ", "31/4/2024", "0/5/2024", "1/0/2024", "1/13/2024", "1-5-2024", "", "1/5/0000"} {
		if _, err := ParseReturnDate(s); err == nil {
			t.Errorf("%q accepted", s)
		}
	}
	d, err := ParseReturnDate("29/02/2024")
	if err != nil || FormatReturnDate(d) != "29/02/2024" {
		t.Errorf("%v %v", d, err)
	}
	for s, want := range map[string]stablehomes.Date{
		"1/5/2024": stablehomes.MustDate(2024, 5, 1), "1/05/2024": stablehomes.MustDate(2024, 5, 1),
		"01/5/2024": stablehomes.MustDate(2024, 5, 1), "9/12/2023": stablehomes.MustDate(2023, 12, 9),
		"29/2/2024": stablehomes.MustDate(2024, 2, 29),
	} {
		if d, err := ParseReturnDate(s); err != nil || d != want {
			t.Errorf("%q: %v %v", s, d, err)
		}
	}
}

// Every calendar date from 1900 to 2100 reads back the same in each of the
// four spreadsheet shapes (padded or not, day and month).
func TestReturnDateUnpaddedEveryDay(t *testing.T) {
	for d := stablehomes.MustDate(1900, 1, 1); d.Year() <= 2100; d = d.AddDays(1) {
		for _, s := range []string{
			fmt.Sprintf("%d/%d/%04d", d.Day(), d.Month(), d.Year()),
			fmt.Sprintf("%02d/%d/%04d", d.Day(), d.Month(), d.Year()),
			fmt.Sprintf("%d/%02d/%04d", d.Day(), d.Month(), d.Year()),
			FormatReturnDate(d),
		} {
			if got, err := ParseReturnDate(s); err != nil || got != d {
				t.Fatalf("%s: %v %v", s, got, err)
			}
		}
	}
}

// A date in another shape is a per-cell fault the rules report, not a crash
// nor a rejected row.
func TestISODateIsACellFault(t *testing.T) {
	in := "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,1,2012-02-14,WBRI,UN1,,\n1002,1,1/5/2012,WBRI,UN1,,\n"
	tbl, res, err := ReadTable(context.Background(), strings.NewReader(in), "header.csv", Header, fy2024, ReadOptions{})
	if err != nil || res.Counts.Accepted != 2 {
		t.Fatalf("%v %+v", err, res)
	}
	ret := &Return{Year: fy2024}
	ret.SetTable(tbl)
	rep, err := Validate(context.Background(), ret, fy2024)
	if err != nil {
		t.Fatal(err)
	}
	var flagged1001, flagged1002, ran bool
	for _, r := range rep.Results {
		if r.Rule.Code != "102" {
			continue
		}
		ran = r.Skipped == ""
		for _, f := range r.Failures {
			flagged1001 = flagged1001 || f.Row == 0
			flagged1002 = flagged1002 || f.Row == 1
		}
	}
	if !ran || !flagged1001 || flagged1002 {
		t.Errorf("DOB flagged: ISO %v, unpadded %v", flagged1001, flagged1002)
	}
}

// Reading a table a row at a time: accepted rows come back, rejected rows as
// *RowError with file, line and reason, and the counts always add up.
func ExampleNewReader() {
	in := "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n" +
		"1001,F,14/02/2012,WBRI,UN1,0,\n" +
		"1002,M,01/01/2010\n"
	r := NewReader(strings.NewReader(in), "header.csv", Header, stablehomes.FinancialYearStarting(2024), ReadOptions{})
	for {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if re, ok := err.(*RowError); ok {
			fmt.Println("rejected", re.Pos, re.Reason)
			continue
		}
		dob, _ := row.Cell("DOB").Date()
		fmt.Println("accepted", row.Pos, row.Cell("CHILD"), dob)
	}
	fmt.Printf("%+v\n", r.Counts())
	// Output:
	// accepted header.csv:2 1001 2012-02-14
	// rejected header.csv:3 has 3 fields, the header has 7
	// {Read:2 Accepted:1 Rejected:1 Blank:0}
}

// Every value read from a file is upper-cased, as the peer's reader does: a
// lower-case code is the code. Tables built in memory keep what they are given.
func TestReadUpperCasesValues(t *testing.T) {
	in := "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nab1,1,14/02/2012,wbri,un1,,\n"
	tbl, res, err := ReadTable(context.Background(), strings.NewReader(in), "header.csv", Header, fy2024, ReadOptions{})
	if err != nil || res.Counts.Accepted != 1 {
		t.Fatalf("%v %+v", err, res)
	}
	for col, want := range map[string]string{"CHILD": "AB1", "ETHNIC": "WBRI", "UPN": "UN1", "DOB": "14/02/2012"} {
		if got := tbl.Cell(0, col).String(); got != want {
			t.Errorf("CSV %s: got %q, want %q", col, got, want)
		}
	}
	x := `<?xml version="1.0" encoding="UTF-8"?><EXPSSDA903><CHILD><HEADER><CHILD>ab1</CHILD><SEX>1</SEX><DOB>14/02/2012</DOB><ETHNIC>wbri</ETHNIC><UPN>un1</UPN></HEADER></CHILD></EXPSSDA903>`
	ret, _, err := ReadXML(context.Background(), strings.NewReader(x), "r.xml", fy2024, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if h := ret.Table(Header); h.Len() != 1 || h.Cell(0, "ETHNIC").String() != "WBRI" || h.Cell(0, "CHILD").String() != "AB1" {
		t.Errorf("XML: got %d rows, ETHNIC %q", h.Len(), h.Cell(0, "ETHNIC").String())
	}
	mem := table(Header, []string{"CHILD", "ETHNIC"}, []string{"ab1", "wbri"})
	if got := mem.Cell(0, "ETHNIC").String(); got != "wbri" {
		t.Errorf("in memory: got %q", got)
	}
	// An ethnic code in lower case passes 103 once read.
	ret2 := &Return{Year: fy2024}
	ret2.SetTable(tbl)
	if got := failingRows(t, ret2, "103"); len(got[Header]) != 0 {
		t.Errorf("103 flags a read lower-case code: %v", got)
	}
}
