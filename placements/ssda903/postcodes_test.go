package ssda903

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
)

// onspdHeader is the column list of the ONS Postcode Directory's CSV
// (a cut of its published header, in its order): the reader finds its
// columns among the others.
const onspdHeader = "pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,parish,usertype,oseast1m,osnrth1m,osgrdind,oshlthau,nhser,ctry,rgn,lat,long"

func TestReadPostcodesONSPD(t *testing.T) {
	data := onspdHeader + "\n" +
		// two-tier area: the county is the upper tier; Somerset County
		// Council (E10000027) ended 31 March 2023 and its DfE code passed
		// to Somerset (E06000066).
		`"TA1 1AA","TA1  1AA","TA1 1AA",198001,,E10000027,E58001234,E07000246,E05000000,E04000000,0,322800,124700,1,E18000000,E40000000,E92000001,E12000009,51.0,-3.1` + "\n" +
		// unitary: county is the pseudo-code, the district is the upper tier.
		`"TW3 1AA","TW3  1AA","TW3 1AA",198001,,E99999999,E99999999,E09000018,E05000000,E43000000,0,513700,175800,1,E18000000,E40000000,E92000001,E12000007,51.4,-0.3` + "\n" +
		// Wales.
		`"CF101AA","CF10 1AA","CF10 1AA",198001,,W99999999,W99999999,W06000015,W05000000,W04000000,0,318500,176000,1,W11000000,W92000004,W92000004,W99999999,51.4,-3.1` + "\n" +
		// no grid reference (some terminated postcodes).
		`"ZZ1 1ZZ","ZZ1  1ZZ","ZZ1 1ZZ",198001,200001,E99999999,E99999999,E09000018,,,1,,,9,,,E92000001,,,` + "\n"
	on := stablehomes.MustDate(2025, 3, 31)
	pc, err := ReadPostcodes(context.Background(), strings.NewReader(data), PostcodeOptions{On: on})
	if err != nil {
		t.Fatal(err)
	}
	if pc.Read() != 4 || pc.Len() != 4 {
		t.Fatalf("read %d kept %d", pc.Read(), pc.Len())
	}
	for _, c := range []struct{ pc, la string }{{"ta1 1aa", "E06000066"}, {" TW31AA", "E09000018"}, {"CF10 1AA", "W06000015"}} {
		if la, ok := pc.Authority(c.pc); !ok || la != c.la {
			t.Errorf("%s: %q %v, want %s", c.pc, la, ok, c.la)
		}
	}
	if g, ok := pc.GridRef("TW3 1AA"); !ok || g != (GridRef{513700, 175800}) {
		t.Errorf("grid %v %v", g, ok)
	}
	if _, ok := pc.GridRef("ZZ11ZZ"); ok {
		t.Error("a postcode without a grid reference has none")
	}
	// Without a date the code is kept as published.
	pc, err = ReadPostcodes(context.Background(), strings.NewReader(data), PostcodeOptions{Keep: []string{"TA11AA"}})
	if err != nil {
		t.Fatal(err)
	}
	if la, _ := pc.Authority("TA11AA"); la != "E10000027" || pc.Len() != 1 || pc.Read() != 4 {
		t.Errorf("got %s, kept %d of %d", la, pc.Len(), pc.Read())
	}
}

