package ssda903

import (
	"strconv"
	"testing"
)

// The child index finds every value interned, through its growth from a
// small size, and none that was not.
func TestKeyIndexFindsWhatItHolds(t *testing.T) {
	var x keyIndex
	x.init(1)
	var names []string
	for i := range 20000 {
		s := strconv.Itoa(i * 7)
		if i == 0 {
			s = ""
		}
		k, slot, ok := x.find(names, s)
		if ok {
			t.Fatalf("%q found (key %d) before it was added", s, k)
		}
		names = append(names, s)
		x.add(names, int32(len(names)-1), slot)
	}
	for i, s := range names {
		if k, ok := x.lookup(names, s); !ok || int(k) != i {
			t.Fatalf("lookup(%q) = %d, %v; want %d", s, k, ok, i)
		}
		if _, ok := x.lookup(names, s+"x"); ok {
			t.Fatalf("%q found", s+"x")
		}
	}
	var empty keyIndex
	if _, ok := empty.lookup(nil, ""); ok {
		t.Fatal("an empty index finds a value")
	}
}
