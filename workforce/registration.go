package workforce

import (
	"errors"
)

// RegistrationNumber is a Social Work England registration number: "SW"
// followed by 1 to 6 digits with no leading zero ("SW123456"). Letters are
// accepted in either case and kept in upper case, so parsing and printing
// round-trip to the canonical form. The zero value means "not given".
//
// The format is the one DfE's Social Work Induction Programme service
// checks (^SW[1-9]\d{0,5}$, case-insensitive); Social Work England's own
// published specification of the format was not found.
type RegistrationNumber string

// RegistrationNumberPattern is the JSON Schema pattern: the subset of
// syntax Go's RE2 and JavaScript's u mode both accept.
const RegistrationNumberPattern = `^[Ss][Ww][1-9][0-9]{0,5}$`

// ErrRegistrationNumber is returned for a malformed registration number.
// The message never quotes the input.
var ErrRegistrationNumber = errors.New(`workforce: a Social Work England registration number is "SW" then 1 to 6 digits, the first not 0`)

// ParseRegistrationNumber checks s and returns it in canonical form.
func ParseRegistrationNumber(s string) (RegistrationNumber, error) {
	if !validRegistrationNumber(s) {
		return "", ErrRegistrationNumber
	}
	if s[0] == 'S' && s[1] == 'W' {
		return RegistrationNumber(s), nil
	}
	return RegistrationNumber("SW" + s[2:]), nil
}

func validRegistrationNumber(s string) bool {
	if len(s) < 3 || len(s) > 8 {
		return false
	}
	if s[0] != 'S' && s[0] != 's' || s[1] != 'W' && s[1] != 'w' {
		return false
	}
	if s[2] < '1' || s[2] > '9' {
		return false
	}
	for i := 3; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// IsValid reports whether n is a well-formed number in canonical form.
func (n RegistrationNumber) IsValid() bool {
	return validRegistrationNumber(string(n)) && n[0] == 'S' && n[1] == 'W'
}

// String returns the number.
func (n RegistrationNumber) String() string { return string(n) }

// MarshalText writes the canonical form.
func (n RegistrationNumber) MarshalText() ([]byte, error) {
	if n == "" {
		return nil, nil
	}
	c, err := ParseRegistrationNumber(string(n))
	if err != nil {
		return nil, err
	}
	return []byte(c), nil
}

// UnmarshalText reads a number in either case.
func (n *RegistrationNumber) UnmarshalText(b []byte) error {
	c, err := ParseRegistrationNumber(string(b))
	if err != nil {
		return err
	}
	*n = c
	return nil
}
