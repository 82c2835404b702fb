package placements

import (
	"errors"
)

// Postcode is a UK postcode, held upper case with one space before the
// inward code ("TW3 1ES"). It is personal data: no message repeats it.
type Postcode string

// PostcodePattern is the shape of a UK postcode (outward code of one or two
// letters, a digit, and an optional letter or digit; an optional space;
// inward code of a digit and two letters), in the syntax Go and JavaScript
// both accept.
const PostcodePattern = `^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$`

var errPostcode = errors.New("placements: not a UK postcode")

// ParsePostcode checks the shape of a UK postcode and returns it in
// canonical form. It does not check that the postcode exists.
func ParsePostcode(s string) (Postcode, error) {
	var buf [8]byte
	c, ok := canonicalPostcode(buf[:0], s)
	if !ok {
		return "", errPostcode
	}
	if string(c) == s {
		return Postcode(s), nil // already canonical: no copy
	}
	return Postcode(c), nil
}

// canonicalPostcode appends to dst the canonical form of s (upper case,
// one space before the inward code) when s has the shape PostcodePattern
// describes. It is the pattern written out by hand: the decoder checks
// every postcode of a bulk file, and a regular expression there cost a
// fifth of the decoding time.
func canonicalPostcode(dst []byte, s string) ([]byte, bool) {
	n := len(s)
	if n < 5 || n > 8 {
		return nil, false
	}
	// Inward code: a digit and two letters, last.
	in := s[n-3:]
	if !isDigit(in[0]) || !isLetter(in[1]) || !isLetter(in[2]) {
		return nil, false
	}
	out := s[:n-3]
	if out[len(out)-1] == ' ' {
		out = out[:len(out)-1]
	}
	// Outward code: one or two letters, a digit, an optional letter or digit.
	i := 0
	for i < len(out) && i < 2 && isLetter(out[i]) {
		i++
	}
	if i == 0 || i >= len(out) || !isDigit(out[i]) {
		return nil, false
	}
	i++
	if i < len(out) && (isLetter(out[i]) || isDigit(out[i])) {
		i++
	}
	if i != len(out) {
		return nil, false
	}
	for j := 0; j < len(out); j++ {
		dst = append(dst, upper(out[j]))
	}
	dst = append(dst, ' ')
	for j := 0; j < 3; j++ {
		dst = append(dst, upper(in[j]))
	}
	return dst, true
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' }
func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// MarshalText writes the canonical form.
func (p Postcode) MarshalText() ([]byte, error) { return []byte(p), nil }

// UnmarshalText accepts a UK postcode.
func (p *Postcode) UnmarshalText(b []byte) error {
	var buf [8]byte
	c, ok := canonicalPostcode(buf[:0], string(b)) // a short conversion that does not escape stays on the stack
	if !ok {
		return errPostcode
	}
	*p = Postcode(c)
	return nil
}
