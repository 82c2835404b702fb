// Package numtext writes numbers as people read them in reports: counts
// with thousands separators ("472,399"), as DfE's statistics do. The
// programs (internal/cli) and the text writers of the library share it, so
// a count reads the same everywhere.
package numtext

import "strconv"

// Thousands writes n with a comma every three digits: 1234567 is
// "1,234,567", -1234 is "-1,234".
func Thousands[T ~int | ~int32 | ~int64](n T) string {
	s := strconv.FormatInt(int64(n), 10)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	first := len(s) % 3
	if first == 0 {
		first = 3
	}
	b := make([]byte, 0, len(sign)+len(s)+len(s)/3)
	b = append(b, sign...)
	b = append(b, s[:first]...)
	for i := first; i < len(s); i += 3 {
		b = append(b, ',')
		b = append(b, s[i:i+3]...)
	}
	return string(b)
}
