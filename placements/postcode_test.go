package placements

import (
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
