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

// FuzzReadXML: no panic, per table Read = Accepted + Rejected and accepted
// rows are the table's rows, every row has a line, and no error or report
// carries the planted text.
func FuzzReadXML(f *testing.F) {
	f.Add([]byte("<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID><DOB>1/5/2012</DOB><AREVIEW><REVIEW>01/01/2024</REVIEW></AREVIEW></HEADER><EPISODE><DECOM>01/04/2024</DECOM><PL>U1</PL></EPISODE></CHILD></EXPSSDA903>"))
	f.Add([]byte("<?xml version='1.0' encoding='us-ascii'?>\n<EXPSSDA903><CHILD><EPISODE/><HEADER><UASC>1</UASC><UASC>1</UASC></HEADER><HEADER/><Q/></CHILD><!-- c --></EXPSSDA903>"))
	f.Add([]byte("<?xml version='1.0' encoding='iso-8859-1'?><EXPSSDA903><CHILD><HEADER><CHILDID>\xe9</CHILDID><IN_TOUCH>YES</IN_TOUCH><DATE_INT>x</DATE_INT></HEADER></CHILD></EXPSSDA903>"))
	f.Add([]byte("<EXPSSDA903><CHILD><HEADER><ETHNIC>a<b>c</b>d</ETHNIC><x:DOB xmlns:x='u'>1</x:DOB></HEADER></CHILD>text</EXPSSDA903>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ret, rep, err := ReadXML(context.Background(), bytes.NewReader(data), "f.xml", fy2024, LoadOptions{ReadOptions: ReadOptions{MaxRowBytes: 4096}})
		const canary = "Zebedee"
		if err != nil {
			if strings.Contains(err.Error(), canary) {
				t.Fatalf("error echoes input: %v", err)
			}
			return
		}
		for _, e := range rep.Elements {
			if e.Pos.Line < 1 || strings.Contains(e.Error(), canary) {
				t.Fatalf("element report %v", e)
			}
		}
		for _, r := range rep.Rejected {
			if strings.Contains(r.Error(), canary) {
				t.Fatalf("rejection echoes input: %v", r)
			}
		}
		total := Counts{}
		for _, fr := range rep.Files {
			c := fr.Counts
			if c.Read != c.Accepted+c.Rejected {
				t.Fatalf("%s: %+v", fr.Table, c)
			}
			tb := ret.Table(fr.Table)
			if tb.Len() != c.Accepted {
				t.Fatalf("%s: %d rows, %d accepted", fr.Table, tb.Len(), c.Accepted)
			}
			for i := range tb.Len() {
				if tb.Pos(i).Line < 1 {
					t.Fatalf("%s row %d without a line", fr.Table, i)
				}
			}
			total = total.Add(c)
		}
		if total != rep.Totals {
			t.Fatalf("totals %+v, sum %+v", rep.Totals, total)
		}
	})
}
