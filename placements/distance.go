package placements

import (
	"errors"
	"strconv"
)

// Distance is the straight-line distance from a child's home to a
// placement, in miles to one decimal place, as the SSDA903 return records
// it (PL_DISTANCE, "12.3"; 0.0 to 999.9). It is held exactly in tenths of a
// mile. The zero value means not known, which is different from 0.0 (a
// placement at the home address).
type Distance struct {
	tenths int16
	known  bool
}

// MaxDistanceTenths is the largest distance the return accepts, in tenths
// of a mile: 999.9 miles (SSDA903 rule 164). ParseDistance and
// DistanceFromTenths refuse anything beyond it; MaxDistance returns it as a
// Distance.
const MaxDistanceTenths = 9999

// MaxDistance is the largest distance the return accepts: 999.9 miles.
func MaxDistance() Distance { return Distance{tenths: MaxDistanceTenths, known: true} }

// farFromHome is DfE's "more than 20 miles from home" line: a distance
// over 20.0 miles (DfE's looked-after children methodology; whether exactly 20.0 counts
// is not settled in DfE's methodology, and the library reads it as not far).
var farFromHome = Distance{tenths: 200, known: true}

var errDistance = errors.New(`placements: a distance is miles from 0.0 to 999.9 with at most one decimal, e.g. "12.3"`)

// DistanceFromTenths returns a known distance of n tenths of a mile; it
// fails outside 0 to 9999.
func DistanceFromTenths(n int) (Distance, error) {
	if n < 0 || n > MaxDistanceTenths {
		return Distance{}, errDistance
	}
	return Distance{tenths: int16(n), known: true}, nil
}

// Miles returns a known distance of whole miles (DistanceFromTenths(10*n)).
func Miles(n int) (Distance, error) { return DistanceFromTenths(10 * n) }

// ParseDistance reads miles written with at most one decimal: "12", "12.3",
// "0.5". Signs, exponents, spaces and a bare or trailing point are refused.
func ParseDistance(s string) (Distance, error) {
	whole, frac := s, ""
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			whole, frac = s[:i], s[i+1:]
			if len(frac) != 1 {
				return Distance{}, errDistance
			}
			break
		}
	}
	if len(whole) == 0 || len(whole) > 3 || (len(whole) > 1 && whole[0] == '0') {
		return Distance{}, errDistance
	}
	n := 0
	for i := 0; i < len(whole); i++ {
		c := whole[i]
		if c < '0' || c > '9' {
			return Distance{}, errDistance
		}
		n = n*10 + int(c-'0')
	}
	n *= 10
	if frac != "" {
		if frac[0] < '0' || frac[0] > '9' {
			return Distance{}, errDistance
		}
		n += int(frac[0] - '0')
	}
	return DistanceFromTenths(n)
}

// Known reports whether the distance was given.
func (d Distance) Known() bool { return d.known }

// IsZero reports an unknown distance (for omitzero).
func (d Distance) IsZero() bool { return !d.known }

// Tenths returns the distance in tenths of a mile and whether it is known.
func (d Distance) Tenths() (int, bool) { return int(d.tenths), d.known }

// Compare orders known distances by length, with unknown distances after
// every known one: -1, 0 or +1.
func (d Distance) Compare(e Distance) int {
	switch {
	case d.known != e.known:
		if d.known {
			return -1
		}
		return 1
	case d.tenths < e.tenths:
		return -1
	case d.tenths > e.tenths:
		return 1
	}
	return 0
}

// FarFromHome reports a known distance of more than 20 miles, DfE's
// "placed more than 20 miles from home" measure.
func (d Distance) FarFromHome() bool { return d.known && d.tenths > farFromHome.tenths }

// String writes miles with one decimal ("12.3"), or "not known".
func (d Distance) String() string {
	if !d.known {
		return "not known"
	}
	return string(d.AppendText(nil))
}

// AppendText appends the distance as written in the return ("12.3"); an
// unknown distance appends nothing.
func (d Distance) AppendText(b []byte) []byte {
	if !d.known {
		return b
	}
	b = strconv.AppendInt(b, int64(d.tenths/10), 10)
	return append(b, '.', byte('0'+d.tenths%10))
}

// MarshalText writes "12.3"; an unknown distance is an error (leave the
// member out instead, which omitzero does).
func (d Distance) MarshalText() ([]byte, error) {
	if !d.known {
		return nil, errors.New("placements: an unknown distance has no text; omit it")
	}
	return d.AppendText(nil), nil
}

// UnmarshalText reads "12.3" (see ParseDistance).
func (d *Distance) UnmarshalText(b []byte) error {
	v, err := ParseDistance(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// DistancePattern is the written form of a Distance.
const DistancePattern = `^(0|[1-9][0-9]{0,2})(\.[0-9])?$`
