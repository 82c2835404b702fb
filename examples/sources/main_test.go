package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes/internal/golden"
)

func TestSourcesGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, nil); code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errOut.String(), out.String())
	}
	golden.Check(t, "testdata/sources.golden", out.Bytes())
}

func TestJSONAccountsForEveryFact(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, []string{"-json"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var r Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Totals["total"] != len(r.Facts) || r.Totals["confirmed"]+r.Totals["derived"]+r.Totals["unconfirmed"] != len(r.Facts) {
		t.Errorf("totals %v do not add up to %d facts", r.Totals, len(r.Facts))
	}
	kinds := map[string]int{}
	for _, f := range r.Facts {
		kinds[f.Kind]++
		if f.Status == "derived" && f.Source.Derived == "" || f.Status == "unconfirmed" && f.Source.Unconfirmed == "" {
			t.Errorf("%s %s: status %s without its note", f.Kind, f.ID, f.Status)
		}
	}
	// Every NMA cell (7 tables × 15), every rule version, every programme.
	if kinds["nma"] != 105 || kinds["ssda903-rule"] < 100 || kinds["funding-envelope"] < 15 || kinds["authority"] < 150 || kinds["ofsted"] < 100 {
		t.Errorf("facts by kind: %v", kinds)
	}
	out.Reset()
	if code := run(&out, &errOut, []string{"-json", "-status", "derived"}); code != 0 {
		t.Fatal(code)
	}
	var d Report
	if err := json.Unmarshal(out.Bytes(), &d); err != nil || len(d.Facts) != r.Totals["derived"] {
		t.Errorf("-status derived: %d facts, %v", len(d.Facts), err)
	}
}

func TestUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		say  string
	}{
		{[]string{"extra"}, 2, "takes no arguments"},
		{[]string{"-bogus"}, 2, "flag provided but not defined"},
		{[]string{"-status", "maybe"}, 2, "-status must be"},
		{[]string{"-h"}, 0, "-json"},
	} {
		var out, errOut bytes.Buffer
		code := run(&out, &errOut, c.args)
		if code != c.code || !strings.Contains(errOut.String(), c.say) || out.Len() != 0 {
			t.Errorf("%v: exit %d, stderr %q, stdout %d bytes", c.args, code, errOut.String(), out.Len())
		}
	}
}

func TestFindingsExitOne(t *testing.T) {
	if p := problem(textSource("a mirror https://sasastunts.com/support-for-foster-parents/print")); p == "" {
		t.Error("a mirror host is not a finding")
	}
	if p := problem(textSource("")); p == "" {
		t.Error("no document is not a finding")
	}
	if p := problem(textSource("GOV.UK https://www.gov.uk/x")); p != "" {
		t.Error(p)
	}
}
