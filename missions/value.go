package missions

import (
	"errors"
	"strconv"
	"strings"
)

// Value is a published figure held exactly: an integer number of units of
// its last written decimal place (67 is 67 with 0 decimals; 22.4 is 224
// with 1). Keeping the precision lets a check tolerate exactly the rounding
// the publisher applied. In JSON a Value is a number with at most 2
// decimals.
type Value struct {
	Units    int64
	Decimals uint8 // 0, 1 or 2
}

var errValue = errors.New("missions: want a number with at most 2 decimals")

// ParseValue reads "67", "22.4" or "0.05".
func ParseValue(s string) (Value, error) {
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 || whole == "" || strings.HasPrefix(whole, "+") {
		return Value{}, errValue
	}
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil || (len(frac) > 0 && frac[0] == '-') {
		return Value{}, errValue
	}
	return Value{Units: n, Decimals: uint8(len(frac))}, nil
}

// String writes the value with its decimals.
func (v Value) String() string {
	s := strconv.FormatInt(abs(v.Units), 10)
	for len(s) <= int(v.Decimals) {
		s = "0" + s
	}
	if v.Decimals > 0 {
		s = s[:len(s)-int(v.Decimals)] + "." + s[len(s)-int(v.Decimals):]
	}
	if v.Units < 0 {
		s = "-" + s
	}
	return s
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// scale is 10^Decimals.
func (v Value) scale() int64 {
	s := int64(1)
	for i := uint8(0); i < v.Decimals; i++ {
		s *= 10
	}
	return s
}

// Cmp compares two values exactly: -1, 0, +1.
func (v Value) Cmp(w Value) int {
	a, b := v.Units*w.scale(), w.Units*v.scale()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// MarshalJSON writes a JSON number.
func (v Value) MarshalJSON() ([]byte, error) { return []byte(v.String()), nil }

// UnmarshalJSON reads a JSON number with at most 2 decimals.
func (v *Value) UnmarshalJSON(b []byte) error {
	x, err := ParseValue(string(b))
	if err != nil {
		return err
	}
	*v = x
	return nil
}
