package stablehomes

import (
	"errors"
	"fmt"
)

// Date is a civil date: a day in the calendar with no clock and no time
// zone, as the law and the SSDA903 return use it (a placement starts on a
// day, not at an instant). Dates are small comparable values: use == and
// Compare, and use them as map keys. The zero Date means "not set"; see
// [Date.IsZero]. Years 1 to 9999 are supported.
type Date struct {
	year  int16
	month uint8
	day   uint8
}

// ErrInvalidDate is wrapped by every error that ParseDate and
// Date.UnmarshalText return, so callers can test with errors.Is.
var ErrInvalidDate = errors.New("invalid date")

// DatePattern is the pattern a date must match in JSON: YYYY-MM-DD. It is
// written in the subset of regular expression syntax that Go and
// JavaScript (u mode) both accept.
const DatePattern = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`

// MakeDate returns the date for year, month and day, or an error when no
// such day exists (2023-02-29, 2024-13-01).
func MakeDate(year, month, day int) (Date, error) {
	if year < 1 || year > 9999 {
		return Date{}, fmt.Errorf("%w: year %d is outside 1 to 9999", ErrInvalidDate, year)
	}
	if month < 1 || month > 12 {
		return Date{}, fmt.Errorf("%w: month %d is outside 1 to 12", ErrInvalidDate, month)
	}
	if day < 1 || day > daysIn(year, month) {
		return Date{}, fmt.Errorf("%w: %04d-%02d has no day %d", ErrInvalidDate, year, month, day)
	}
	return Date{year: int16(year), month: uint8(month), day: uint8(day)}, nil
}

// MustDate is MakeDate for tables and tests: it panics on an impossible date.
func MustDate(year, month, day int) Date {
	d, err := MakeDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// ParseDate parses a date written YYYY-MM-DD, the only form accepted.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, errDateSyntax
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, errDateSyntax
	}
	if y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Date{}, errDateImpossible
	}
	return Date{year: int16(y), month: uint8(m), day: uint8(d)}, nil
}

// MustParseDate is ParseDate for tables and tests: it panics on bad input.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Preallocated so that ParseDate does not allocate on failure either; the
// messages do not quote the input, which may be a date of birth.
var (
	errDateSyntax     = fmt.Errorf("%w: want YYYY-MM-DD", ErrInvalidDate)
	errDateImpossible = fmt.Errorf("%w: no such day in the calendar", ErrInvalidDate)
)

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Year returns the year (0 for the zero Date).
func (d Date) Year() int { return int(d.year) }

// Month returns the month, 1 to 12 (0 for the zero Date).
func (d Date) Month() int { return int(d.month) }

// Day returns the day of the month (0 for the zero Date).
func (d Date) Day() int { return int(d.day) }

// IsZero reports whether d is the zero Date, meaning "not set".
func (d Date) IsZero() bool { return d == Date{} }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	a, b := d.key(), e.key()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (d Date) key() int32 { return int32(d.year)<<9 | int32(d.month)<<5 | int32(d.day) }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.key() < e.key() }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.key() > e.key() }

// Days returns the day number of d counted from 1970-01-01 (day 0). It is
// the basis of day arithmetic; the zero Date has no day number and gives
// the number of 0000-00-00, which callers should not rely on.
func (d Date) Days() int {
	// Days from civil, after H. Hinnant's public-domain algorithm.
	y, m, day := int(d.year), int(d.month), int(d.day)
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// DateFromDays is the inverse of Date.Days. Days outside years 1 to 9999
// give the zero Date.
func DateFromDays(n int) Date {
	z := n + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{year: int16(y), month: uint8(m), day: uint8(day)}
}

// AddDays returns the date n days after d (before, for negative n).
func (d Date) AddDays(n int) Date { return DateFromDays(d.Days() + n) }

// DaysUntil returns the number of days from d to e: positive when e is
// later. It is also the number of nights in a stay from d to e.
func (d Date) DaysUntil(e Date) int { return e.Days() - d.Days() }

// AddYears returns the same day n years on. 29 February becomes 1 March in
// a common year, the convention of England and Wales for birthdays.
func (d Date) AddYears(n int) Date {
	y := int(d.year) + n
	if d.month == 2 && d.day == 29 && !isLeap(y) {
		return Date{year: int16(y), month: 3, day: 1}
	}
	return Date{year: int16(y), month: d.month, day: d.day}
}

// AddMonths returns the same day n months on (back, for negative n),
// clamped to the last day of a shorter month: 31 January plus one month is
// 28 or 29 February, 31 March less six months is 30 September.
func (d Date) AddMonths(n int) Date {
	m := int(d.year)*12 + int(d.month) - 1 + n
	y, mo := m/12, m%12+1
	if m < 0 {
		return Date{}
	}
	day := min(int(d.day), daysIn(y, mo))
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{year: int16(y), month: uint8(mo), day: uint8(day)}
}

// AgeOn returns the age in completed years, on the date on, of a person born
// on d. A person born on 29 February reaches each age on 1 March in a
// common year. The result is negative when on is before d.
func (d Date) AgeOn(on Date) int {
	age := int(on.year) - int(d.year)
	if on.month < d.month || (on.month == d.month && on.day < d.day) {
		age--
	}
	return age
}

// Weekday returns the day of the week, 0 for Sunday to 6 for Saturday, as
// time.Weekday counts.
func (d Date) Weekday() int {
	w := (d.Days() + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return w
}

// String returns the date as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

// AppendText appends the YYYY-MM-DD form to b.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	return d.appendTo(b), nil
}

func (d Date) appendTo(b []byte) []byte {
	y, m, day := int(d.year), int(d.month), int(d.day)
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+day/10), byte('0'+day%10))
}

// MarshalText writes YYYY-MM-DD; the zero Date writes nothing.
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText accepts exactly YYYY-MM-DD. Empty text is an error: a field
// that may be missing should be left out of the document.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
