package strictjson

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
)

// The strict UUID check reaches a UUID however deeply a type holds it, so
// skipping it for types without one never lets a loose UUID through.
func TestHoldsUUID(t *testing.T) {
	type inner struct{ IDs []uuid.UUID }
	type outer struct {
		Name  string
		Inner *inner
	}
	type plain struct {
		Name string
		N    []int
	}
	for _, c := range []struct {
		v    any
		want bool
	}{{outer{}, true}, {&outer{}, true}, {plain{}, false}, {map[string]uuid.UUID{}, true}} {
		if got := holdsUUID(reflect.TypeOf(c.v)); got != c.want {
			t.Errorf("%T: %v, want %v", c.v, got, c.want)
		}
	}
	var o outer
	err := Unmarshal([]byte(`{"Name":"x","Inner":{"IDs":["6BA7B810-9DAD-11D1-80B4-00C04FD430C8"]}}`), &o)
	if err == nil {
		t.Error("an upper-case UUID nested in a slice was accepted")
	}
}

// A required member left out of a nested object is reported with its
// pointer; the same member present with a zero value is fine.
func TestNestedRequiredMembers(t *testing.T) {
	type figure struct {
		Amount int    `json:"amount"`
		Note   string `json:"note,omitempty"`
	}
	type programme struct {
		ID      string   `json:"id"`
		Figures []figure `json:"figures"`
	}
	var p programme
	err := Unmarshal([]byte(`{"id":"p","figures":[{"amount":0},{"note":"x"}]}`), &p)
	var vs stablehomes.Violations
	if !errors.As(err, &vs) || vs[0].Code != CodeMissing || vs[0].Path != "/figures/1/amount" {
		t.Fatalf("got %v, want %s at /figures/1/amount", err, CodeMissing)
	}
	if err := Unmarshal([]byte(`{"id":"p","figures":[{"amount":0}]}`), &p); err != nil {
		t.Errorf("a zero amount that is present: %v", err)
	}
	if err := Unmarshal([]byte(`{"figures":[]}`), &p); err == nil {
		t.Error("a nested type's top-level required member left out was accepted")
	}
}

type fuzzInner struct {
	A int    `json:"a"`
	B string `json:"b,omitempty"`
	C []int  `json:"c"`
}

type fuzzOuter struct {
	ID    string               `json:"id"`
	Items []fuzzInner          `json:"items,omitempty"`
	One   *fuzzInner           `json:"one,omitempty"`
	ByKey map[string]fuzzInner `json:"byKey,omitempty"`
}

// missingRef finds the first required member missing in a decoded
// document by the plain route: generic JSON and the struct tags read by
// hand for the two test types.
func missingRef(doc map[string]any) bool {
	inner := func(v any) bool {
		m, ok := v.(map[string]any)
		if !ok {
			return false
		}
		_, a := m["a"]
		_, c := m["c"]
		return !a || !c
	}
	if _, ok := doc["id"]; !ok {
		return true
	}
	if items, ok := doc["items"].([]any); ok {
		for _, it := range items {
			if inner(it) {
				return true
			}
		}
	}
	if one, ok := doc["one"]; ok && one != nil && inner(one) {
		return true
	}
	if by, ok := doc["byKey"].(map[string]any); ok {
		for _, v := range by {
			if inner(v) {
				return true
			}
		}
	}
	return false
}

// The byte scan that finds missing members agrees with decoding the same
// document generically, on any input the strict decoder accepts.
func FuzzPresence(f *testing.F) {
	for _, s := range []string{
		`{"id":"x","items":[{"a":1,"c":[]},{"c":[1]}]}`,
		`{"id":"x","one":{"a":0,"c":[],"b":"q\"}"}}`,
		`{"id":"x","byKey":{"k":{"a":1}}}`,
		`{"id":"\u0041","items":[]}`,
		`{"items":[]}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v fuzzOuter
		err := Unmarshal([]byte(s), &v)
		var vs stablehomes.Violations
		gotMissing := errors.As(err, &vs) && vs[0].Code == CodeMissing
		if err != nil && !gotMissing {
			return // refused for another reason
		}
		var doc map[string]any
		if e := json.Unmarshal([]byte(s), &doc); e != nil {
			t.Fatalf("accepted by the strict decoder but not generically: %v", e)
		}
		if want := missingRef(doc); gotMissing != want {
			t.Fatalf("%s: scan says missing=%v, generic decoding says %v (%v)", s, gotMissing, want, err)
		}
	})
}
