package missions

import (
	"errors"
	"strconv"
	"strings"

	"github.com/stablehomes/stablehomes/internal/strictjson"
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

// maxJSONValue bounds the Values read from JSON: |v| <= 10^15, far above
// any published figure. The schema's minimum and maximum say the same.
const maxJSONValue = 1_000_000_000_000_000

var (
	errValueDecimals = errors.New("missions: the number has more than 2 decimals; want at most 2")
	errValueRange    = errors.New("missions: the number is beyond ±10^15")
)

// UnmarshalJSON reads a JSON number whose value has at most 2 decimals,
// however written (JSON Schema's multipleOf 0.01, read exactly): 22.4,
// 12.5000 (kept as 12.50: the decimals written, at most 2), 1e2, 0.15e1.
// 1.234 and 1.00000000000000000001 are refused.
func (v *Value) UnmarshalJSON(b []byte) error {
	d, ok := strictjson.ParseDecimal(b)
	if !ok {
		return errValue
	}
	if d.Exp < -2 {
		return errValueDecimals
	}
	// The decimals as written: fraction digits less the exponent, at most
	// 2 (trailing zeros beyond the second carry no precision).
	written := int64(0)
	if _, frac, found := strings.Cut(strings.ToLower(string(b)), "."); found {
		frac, _, _ = strings.Cut(frac, "e")
		written = int64(len(frac))
	}
	if _, e, found := strings.Cut(strings.ToLower(string(b)), "e"); found {
		if n, err := strconv.ParseInt(e, 10, 64); err == nil {
			written -= n
		} else if !strings.HasPrefix(e, "-") {
			written = 0 // a huge positive exponent: out of range below
		}
	}
	written = min(max(written, 0), 2)
	// Units = value × 10^written, within the bound.
	units, ok := d.IntTextScaled(written, 18)
	if !ok {
		return errValueRange
	}
	n, err := strconv.ParseInt(units, 10, 64)
	if err != nil || abs(n) > maxJSONValue*pow10(written) {
		return errValueRange
	}
	*v = Value{Units: n, Decimals: uint8(written)}
	return nil
}

func pow10(n int64) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}
