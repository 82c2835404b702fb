package strictjson

import (
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
