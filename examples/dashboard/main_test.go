package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes/internal/golden"
)

func TestDashboardGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	// The embedded return fails two rules: exit 1, with the report.
	if code := run(&out, &errOut, nil); code != 1 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr not quiet when it is not a terminal: %q", errOut.String())
	}
	golden.Check(t, "testdata/dashboard.golden", out.Bytes())
}

func TestFolderArgument(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, []string{"-year", "2024-25", "-la", "313", "return"}); code != 1 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !bytes.Contains(out.Bytes(), []byte("rows: read 7,126, accepted 7,126, rejected 0")) {
		t.Errorf("folder run:\n%s", out.String())
	}
}

// writeDir makes a folder of files for a case.
func writeDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Nothing held, nothing readable: an input or usage error (exit 2) with
// one line on stderr saying so, and nothing on stdout.
func TestRefusesWhatIsNotHeld(t *testing.T) {
	episodes, err := os.ReadFile("return/Episodes.csv")
	if err != nil {
		t.Fatal(err)
	}
	header := strings.SplitN(string(episodes), "\n", 2)[0]
	wrongHeader := strings.Replace(string(episodes), header, strings.ReplaceAll(header, "DECOM", "DATE_START"), 1)
	onlyEpisodes := strings.Join(strings.SplitN(string(episodes), "\n", 5)[:4], "\n") + "\n"
	for _, c := range []struct {
		name string
		args []string
		say  string // a regexp the first line of stderr matches
	}{
		{"no such folder", []string{"nope"}, `^dashboard: nope: cannot read: no such file or directory$`},
		{"a file, not a folder", []string{"main.go"}, `^dashboard: main.go: not a folder`},
		{"empty folder", []string{writeDir(t, nil)}, `: no SSDA903 table found \(the folder is empty\)`},
		{"empty folder, JSON", []string{"-json", writeDir(t, nil)}, `: no SSDA903 table found`},
		{"one unrelated CSV", []string{writeDir(t, map[string]string{"budget.csv": "item,cost\npens,3\n"})}, `: no SSDA903 table found \(1 file\(s\) ignored: budget.csv\)`},
		{"every header wrong", []string{writeDir(t, map[string]string{"Episodes.csv": wrongHeader})}, `: no row could be read: every one of 3,000 rows was rejected$`},
		{"year not held", []string{"-year", "2099-00"}, `^dashboard: -year 2099-00: no collection year 2099-00 is held; years held: 2022-23 to 2026-27`},
		{"year before the tables", []string{"-year", "2020-21"}, `years held: 2022-23 to 2026-27`},
		{"year unreadable", []string{"-year", "2024-26"}, `^dashboard: -year "2024-26": `},
		{"year not the data's", []string{"-year", "2022-23", writeDir(t, map[string]string{"Episodes.csv": onlyEpisodes})}, `: 2 of its 3 episodes lie outside collection year 2022-23`},
		{"two folders", []string{"a", "b"}, `^dashboard: takes at most one folder \(got 2\)`},
		{"bad flag", []string{"-bogus"}, `^dashboard: flag provided but not defined: -bogus \(see -h\)$`},
		{"json and html", []string{"-json", "-html", "x.html"}, `give -json or -html, not both`},
	} {
		var out, errOut bytes.Buffer
		code := run(&out, &errOut, c.args)
		first, _, _ := strings.Cut(errOut.String(), "\n")
		if code != 2 || !regexp.MustCompile(c.say).MatchString(first) || out.Len() != 0 {
			t.Errorf("%s: exit %d, stderr %q, stdout %q", c.name, code, errOut.String(), out.String())
		}
	}
}

func TestHelpDocumentsEveryFlagAndTheFolder(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, []string{"-h"}); code != 0 || out.Len() != 0 {
		t.Fatalf("exit %d, stdout %q", code, out.String())
	}
	for _, want := range []string{"DIR", "folder", "-year", "-la", "-json", "-html", "-rows", "-q", "exit status", "2022-23 to 2026-27"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("-h lacks %q:\n%s", want, errOut.String())
		}
	}
}

func TestJSONIsAnArrayOfMeasurements(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, []string{"-json"}); code != 1 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var ms []map[string]any
	if err := json.Unmarshal(out.Bytes(), &ms); err != nil || len(ms) != 10 {
		t.Fatalf("%v, %d measurements", err, len(ms))
	}
	// A return with tables but no cohort gives [], never null.
	dir := writeDir(t, map[string]string{"UASC.csv": "CHILD,SEX,DOB,DUC\n1,1,01/01/2010,01/01/2028\n"})
	out.Reset()
	errOut.Reset()
	if code := run(&out, &errOut, []string{"-json", "-la", "313", dir}); code == 2 || strings.TrimSpace(out.String()) != "[]" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errOut.String())
	}
}

// The HTML report is one file that asks for nothing: no script, no
// stylesheet, image or font from anywhere, and no cell content.
func TestHTMLIsSelfContained(t *testing.T) {
	file := filepath.Join(t.TempDir(), "report.html")
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, []string{"-html", file}); code != 1 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, bad := range []string{"<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "href="} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
	for _, want := range []string{
		"<svg", "Mission 2:", "169 of 1,429", "England", "10% in 2024-25", "worse than England", "in line with England",
		"Rule 217: 19 rows", "Episodes row 80 (return/Episodes.csv:82)", "Rule 209: 24 rows", "Header row 168 (return/Header.csv:170)",
		"return/Episodes.csv</td><td>Episodes</td><td class=\"n\">3,000</td>", "read 7,126, accepted 7,126, rejected 0",
		"SSDA903 return 2024-25, computed by stablehomes missions/dashboard", "no regional figure",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	// No cell of the return appears: no child identifier, date or postcode
	// from the Episodes file.
	episodes, _ := os.ReadFile("return/Episodes.csv")
	lines := strings.Split(string(episodes), "\n")
	for _, line := range lines[1:20] {
		for _, cell := range strings.Split(line, ",") {
			if len(cell) >= 6 && cell != "E09000018" /* the -la given */ && strings.Contains(page, cell) {
				t.Errorf("the page holds a cell of the return: %q", cell)
			}
		}
	}
	if code := run(&out, &errOut, []string{"-html", filepath.Join(t.TempDir(), "no", "such", "dir", "r.html")}); code != 2 {
		t.Errorf("unwritable -html: exit %d", code)
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
