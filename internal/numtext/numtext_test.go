package numtext

import (
	"strconv"
	"strings"
	"testing"
)

func TestThousands(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 52237: "52,237", 472399: "472,399", 1000000: "1,000,000", -1234: "-1,234", -999: "-999"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// Removing the separators gives the number back, for every size.
func TestThousandsRoundTrips(t *testing.T) {
	for n := int64(1); n < 1e18; n = n*7 + 3 {
		for _, v := range []int64{n, -n} {
			s := Thousands(v)
			if back, err := strconv.ParseInt(strings.ReplaceAll(s, ",", ""), 10, 64); err != nil || back != v {
				t.Errorf("%d -> %q -> %d", v, s, back)
			}
			for _, group := range strings.Split(strings.TrimPrefix(s, "-"), ",")[1:] {
				if len(group) != 3 {
					t.Errorf("%q", s)
				}
			}
		}
	}
}
