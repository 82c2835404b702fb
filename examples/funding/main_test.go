package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes/internal/golden"
)

func TestFundingGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, nil); code != 0 || errOut.Len() != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errOut.String(), out.String())
	}
	golden.Check(t, "testdata/funding.golden", out.Bytes())
}

// The JSON names the unit of every amount.
func TestJSONAmountsArePence(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, []string{"-json", "-year", "2024-25"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var r map[string]any
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("%v:\n%s", err, out.String())
	}
	if r["envelopePence"] != float64(4_500_000_000) {
		t.Errorf("envelopePence = %v", r["envelopePence"])
	}
	for _, name := range []string{`"envelope"`, `"allocated"`, `"spent"`, `"headroom"`, `"unallocated"`} {
		if strings.Contains(out.String(), name+":") {
			t.Errorf("a member %s without its unit", name)
		}
	}
}

func TestUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		say  string
	}{
		{[]string{"-year", "2030-31"}, 2, "funding: -year 2030-31: no financial year of families-first-for-children for 2030-31 is held; years held: 2023-24, 2024-25 (see -h)\n"},
		{[]string{"-year", "2023"}, 2, "funding: -year \"2023\": "},
		{[]string{"file.json"}, 2, "funding: takes no arguments (got 1); see -h\n"},
		{[]string{"-bogus"}, 2, "funding: flag provided but not defined: -bogus (see -h)\n"},
		{[]string{"-h"}, 0, "usage: funding [-year 2023-24] [-json]\n"},
	} {
		var out, errOut bytes.Buffer
		if code := run(&out, &errOut, c.args); code != c.code || !strings.HasPrefix(errOut.String(), c.say) || out.Len() != 0 {
			t.Errorf("%v: exit %d, stderr %q, stdout %d bytes", c.args, code, errOut.String(), out.Len())
		}
	}
}
