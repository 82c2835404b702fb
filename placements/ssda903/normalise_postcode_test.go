package ssda903

import (
	"strings"
	"testing"
)

// NormalisePostcode's one-pass path gives what upper-casing the trimmed
// postcode with its spaces removed gives.
func TestNormalisePostcodeAsBefore(t *testing.T) {
	want := func(p string) string { return strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(p), " ", "")) }
	for _, p := range []string{"", " ", "AB1 2CD", "ab1 2cd", " sw1a 1aa ", "SW1A1AA", "n1  9gu", "\tE1 6AN\n",
		"m1 1ae\u00a0", "\u00e9c1 1aa", "z\x00 a", "B33 8TH ", "{|}~ `@[", "ǆ1 1aa", "ab\xff"} {
		if got := NormalisePostcode(p); got != want(p) {
			t.Errorf("NormalisePostcode(%q) = %q, want %q", p, got, want(p))
		}
	}
}

func FuzzNormalisePostcodeAsBefore(f *testing.F) {
	f.Add("ab1 2cd")
	f.Fuzz(func(t *testing.T, p string) {
		if got, want := NormalisePostcode(p), strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(p), " ", "")); got != want {
			t.Errorf("NormalisePostcode(%q) = %q, want %q", p, got, want)
		}
		want := NormalisePostcode(p)
		if got := string(appendPostcodeKey(nil, p)); got != want {
			t.Errorf("appendPostcodeKey(%q) = %q, want %q", p, got, want)
		}
		if b, ok := appendNormalised(nil, p); ok && string(b) != want || !ok && len(b) != 0 {
			t.Errorf("appendNormalised(%q) = %q, %v; want %q", p, b, ok, want)
		}
		if !samePostcode(p, p) || samePostcode(p, p+"X") != (want == NormalisePostcode(p+"X")) {
			t.Errorf("samePostcode(%q, ...) disagrees with NormalisePostcode", p)
		}
	})
}
