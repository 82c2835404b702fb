package stablehomes_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
)

var (
	ruleA = stablehomes.Rule{ID: "test.a", Title: "A holds", Source: stablehomes.Source{Document: "Test Act", Section: "s1"}, From: stablehomes.MustDate(2021, 9, 9)}
	ruleB = stablehomes.Rule{ID: "test.b", Title: "B holds", Source: stablehomes.Source{Document: "Test Act", Section: "s2"}}
)

func validate(bad bool, warn bool) error {
	var vs stablehomes.Violations
	if bad {
		vs.Add("/startDate", "test.a", "the start date is after the end date", stablehomes.SeverityError, ruleA)
	}
	if warn {
		vs.Add(stablehomes.Pointer("placement", "distance"), "test.b", "far from home with no reason recorded", stablehomes.SeverityWarning, ruleB)
	}
	return vs.Err()
}

func TestViolationsAsAndIs(t *testing.T) {
	if validate(false, false) != nil {
		t.Fatal("no violations must be a nil error")
	}
	err := fmt.Errorf("checking record 3: %w", validate(true, true))
	var vs stablehomes.Violations
	if !errors.As(err, &vs) || len(vs) != 2 {
		t.Fatalf("errors.As: %v", vs)
	}
	if !errors.Is(err, ruleA) || !errors.Is(err, ruleB) || !errors.Is(err, &ruleA) {
		t.Error("errors.Is does not find the rules")
	}
	if errors.Is(validate(true, false), ruleB) {
		t.Error("errors.Is finds a rule that was not broken")
	}
	if !errors.Is(err, stablehomes.ErrInvalid) {
		t.Error("an error-severity violation must match ErrInvalid")
	}
	if errors.Is(validate(false, true), stablehomes.ErrInvalid) {
		t.Error("a warning alone must not match ErrInvalid")
	}
	var v stablehomes.Violation
	if !errors.As(err, &v) || v.Code != "test.a" {
		t.Errorf("errors.As(Violation) = %+v", v)
	}
	if got := vs.Codes(); strings.Join(got, ",") != "test.a,test.b" || !vs.HasCode("test.b") || len(vs.Warnings()) != 1 || len(vs.Errors()) != 1 {
		t.Errorf("Codes/HasCode/filters: %v", got)
	}
}

func TestViolationJSON(t *testing.T) {
	var vs stablehomes.Violations
	vs.Add("/a~1b", "test.a", "msg", stablehomes.SeverityError, ruleA)
	b, err := json.Marshal(vs)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"path":"/a~1b","code":"test.a","message":"msg","severity":"error","rule":{"id":"test.a","title":"A holds","source":{"document":"Test Act","section":"s1"},"from":"2021-09-09"}}]`
	if string(b) != want {
		t.Errorf("JSON = %s\nwant   %s", b, want)
	}
}

func TestPointer(t *testing.T) {
	if got := stablehomes.Pointer("a/b", "c~d", "0"); got != "/a~1b/c~0d/0" {
		t.Errorf("Pointer = %q", got)
	}
	if got := stablehomes.PointerIndex("/rows", 12); got != "/rows/12" {
		t.Errorf("PointerIndex = %q", got)
	}
	if got := (stablehomes.Violations{{Path: "/x", Code: "c", Message: "m"}}).Prefix("/items/2"); got[0].Path != "/items/2/x" {
		t.Errorf("Prefix = %q", got[0].Path)
	}
}

func TestRuleAppliesOn(t *testing.T) {
	r := stablehomes.Rule{From: stablehomes.MustDate(2021, 9, 9), To: stablehomes.MustDate(2023, 10, 27)}
	for d, want := range map[string]bool{"2021-09-08": false, "2021-09-09": true, "2023-10-27": true, "2023-10-28": false} {
		if got := r.AppliesOn(stablehomes.MustParseDate(d)); got != want {
			t.Errorf("AppliesOn(%s) = %v", d, got)
		}
	}
	if !(stablehomes.Rule{}).AppliesOn(stablehomes.MustDate(1, 1, 1)) {
		t.Error("an undated rule applies always")
	}
}

func ExampleViolations() {
	err := validate(true, false)
	var vs stablehomes.Violations
	if errors.As(err, &vs) {
		for _, v := range vs {
			fmt.Println(v.Path, v.Code, v.Rule.Source)
		}
	}
	fmt.Println(errors.Is(err, ruleA))
	// Output:
	// /startDate test.a Test Act, s1
	// true
}
