package ssda903

import (
	"regexp"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes/internal/gens"
)

// ukPostcodeShape is the expression isPostcodeShape tests byte by byte.
var ukPostcodeShape = regexp.MustCompile(`^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$`)

func TestPostcodeShapeIsTheRegexp(t *testing.T) {
	for _, s := range []string{"", "A", "A1AA", "A11AA", "A1A1AA", "AA11AA", "AA1A1AA", "AA111AA", "A111AA",
		"AAA1AA", "AA1AA", "A1AAA", "A11A", "1A1AA", "A1 1AA", "a11AA", "AA1A11AA", "É11AA", "SW1A1AA", "EC1A1BB"} {
		if got, want := isPostcodeShape(s), ukPostcodeShape.MatchString(s); got != want {
			t.Errorf("case %d (length %d): isPostcodeShape %v, regexp %v", len(s), len(s), got, want)
		}
	}
	props := gopter.NewProperties(gens.Params(t))
	// Strings of up to nine characters from letters, digits and a few
	// others, which reach every branch of the expression.
	char := gen.OneGenOf(gen.AlphaUpperChar(), gen.NumChar(), gen.OneConstOf('a', ' ', '-', 'é', '\x00'))
	props.Property("isPostcodeShape answers as the expression", prop.ForAll(
		func(rs []rune) bool {
			s := string(rs)
			return isPostcodeShape(s) == ukPostcodeShape.MatchString(s)
		},
		gen.SliceOfN(9, char).FlatMap(func(v any) gopter.Gen {
			rs := v.([]rune)
			return gen.IntRange(0, len(rs)).Map(func(n int) []rune { return rs[:n] })
		}, nil),
	))
	// Postcode-shaped strings (every outward form: A9, A99, A9A, AA9, AA99,
	// AA9A), half of them with one character replaced by any of the
	// characters above: both answers are tested often.
	shapes := []string{"L9", "L99", "L9L", "LL9", "LL99", "LL9L"}
	props.Property("isPostcodeShape answers as the expression on near-postcodes", prop.ForAll(
		func(shape int, fill []rune, at int, with rune, mutate bool) bool {
			pattern := shapes[shape] + "9LL"
			rs := make([]rune, len(pattern))
			for i := range rs {
				if pattern[i] == 'L' {
					rs[i] = 'A' + fill[i]%26
				} else {
					rs[i] = '0' + fill[i]%10
				}
			}
			if mutate {
				rs[at%len(rs)] = with
			}
			s := string(rs)
			return isPostcodeShape(s) == ukPostcodeShape.MatchString(s)
		},
		gen.IntRange(0, len(shapes)-1), gen.SliceOfN(7, gen.Int32Range(0, 259)), gen.IntRange(0, 6), char, gen.Bool(),
	))
	props.TestingRun(t)
}

// postcodeText generates postcode-like strings: letters of either case,
// digits, ASCII and Unicode white space, and letters whose upper case is
// ASCII ('ſ' is S) or is not ('é').
func postcodeText() gopter.Gen {
	char := gen.OneGenOf(gen.AlphaUpperChar(), gen.AlphaLowerChar(), gen.NumChar(),
		gen.OneConstOf(' ', '\t', '\n', '\r', '\v', '\f', 'é', 'ſ', '\u00a0', '\u0085'))
	return gen.SliceOfN(12, char).FlatMap(func(v any) gopter.Gen {
		rs := v.([]rune)
		return gen.IntRange(0, len(rs)).Map(func(n int) string { return string(rs[:n]) })
	}, nil)
}

func TestPostcodeNormalisingWithoutAllocating(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	props.Property("appendPostcodeKey gives NormalisePostcode's key", prop.ForAll(
		func(s string) bool { return string(appendPostcodeKey(nil, s)) == NormalisePostcode(s) },
		postcodeText(),
	))
	props.Property("appendNormalised gives NormalisePostcode's key or declines", prop.ForAll(
		func(s string) bool {
			b, ok := appendNormalised([]byte("x"), s)
			return string(b) == "x"+NormalisePostcode(s) || !ok && string(b) == "x"
		},
		postcodeText(),
	))
	props.Property("samePostcode compares NormalisePostcode's keys", prop.ForAll(
		func(a, b string, same bool) bool {
			if same {
				// Often equal once normalised: b is a respaced,
				// recased copy of a.
				b = " " + strings.ToLower(a) + "\t"
			}
			return samePostcode(a, b) == (NormalisePostcode(a) == NormalisePostcode(b))
		},
		postcodeText(), postcodeText(), gen.Bool(),
	))
	props.TestingRun(t)
}

func TestSamePostcodeAllocatesNothing(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { samePostcode("ab1 2cd", "AB12CD") }); n != 0 {
		t.Errorf("samePostcode allocates %v times", n)
	}
}
