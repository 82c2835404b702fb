package strictjson

import (
	"reflect"
	"testing"

	"github.com/google/uuid"
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
