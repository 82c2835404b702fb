package placements

import (
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes/internal/gens"
)

func TestParseDistance(t *testing.T) {
	for s, want := range map[string]int{"0": 0, "0.0": 0, "12": 120, "12.3": 123, "999.9": 9999, "20.1": 201} {
		d, err := ParseDistance(s)
		if n, ok := d.Tenths(); err != nil || !ok || n != want {
			t.Errorf("ParseDistance(%q) = %v, %v; want %d tenths", s, d, err, want)
		}
	}
	for _, s := range []string{"", ".5", "5.", "5.55", "-1", "+1", "1e2", "1000", "012", " 1", "1,5", "NaN"} {
		if _, err := ParseDistance(s); err == nil {
			t.Errorf("ParseDistance(%q) accepted", s)
		}
	}
	if far, _ := ParseDistance("20.0"); far.FarFromHome() {
		t.Error("20.0 miles is not more than 20")
	}
	if (Distance{}).FarFromHome() || (Distance{}).Known() {
		t.Error("the zero Distance is unknown and never far")
	}
}

func TestDistanceProperties(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	props.Property("written and read back, a distance is unchanged", prop.ForAll(func(n int) bool {
		d, err := DistanceFromTenths(n)
		if err != nil {
			return false
		}
		back, err := ParseDistance(d.String())
		return err == nil && back == d
	}, gen.IntRange(0, 9999)))
	props.Property("Compare orders by tenths, unknown last", prop.ForAll(func(a, b int) bool {
		da, db := mustDistanceTenths(a), mustDistanceTenths(b)
		switch {
		case a < 0 && b < 0:
			return da.Compare(db) == 0
		case a < 0:
			return da.Compare(db) == 1
		case b < 0:
			return da.Compare(db) == -1
		}
		return da.Compare(db) == cmpInt(a, b)
	}, gen.IntRange(-1, 9999), gen.IntRange(-1, 9999)))
	props.TestingRun(t)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func FuzzParseDistance(f *testing.F) {
	for _, s := range []string{"12.3", "0", "999.9", "1000", "5.55", "-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDistance(s)
		if err != nil {
			return
		}
		back, err := ParseDistance(d.String())
		if err != nil || back != d {
			t.Fatalf("%q: read %v, written %q, read back %v (%v)", s, d, d.String(), back, err)
		}
	})
}

func FuzzParseURN(f *testing.F) {
	for _, s := range []string{"SC123456", "XXXXXXX", "sc1", "2612345"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := ParseURN(s)
		if err == nil && (string(u) != s || !validURN(s)) {
			t.Fatalf("%q accepted as %q", s, u)
		}
	})
}
