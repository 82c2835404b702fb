package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden file")

// A file of valid, invalid, truncated and oversized records: every one is
// accounted for, on the right line, and the summary adds up.
func TestMixedFile(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run(strings.NewReader(""), &out, &errOut, []string{"-type", "practitioner", "-max-record-bytes", "2048", "testdata/mixed.ndjson"})
	if code != 1 {
		t.Fatalf("exit %d, want 1 (some rejected); stderr: %s", code, errOut.String())
	}
	got := out.String()
	for _, want := range []string{
		"testdata/mixed.ndjson:2: (document): json.unknown-member: unknown member at position 3 of this object",
		"testdata/mixed.ndjson:4: /role: workforce.apprentice-role",
		"testdata/mixed.ndjson:5: (document): json.syntax",
		"testdata/mixed.ndjson:6: (document): json.too-large",
		"read 6, accepted 2, rejected 4\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	for _, line := range []string{":1:", ":3:", ":7:"} {
		if strings.Contains(got, "mixed.ndjson"+line) {
			t.Errorf("a good or blank line was reported (%s):\n%s", line, got)
		}
	}
	golden(t, "testdata/mixed.golden", out.Bytes())
}

func TestExitCodes(t *testing.T) {
	cases := []struct {
		args  []string
		stdin string
		code  int
	}{
		{[]string{"-type", "practitioner", "testdata/one.json"}, "", 0},
		{[]string{"-type", "practitioner"}, "{\"id\":1}\n", 1},
		{[]string{"-type", "no-such-type", "testdata/one.json"}, "", 2},
		{[]string{"-type", "practitioner", "testdata/missing.json"}, "", 2},
		{[]string{"-type", "practitioner", "-format", "xml", "testdata/one.json"}, "", 2},
		{[]string{"testdata/one.json"}, "", 2},
	}
	for _, c := range cases {
		var out, errOut bytes.Buffer
		if got := run(strings.NewReader(c.stdin), &out, &errOut, c.args); got != c.code {
			t.Errorf("%v: exit %d, want %d\n%s%s", c.args, got, c.code, out.String(), errOut.String())
		}
		if c.code != 2 && !regexp.MustCompile(`read [\d,]+, accepted [\d,]+, rejected [\d,]+\n$`).Match(out.Bytes()) {
			t.Errorf("%v: no summary line:\n%s", c.args, out.String())
		}
	}
}

// Input errors name the file as given and exit 2; the first line of
// standard error says what is wrong.
func TestInputErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.ndjson")
	emptyJSON := filepath.Join(dir, "empty.json")
	binary := filepath.Join(dir, "binary.ndjson")
	csv := filepath.Join(dir, "roster.csv")
	for name, b := range map[string][]byte{empty: nil, emptyJSON: nil, binary: bytes.Repeat([]byte{0, 0xff, 7, '\n'}, 30), csv: []byte("a,b\n")} {
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		args  []string
		stdin string
		say   string
	}{
		{nil, "", "validate: -type is required (see -list for the types) (see -h)"},
		{[]string{"-type", "practitioner"}, "", "validate: (stdin): no record in it: the input is empty"},
		{[]string{"-type", "practitioner", empty}, "", "validate: " + empty + ": no record in it: the input is empty"},
		{[]string{"-type", "practitioner", emptyJSON}, "", "validate: " + emptyJSON + ": "},
		{[]string{"-type", "practitioner", binary}, "", "validate: " + binary + ": nothing readable: none of its 30 records is JSON"},
		{[]string{"-type", "practitioner", dir}, "", "validate: " + dir + ": cannot read: is a directory, not a file"},
		{[]string{"-type", "practitioner", "testdata/./missing.json"}, "", "validate: testdata/./missing.json: cannot read: no such file or directory"},
		{[]string{"-type", "practitioner", csv}, "", "validate: " + csv + ": cannot tell JSON from NDJSON by its name; give -format (see -h)"},
		{[]string{"-type", "nope"}, "", "validate: -type: "},
		{[]string{"-bogus"}, "", "validate: flag provided but not defined: -bogus (see -h)"},
	} {
		var out, errOut bytes.Buffer
		code := run(strings.NewReader(c.stdin), &out, &errOut, c.args)
		first, _, _ := strings.Cut(errOut.String(), "\n")
		if code != 2 || !strings.HasPrefix(first, c.say) {
			t.Errorf("%v: exit %d, stderr %q", c.args, code, errOut.String())
		}
	}
	var out, errOut bytes.Buffer
	if code := run(nil, &out, &errOut, []string{"-h"}); code != 0 || out.Len() != 0 || !strings.Contains(errOut.String(), "FILE...") || !strings.Contains(errOut.String(), "-max-record-bytes") {
		t.Errorf("-h: exit %d\n%s", code, errOut.String())
	}
}

func TestList(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(nil, &out, &errOut, []string{"-list"}); code != 0 || !strings.Contains(out.String(), "workforce/practitioner") {
		t.Errorf("-list: %d\n%s", code, out.String())
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (rerun with -update after review):\n%s", path, got)
	}
}
