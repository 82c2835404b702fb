package workforce

import (
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes/internal/gens"
)

// Cases from DfE's SWIP service tests (policy reference 6.5): "SW" then
// 1-6 digits, no leading zero, either case.
func TestParseRegistrationNumber(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"SW123456", "SW123456", true},
		{"SW1", "SW1", true},
		{"sw98765", "SW98765", true},
		{"Sw999999", "SW999999", true},
		{"SWE123", "", false},
		{"SW123456789123456789", "", false},
		{"123456", "", false},
		{"SW0123", "", false},
		{"SW", "", false},
		{"SW1234567", "", false},
		{"SW12 34", "", false},
		{" SW1234", "", false},
		{"", "", false},
	} {
		got, err := ParseRegistrationNumber(c.in)
		if (err == nil) != c.ok || string(got) != c.want {
			t.Errorf("ParseRegistrationNumber(%q) = %q, %v; want %q ok=%v", c.in, got, err, c.want, c.ok)
		}
		if err != nil && len(c.in) > 3 && strings.Contains(err.Error(), c.in) {
			t.Errorf("error quotes the input: %v", err)
		}
	}
	if RegistrationNumber("sw12").IsValid() {
		t.Error("lower case is not canonical")
	}
}

// genRegistrationNumber builds valid numbers by construction: a prefix in
// any case and 1 to 999999.
func genRegistrationNumber() gopter.Gen {
	return gopter.CombineGens(gen.OneConstOf("SW", "sw", "Sw", "sW"), gen.IntRange(1, 999999)).Map(func(v []any) string {
		return v[0].(string) + strconv.Itoa(v[1].(int))
	})
}

// mutate breaks a valid number in one of several ways.
func mutate(s string, kind, pos int) string {
	digits := s[2:]
	switch kind % 7 {
	case 0: // drop the prefix
		return digits
	case 1: // a leading zero
		return s[:2] + "0" + digits
	case 2: // too many digits
		return s + strings.Repeat("7", 7-len(digits))
	case 3: // a letter among the digits
		p := 2 + pos%len(digits)
		return s[:p] + "X" + s[p:]
	case 4: // a wrong prefix
		return "SE" + digits
	case 5: // an extra letter in the prefix
		return "SWE" + digits
	default: // surrounding space
		return s + " "
	}
}

func TestRegistrationNumberProperties(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	props.Property("every valid number parses, is canonical and round-trips", prop.ForAll(func(s string) bool {
		n, err := ParseRegistrationNumber(s)
		if err != nil || !n.IsValid() || !strings.EqualFold(string(n), s) {
			return false
		}
		b, err := n.MarshalText()
		if err != nil {
			return false
		}
		var back RegistrationNumber
		return back.UnmarshalText(b) == nil && back == n && string(b) == "SW"+s[2:]
	}, genRegistrationNumber()))
	props.Property("every mutated number is rejected", prop.ForAll(func(s string, kind, pos int) bool {
		m := mutate(s, kind, pos)
		_, err := ParseRegistrationNumber(m)
		var back RegistrationNumber
		return err != nil && back.UnmarshalText([]byte(m)) != nil && !RegistrationNumber(m).IsValid()
	}, genRegistrationNumber(), gen.IntRange(0, 6), gen.IntRange(0, 10)))
	props.TestingRun(t)
}

func FuzzParseRegistrationNumber(f *testing.F) {
	for _, s := range []string{"SW123456", "sw1", "SW0", "SWE123", "SW1234567"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseRegistrationNumber(s)
		if err != nil {
			return
		}
		if !n.IsValid() || !strings.EqualFold(string(n), s) {
			t.Fatalf("%q parsed to %q", s, n)
		}
		if again, err := ParseRegistrationNumber(string(n)); err != nil || again != n {
			t.Fatalf("canonical %q does not re-parse", n)
		}
	})
}
