package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes/internal/golden"
)

func TestDashboardGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, nil); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	golden.Check(t, "testdata/dashboard.golden", out.Bytes())
}

func TestFolderArgument(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, []string{"-year", "2024-25", "-la", "313", "return"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !bytes.Contains(out.Bytes(), []byte("rows: read 7126, accepted 7126, rejected 0")) {
		t.Errorf("folder run:\n%s", out.String())
	}
	if code := run(&out, &errOut, []string{"-year", "2024-26"}); code != 2 {
		t.Errorf("bad year: exit %d", code)
	}
}

// A header file without its header line: the dashboard reports the missing
// columns and how many unknown ones, and prints nothing from the file.
func TestHeaderlessFileEchoesNothing(t *testing.T) {
	dir := t.TempDir()
	const name, dob, postcode = "Zebedee Quux", "14/02/2009", "SW1A 1AA"
	row := "C" + name + ",1," + dob + ",WBRI,UN1,0,\n"
	if err := os.WriteFile(filepath.Join(dir, "Header.csv"), []byte(row+row), 0o600); err != nil {
		t.Fatal(err)
	}
	ep := "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n" +
		name + "," + dob + ",S,C2,N1,U1,PR1,,,,\"" + postcode + "\",,\n"
	if err := os.WriteFile(filepath.Join(dir, "Episodes.csv"), []byte(ep), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	code := run(&out, &errOut, []string{"-year", "2024-25", dir})
	all := out.String() + errOut.String()
	for _, canary := range []string{"Zebedee", "Quux", dob, postcode, "WBRI", "UN1"} {
		if strings.Contains(all, canary) {
			t.Errorf("exit %d: output holds %q:\n%s", code, canary, all)
		}
	}
	if !strings.Contains(all, "missing columns CHILD") || !strings.Contains(all, "7 unknown column(s)") {
		t.Errorf("exit %d: no header message:\n%s", code, all)
	}
}
