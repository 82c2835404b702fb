package placements

import (
	"regexp"
	"strings"
	"testing"
)

func TestParsePostcode(t *testing.T) {
	for in, want := range map[string]Postcode{"TW3 1ES": "TW3 1ES", "tw31es": "TW3 1ES", "M1 1AE": "M1 1AE", "SW1A 1AA": "SW1A 1AA", "b338th": "B33 8TH", "CR2 6XH": "CR2 6XH"} {
		if got, err := ParsePostcode(in); err != nil || got != want {
			t.Errorf("ParsePostcode(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "TW3", "1ES TW3", "TW3  1ES", "TW31ESX", "Jane Doe", "SW1A 1AA ", "QQ1 1QQQ"} {
		_, err := ParsePostcode(in)
		if err == nil {
			t.Errorf("ParsePostcode(%q) accepted", in)
		} else if in != "" && strings.Contains(err.Error(), in) {
			t.Errorf("error repeats the input: %v", err)
		}
	}
}

// The hand-written check agrees with the published pattern on every
// input, and canonical forms are fixed points.
func FuzzPostcodeAgreesWithPattern(f *testing.F) {
	for _, s := range []string{"TW3 1ES", "tw31es", "SW1A 1AA", "A1 1AA", "AB1C 2DE", "QQ1 1QQQ", "1ES TW3", "TW3  1ES"} {
		f.Add(s)
	}
	re := regexp.MustCompile(PostcodePattern)
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePostcode(s)
		want := len(s) <= 8 && re.MatchString(s)
		if (err == nil) != want {
			t.Fatalf("%q: accepted %v, pattern says %v", s, err == nil, want)
		}
		if err == nil {
			again, err := ParsePostcode(string(p))
			if err != nil || again != p || strings.ToUpper(strings.ReplaceAll(s, " ", "")) != strings.ReplaceAll(string(p), " ", "") {
				t.Fatalf("%q: canonical %q, again %q (%v)", s, p, again, err)
			}
		}
	})
}
