package strictjson

import "testing"

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
