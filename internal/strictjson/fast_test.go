package strictjson

import (
	"bytes"
	"testing"

	"github.com/google/uuid"
)

// plainRun finds the end of a run of plain bytes where the byte-by-byte
// loop does, from every start, on strings mixing every kind of byte.
func TestPlainRunAgrees(t *testing.T) {
	for n := 0; n < 200000; n++ {
		b := make([]byte, n%23)
		x := uint32(n*2654435761 + 7)
		for i := range b {
			x = x*1664525 + 1013904223
			b[i] = byte(0x20 + (x>>24)%0x60)
			if x%17 == 0 {
				b[i] = byte(x >> 8)
			}
		}
		for j := 0; j <= len(b); j++ {
			want := j
			for want < len(b) && plain[b[want]] {
				want++
			}
			if got := plainRun(b, j); got != want {
				t.Fatalf("%q from %d: %d, want %d", b, j, got, want)
			}
		}
	}
}

// Fast.UUID takes exactly the strings the slow path's UUID unmarshaler
// takes, and decodes them to the same UUID: every canonical UUID, and
// single-byte changes of one (upper case, other characters, hyphens moved).
func TestFastUUIDAgrees(t *testing.T) {
	base := []byte(`"6f1c1d2e-0a4b-4c7d-9e8f-112233445566"`)
	try := func(doc []byte) {
		t.Helper()
		var fast uuid.UUID
		d := NewFast(doc)
		ok := d.UUID(&fast) && d.Done()
		var slow struct{ ID uuid.UUID }
		err := Unmarshal(append(append([]byte(`{"ID":`), doc...), '}'), &slow)
		if ok != (err == nil) || (ok && fast != slow.ID) {
			t.Errorf("%s: fast %v %v, slow %v %v", doc, ok, fast, err, slow.ID)
		}
	}
	try(base)
	for i := range base {
		for _, c := range []byte("0af-gA\"\\ xF9") {
			changed := bytes.Clone(base)
			changed[i] = c
			try(changed)
		}
	}
	for _, n := range []int{0, 1, 36, 37, 39} {
		try(base[:min(n, len(base))])
	}
}
