package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes/internal/golden"
)

func TestAllowanceGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	// The sample has four rejected payments: exit 1.
	if code := run(&out, &errOut, nil); code != 1 || errOut.Len() != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	golden.Check(t, "testdata/allowance.golden", out.Bytes())
}

func TestExits(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.ndjson", bytes.SplitN(samplePayments, []byte("\n"), 2)[0])
	empty := write("empty.ndjson", []byte("\n \n"))
	binary := write("binary.bin", bytes.Repeat([]byte{0x00, 0xff, 0x1f, '\n'}, 50))
	for _, c := range []struct {
		args []string
		code int
		say  string // the start of stderr
	}{
		{[]string{"-payments", good}, 0, ""},
		{nil, 1, ""},
		{[]string{"-payments", "no/such.ndjson"}, 2, "allowance: no/such.ndjson: cannot read: no such file or directory\n"},
		{[]string{"-payments", dir}, 2, "allowance: " + dir + ": cannot read: is a directory"},
		{[]string{"-payments", empty}, 2, "allowance: " + empty + ": no payment in it"},
		{[]string{"-payments", binary}, 2, "allowance: " + binary + ": nothing readable: none of its 50 lines is a JSON object"},
		{[]string{"-year", "2021-22"}, 2, "allowance: -year 2021-22: no National Minimum Allowance table for tax year 2021-22 is held; years held: 2007-08, 2018-19, 2019-20, 2022-23, "},
		{[]string{"-year", "2099-00"}, 2, "allowance: -year 2099-00: no National Minimum Allowance table"},
		{[]string{"-la", "999"}, 2, "allowance: -la: "},
		{[]string{"extra"}, 2, "allowance: takes no arguments (got 1); see -h\n"},
		{[]string{"-bogus"}, 2, "allowance: flag provided but not defined: -bogus (see -h)\n"},
		{[]string{"-h"}, 0, "usage: allowance "},
	} {
		var out, errOut bytes.Buffer
		code := run(&out, &errOut, c.args)
		if code != c.code || !strings.HasPrefix(errOut.String(), c.say) || c.say == "" && errOut.Len() > 0 {
			t.Errorf("%v: exit %d, want %d; stderr %q", c.args, code, c.code, errOut.String())
		}
		if code == 2 && c.args[0] != "-payments" && out.Len() > 0 {
			t.Errorf("%v: a usage error printed a report", c.args)
		}
	}
}