func TestReadPostcodesCutDown(t *testing.T) {
	data := "pcd,oseast1m,osnrth1m,utla\nWA14SU,365800.0,389400.0,E06000007\nS56QR,435000,390000,E08000019\n"
	pc, err := ReadPostcodes(context.Background(), strings.NewReader(data), PostcodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if la, ok := pc.Authority("S5  6QR"); !ok || la != "E08000019" {
		t.Errorf("%q %v", la, ok)
	}
	// DfE's distance: straight line in miles, one decimal.
	a, _ := pc.GridRef("WA1 4SU")
	b, _ := pc.GridRef("S5 6QR")
	if d := DistanceMiles(a, b); d != 43.0 { // sqrt(69200²+600²) m = 43.0 miles
		t.Errorf("distance %v", d)
	}
}

func TestReadPostcodesErrors(t *testing.T) {
	for name, data := range map[string]string{
		"no grid columns":   "pcd,utla\nWA14SU,E06000007\n",
		"empty":             "",
		"grid not a number": "pcd,oseast1m,osnrth1m\nWA14SU,SECRET,1\n",
		"bad quoting":       "pcd,oseast1m,osnrth1m\n\"WA14SU,1,1\n",
		"too many rows":     "pcd,oseast1m,osnrth1m\nA11AA,1,1\nA11AB,1,1\nA11AD,1,1\n",
	} {
		_, err := ReadPostcodes(context.Background(), strings.NewReader(data), PostcodeOptions{MaxRows: 2})
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if strings.Contains(err.Error(), "SECRET") || strings.Contains(err.Error(), "WA14SU") {
			t.Errorf("%s: error quotes the input: %v", name, err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReadPostcodes(ctx, strings.NewReader("pcd,oseast1m,osnrth1m\n"), PostcodeOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

// nationalFile streams a generated directory of n rows in the full ONSPD
// columns without holding it in memory.
type nationalFile struct {
	n, i int
	buf  []byte
}

func (f *nationalFile) Read(p []byte) (int, error) {
	for len(f.buf) < len(p) && f.i <= f.n {
		if f.i == 0 {
			f.buf = append(f.buf, onspdHeader+"\n"...)
		} else {
			k := f.i
			pc := fmt.Sprintf("%c%c%d %d%c%c", 'A'+k%26, 'A'+k/26%26, k/676%100, k/67600%10, 'A'+k/676000%26, 'A'+k%7)
			f.buf = fmt.Appendf(f.buf, "\"%s\",\"%s\",\"%s\",198001,,E99999999,E99999999,E09000018,E05000000,E43000000,0,%d,%d,1,E18000000,E40000000,E92000001,E12000007,51.4,-0.3\n",
				pc, pc, pc, 100000+k%500000, 100000+k%700000)
		}
		f.i++
	}
	if len(f.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(p, f.buf)
	f.buf = f.buf[:copy(f.buf, f.buf[n:])]
	return n, nil
}

// BenchmarkReadPostcodesNational streams a 2.7-million-row directory in
// the full ONSPD columns, keeping the 3,000 postcodes of a return: memory
// follows the kept set, not the file.
func BenchmarkReadPostcodesNational(b *testing.B) {
	keep := make([]string, 0, 3000)
	for k := 1; k <= 2_700_000; k += 900 {
		keep = append(keep, fmt.Sprintf("%c%c%d %d%c%c", 'A'+k%26, 'A'+k/26%26, k/676%100, k/67600%10, 'A'+k/676000%26, 'A'+k%7))
	}
	b.ReportAllocs()
	for b.Loop() {
		pc, err := ReadPostcodes(context.Background(), &nationalFile{n: 2_700_000}, PostcodeOptions{Keep: keep, On: stablehomes.MustDate(2025, 3, 31)})
		if err != nil {
			b.Fatal(err)
		}
		if pc.Read() != 2_700_000 || pc.Len() == 0 {
			b.Fatalf("read %d kept %d", pc.Read(), pc.Len())
		}
	}
}

func FuzzReadPostcodes(f *testing.F) {
	f.Add("pcd,oseast1m,osnrth1m,utla\nWA14SU,365800.0,389400.0,E06000007\n")
	f.Add(onspdHeader + "\n\"TA1 1AA\",,,1,,E10000027,,E07000246,,,0,322800,124700,1,,,,,,\n")
	f.Add("pcd,oseast1m,osnrth1m\n\"x,1\n")
	f.Fuzz(func(t *testing.T, data string) {
		pc, err := ReadPostcodes(context.Background(), strings.NewReader(data), PostcodeOptions{MaxRows: 1000, On: stablehomes.MustDate(2025, 3, 31)})
		if err != nil {
			return
		}
		if pc.Len() > pc.Read() {
			t.Fatalf("kept %d of %d", pc.Len(), pc.Read())
		}
	})
}
