package ssda903

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func readSampleXML(t testing.TB) ([]byte, *Return, *LoadReport) {
	data, err := os.ReadFile("testdata/xml/fake_903.xml")
	if err != nil {
		t.Fatal(err)
	}
	ret, rep, err := ReadXML(context.Background(), bytes.NewReader(data), "fake_903.xml", fy2024, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return data, ret, rep
}

// The sample return reads into the peer's row counts, every row with its
// line, nothing unknown, Read = Accepted + Rejected.
func TestReadXMLSample(t *testing.T) {
	_, ret, rep := readSampleXML(t)
	want := map[TableID]int{Header: 253, Episodes: 459, Reviews: 1206, OC2: 253, PrevPerm: 253, Missing: 6, PlacedAdoption: 3, OC3: 6, AD1: 3, UASC: 12}
	for id, n := range want {
		if got := ret.Table(id).Len(); got != n {
			t.Errorf("%s: %d rows, want %d", id, got, n)
		}
	}
	if len(rep.Elements) != 0 || len(rep.Rejected) != 0 {
		t.Errorf("elements %v rejected %v", rep.Elements, rep.Rejected)
	}
	tot := rep.Totals
	if tot.Read != tot.Accepted+tot.Rejected || tot.Rejected != 0 {
		t.Errorf("totals %+v", tot)
	}
	ep := ret.Table(Episodes)
	for i := range ep.Len() {
		if ep.Pos(i).Line < 1 || ep.Cell(i, "CHILD").IsNull() {
			t.Fatalf("episode %d at %v child %v", i, ep.Pos(i), ep.Cell(i, "CHILD").State())
		}
	}
	if got := ep.Cell(0, "PLACE").String(); got != "R5" {
		t.Errorf("PL read as PLACE: %q", got)
	}
	if ret.Metadata.FileFormat != "xml" {
		t.Error("file format not set")
	}
}

// formatDefined lists the rules DfE defines differently by format: 105 checks
// HEADER's UASC flag, which an XML return carries and a CSV return does not
// (there the UASC table says it). A CSV return written from the XML tables
// keeps the flag column, so FileFormat alone differs.
var formatDefined = map[string]bool{"105": true}

// An XML return and the same data as CSV files give the same report, except
// the rules DfE defines by format.
func TestXMLAndCSVSameReport(t *testing.T) {
	_, xret, _ := readSampleXML(t)
	fsys := fstest.MapFS{}
	for _, id := range Tables() {
		tb := xret.Table(id)
		if tb == nil || tb.Len() == 0 && id != UASC {
			continue
		}
		var buf bytes.Buffer
		if err := tb.WriteCSV(&buf); err != nil {
			t.Fatal(err)
		}
		fsys["r/"+id.String()+".csv"] = &fstest.MapFile{Data: buf.Bytes()}
	}
	cret, crep, err := LoadDir(context.Background(), fsys, "r", fy2024, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if crep.Totals.Rejected != 0 {
		t.Fatalf("csv rejected %v", crep.Rejected)
	}
	xr, err := Validate(context.Background(), xret, fy2024)
	if err != nil {
		t.Fatal(err)
	}
	cr, err := Validate(context.Background(), cret, fy2024)
	if err != nil {
		t.Fatal(err)
	}
	if len(xr.Results) != len(cr.Results) {
		t.Fatalf("%d results vs %d", len(xr.Results), len(cr.Results))
	}
	differ := 0
	for i := range xr.Results {
		a, b := xr.Results[i], cr.Results[i]
		if formatDefined[a.Rule.Code] {
			continue
		}
		if a.Skipped != b.Skipped || len(a.Failures) != len(b.Failures) {
			differ++
			t.Errorf("rule %s: xml %d failures (%q), csv %d (%q)", a.Rule.Code, len(a.Failures), a.Skipped, len(b.Failures), b.Skipped)
			continue
		}
		for j := range a.Failures {
			if a.Failures[j].Table != b.Failures[j].Table || a.Failures[j].Row != b.Failures[j].Row {
				differ++
				t.Errorf("rule %s: failing rows differ", a.Rule.Code)
				break
			}
		}
	}
	_ = reflect.DeepEqual
}

// Unknown elements are reported with their line, never their name or text;
// the rest still reads.
func TestReadXMLUnknownElements(t *testing.T) {
	const canary = "Zebedee"
	in := "<?xml version='1.0' encoding='utf-8'?>\n<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID>1</CHILDID><SEX>1</SEX><DOB>1/5/2012</DOB>\n" +
		"<" + canary + ">" + canary + "</" + canary + ">\n" +
		"<ETHNIC>WBRI<b>" + canary + "</b></ETHNIC><UPN>UN1</UPN><MOTHER/><MC_DOB/><UASC/></HEADER>\n" +
		"<EPISODE><DECOM>01/04/2024</DECOM><PL>U1</PL><" + canary + "/></EPISODE>\n" +
		"<" + canary + "x/>\n</CHILD>\n<Other>" + canary + "</Other>\n</EXPSSDA903>\n"
	ret, rep, err := ReadXML(context.Background(), strings.NewReader(in), "r.xml", fy2024, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	lines := []int{}
	for _, e := range rep.Elements {
		lines = append(lines, e.Pos.Line)
		if strings.Contains(e.Error(), canary) {
			t.Errorf("echoed: %v", e)
		}
	}
	if !reflect.DeepEqual(lines, []int{5, 6, 7, 8, 10}) {
		t.Errorf("unknown at lines %v", lines)
	}
	if ret.Table(Header).Len() != 1 || ret.Table(Episodes).Len() != 1 || ret.Table(Episodes).Pos(0).Line != 7 {
		t.Errorf("tables %d %d", ret.Table(Header).Len(), ret.Table(Episodes).Len())
	}
	if got := ret.Table(Header).Cell(0, "ETHNIC").String(); got != "WBRI" {
		t.Errorf("ETHNIC %q", got)
	}
}

// Malformed documents, another root, oversized text: a clear error naming
// the line, never the text.
func TestReadXMLErrors(t *testing.T) {
	const canary = "Zebedee"
	for name, in := range map[string]string{
		"malformed": "<EXPSSDA903><CHILD><" + canary + "></CHILD></EXPSSDA903>",
		"root":      "<" + canary + "/>",
		"empty":     "",
		"big":       "<EXPSSDA903><CHILD><HEADER><CHILDID>" + strings.Repeat(canary, 20000) + "</CHILDID></HEADER></CHILD></EXPSSDA903>",
		"after":     "<EXPSSDA903/><" + canary + "/>",
		"encoding":  "<?xml version='1.0' encoding='" + canary + "'?><EXPSSDA903/>",
	} {
		_, _, err := ReadXML(context.Background(), strings.NewReader(in), "r.xml", fy2024, LoadOptions{})
		if err == nil || strings.Contains(err.Error(), canary) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// LoadDir reads a folder holding one XML file.
func TestLoadDirXML(t *testing.T) {
	data, _, _ := readSampleXML(t)
	ret, rep, err := LoadDir(context.Background(), fstest.MapFS{"r/return.xml": {Data: data}}, "r", fy2024, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ret.Table(Episodes).Len() != 459 || rep.Totals.Read != rep.Totals.Accepted+rep.Totals.Rejected {
		t.Errorf("episodes %d totals %+v", ret.Table(Episodes).Len(), rep.Totals)
	}
}

func BenchmarkReadXML(b *testing.B) {
	data, _, _ := readSampleXML(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := ReadXML(context.Background(), bytes.NewReader(data), "f.xml", fy2024, LoadOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
