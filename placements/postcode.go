package placements

import (
	"errors"
	"regexp"
	"strings"

	"github.com/invopop/jsonschema"
)

// Postcode is a UK postcode, held upper case with one space before the
// inward code ("TW3 1ES"). It is personal data: no message repeats it.
type Postcode string

// PostcodePattern is the shape of a UK postcode (outward code of one or two
// letters, a digit, and an optional letter or digit; an optional space;
// inward code of a digit and two letters), in the syntax Go and JavaScript
// both accept.
const PostcodePattern = `^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$`

var postcodeRE = regexp.MustCompile(PostcodePattern)

var errPostcode = errors.New("placements: not a UK postcode")

// ParsePostcode checks the shape of a UK postcode and returns it in
// canonical form. It does not check that the postcode exists.
func ParsePostcode(s string) (Postcode, error) {
	if len(s) > 8 || !postcodeRE.MatchString(s) {
		return "", errPostcode
	}
	s = strings.ToUpper(strings.ReplaceAll(s, " ", ""))
	return Postcode(s[:len(s)-3] + " " + s[len(s)-3:]), nil
}

// MarshalText writes the canonical form.
func (p Postcode) MarshalText() ([]byte, error) { return []byte(p), nil }

// UnmarshalText accepts a UK postcode.
func (p *Postcode) UnmarshalText(b []byte) error {
	v, err := ParsePostcode(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// JSONSchema describes a postcode.
func (Postcode) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: PostcodePattern, MaxLength: uint64Ptr(8), Title: "UK postcode", Description: "A UK postcode, e.g. TW3 1ES (shape only)."}
}

func uint64Ptr(n uint64) *uint64 { return &n }
