package strictjson

import (
	"errors"
	"reflect"
	"strconv"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Decimal is a JSON number literal read exactly, in decimal: the value is
// ±Digits × 10^Exp, Digits holding no leading or trailing zeros (empty for
// zero). Nothing is rounded through float64: 1.00000000000000000001e2 is
// not a whole number, 22000.0, 1e2, 0.1e1 and -0.0 are.
type Decimal struct {
	Neg    bool
	Digits string
	Exp    int64
}

// maxExp bounds the exponents read: beyond it a number is far outside any
// range the library accepts, and is kept out of range without arithmetic.
const maxExp = 1 << 30

// ParseDecimal reads a JSON number literal (RFC 8259 section 6); ok is
// false for anything else.
func ParseDecimal(lit []byte) (d Decimal, ok bool) {
	i := 0
	if i < len(lit) && lit[i] == '-' {
		d.Neg = true
		i++
	}
	start := i
	for i < len(lit) && '0' <= lit[i] && lit[i] <= '9' {
		i++
	}
	intPart := lit[start:i]
	if len(intPart) == 0 || (len(intPart) > 1 && intPart[0] == '0') {
		return Decimal{}, false
	}
	var frac []byte
	if i < len(lit) && lit[i] == '.' {
		i++
		fs := i
		for i < len(lit) && '0' <= lit[i] && lit[i] <= '9' {
			i++
		}
		frac = lit[fs:i]
		if len(frac) == 0 {
			return Decimal{}, false
		}
	}
	var exp int64
	if i < len(lit) && (lit[i] == 'e' || lit[i] == 'E') {
		i++
		neg := false
		if i < len(lit) && (lit[i] == '+' || lit[i] == '-') {
			neg = lit[i] == '-'
			i++
		}
		es := i
		for i < len(lit) && '0' <= lit[i] && lit[i] <= '9' {
			if exp < maxExp {
				exp = exp*10 + int64(lit[i]-'0')
			}
			i++
		}
		if i == es {
			return Decimal{}, false
		}
		if neg {
			exp = -exp
		}
	}
	if i != len(lit) {
		return Decimal{}, false
	}
	digits := make([]byte, 0, len(intPart)+len(frac))
	digits = append(digits, intPart...)
	digits = append(digits, frac...)
	exp -= int64(len(frac))
	for len(digits) > 0 && digits[0] == '0' {
		digits = digits[1:]
	}
	for len(digits) > 0 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
		exp++
	}
	if len(digits) == 0 {
		exp = 0
	}
	d.Digits, d.Exp = string(digits), exp
	return d, true
}

// Integral reports whether the number is a whole number.
func (d Decimal) Integral() bool { return d.Exp >= 0 }

// IntText writes a whole number as a plain integer literal ("-0" stays
// "-0"), or reports false when it is not whole or has more than maxDigits
// digits.
func (d Decimal) IntText(maxDigits int) (string, bool) {
	if !d.Integral() || int64(len(d.Digits))+d.Exp > int64(maxDigits) {
		return "", false
	}
	b := make([]byte, 0, 1+len(d.Digits)+int(d.Exp))
	if d.Neg {
		b = append(b, '-')
	}
	if d.Digits == "" {
		return string(append(b, '0')), true
	}
	b = append(b, d.Digits...)
	for i := int64(0); i < d.Exp; i++ {
		b = append(b, '0')
	}
	return string(b), true
}

var (
	errNotWhole   = errors.New("want a whole number: the value has a fractional part")
	errIntRange   = errors.New("the number is out of range")
	v1Unmarshaler = reflect.TypeFor[interface{ UnmarshalJSON([]byte) error }]()
	v2Unmarshaler = reflect.TypeFor[json.UnmarshalerFrom]()
	txtUnmarshal  = reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()
)

// integralUnmarshaler decodes a JSON number into an integer Go value the
// way JSON Schema's "integer" reads it: any number whose value is exactly
// whole (22000.0, 1e2, -0.0), range-checked for the Go type. A type with
// its own UnmarshalJSON (Money) gets the number as a plain integer literal.
// It is installed only when a first, plain decoding failed (unmarshal),
// so well-formed payloads pay nothing for it.
var integralUnmarshaler = json.UnmarshalFromFunc(func(dec *jsontext.Decoder, v any) error {
	if dec.PeekKind() != '0' {
		return json.SkipFunc
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return json.SkipFunc
	}
	e := rv.Elem()
	pt := rv.Type()
	custom := pt.Implements(v1Unmarshaler)
	if !custom && (pt.Implements(v2Unmarshaler) || pt.Implements(txtUnmarshal)) {
		return json.SkipFunc
	}
	switch e.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
	default:
		return json.SkipFunc
	}
	lit, err := dec.ReadValue()
	if err != nil {
		return err
	}
	d, ok := ParseDecimal(lit)
	if !ok {
		return errNotWhole
	}
	if !d.Integral() {
		return errNotWhole
	}
	text, ok := d.IntText(20)
	if !ok {
		return errIntRange
	}
	if custom {
		return v.(interface{ UnmarshalJSON([]byte) error }).UnmarshalJSON([]byte(text))
	}
	bitSize := int(e.Type().Size() * 8)
	switch e.Kind() {
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if text == "-0" {
			text = "0"
		}
		n, err := strconv.ParseUint(text, 10, bitSize)
		if err != nil {
			return errIntRange
		}
		e.SetUint(n)
	default:
		n, err := strconv.ParseInt(text, 10, bitSize)
		if err != nil {
			return errIntRange
		}
		e.SetInt(n)
	}
	return nil
})

// wholeNumberForms reports whether data holds, outside strings, a number
// written with a fraction or an exponent: only then can a second decoding
// with integralUnmarshaler give another verdict.
func wholeNumberForms(data []byte) bool {
	in := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if in {
			switch c {
			case '\\':
				i++
			case '"':
				in = false
			}
			continue
		}
		switch c {
		case '"':
			in = true
		case '.', 'e', 'E':
			return true
		}
	}
	return false
}

// IntTextScaled writes the number × 10^shift as a plain integer literal
// (without a sign for zero), or reports false when that is not whole or
// has more than maxDigits digits.
func (d Decimal) IntTextScaled(shift int64, maxDigits int) (string, bool) {
	if d.Digits == "" {
		return "0", true
	}
	d.Exp += shift
	return d.IntText(maxDigits)
}
