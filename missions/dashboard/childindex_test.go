package dashboard

import (
	"strconv"
	"testing"
)

func TestChildIndex(t *testing.T) {
	x := newChildIndex(4)
	for i := 0; i < 1000; i++ {
		x.add(strconv.Itoa(i))
	}
	for i := 0; i < 1000; i++ {
		id := strconv.Itoa(i)
		k, ok := x.find(id)
		if !ok || x.ids[k] != id || x.add(id) != k {
			t.Fatalf("child %s: %d %v", id, k, ok)
		}
	}
	if _, ok := x.find("x"); ok {
		t.Error("unknown child found")
	}
}

// Identifiers whose hashes collide still get their own numbers.
func TestChildIndexCollisions(t *testing.T) {
	x := newChildIndex(4)
	p := x.addWithHash(7, "p")
	q := x.addWithHash(7, "q")
	r := x.addWithHash(7, "r")
	if p == q || q == r || p == r {
		t.Fatalf("colliding children share a number: %d %d %d", p, q, r)
	}
	for id, want := range map[string]int32{"p": p, "q": q, "r": r} {
		if got := x.addWithHash(7, id); got != want {
			t.Errorf("add(%s) again = %d, want %d", id, got, want)
		}
		if got, ok := x.findWithHash(7, id); !ok || got != want {
			t.Errorf("find(%s) = %d %v, want %d", id, got, ok, want)
		}
	}
	if _, ok := x.findWithHash(7, "s"); ok {
		t.Error("unknown colliding child found")
	}
}
