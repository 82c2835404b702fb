package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes/internal/golden"
)

func TestGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	// The samples hold rejected records and ineligible practitioners: exit 1.
	if code := run(&out, &errOut, nil); code != 1 || errOut.Len() != 0 {
		t.Fatalf("run returned %d: %s", code, errOut.String())
	}
	golden.Check(t, filepath.Join("testdata", "workforce.golden"), out.Bytes())
}

func TestExits(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	roster, err := data.ReadFile("data/roster.json")
	if err != nil {
		t.Fatal(err)
	}
	first := strings.SplitN(string(roster), "\n },", 2)[0] + "\n }\n]\n"
	good := write("good.json", first)
	noEngagements := write("none.json", "[]")
	empty := write("empty.json", "")
	binary := write("binary.json", "\x00\xff\x01binary")
	for _, c := range []struct {
		args []string
		code int
		say  string
	}{
		{[]string{"-roster", good, "-engagements", noEngagements}, 2, "workforce: " + noEngagements + ": no engagement record in it: the array is empty\n"},
		{[]string{"-roster", "no/such.json"}, 2, "workforce: no/such.json: cannot read: no such file or directory\n"},
		{[]string{"-roster", empty}, 2, "workforce: " + empty + ": nothing in it: the file is empty\n"},
		{[]string{"-roster", binary}, 2, "workforce: " + binary + ": nothing readable: not a JSON array of practitioner records (syntax error at byte 1)\n"},
		{[]string{"-caps", "missing.csv"}, 2, "workforce: missing.csv: cannot read: no such file or directory\n"},
		{[]string{"-on", "2025-02-30"}, 2, "workforce: -on \"2025-02-30\": "},
		{[]string{"extra"}, 2, "workforce: takes no arguments (got 1); see -h\n"},
		{[]string{"-bogus"}, 2, "workforce: flag provided but not defined: -bogus (see -h)\n"},
		{[]string{"-h"}, 0, "usage: workforce "},
	} {
		var out, errOut bytes.Buffer
		code := run(&out, &errOut, c.args)
		if code != c.code || !strings.HasPrefix(errOut.String(), c.say) || out.Len() != 0 {
			t.Errorf("%v: exit %d, want %d; stderr %q; stdout %d bytes", c.args, code, c.code, errOut.String(), out.Len())
		}
	}
}
