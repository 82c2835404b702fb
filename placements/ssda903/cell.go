package ssda903

import (
	"errors"
	"strconv"

	"github.com/stablehomes/stablehomes"
)

// CellState says what a cell holds: the column is absent from the table, the
// cell is null (an empty CSV field, a JSON null), or it holds a string value
// (which may be "" when the source could say so, as JSON can).
type CellState uint8

const (
	Absent CellState = iota // the table has no such column
	Null                    // no value
	Value                   // a value, possibly ""
)

// Cell is one field of one row. The zero Cell is an absent one.
type Cell struct {
	s     string
	state CellState
}

// ValueCell and NullCell build cells (tests, generators, other readers).
func ValueCell(s string) Cell { return Cell{s: s, state: Value} }

// NullCell is a cell with no value.
func NullCell() Cell { return Cell{state: Null} }

// State says whether the cell is absent, null or a value.
func (c Cell) State() CellState { return c.state }

// IsAbsent reports a column missing from the table.
func (c Cell) IsAbsent() bool { return c.state == Absent }

// IsNull reports a null cell.
func (c Cell) IsNull() bool { return c.state == Null }

// Has reports a cell with a value, even "".
func (c Cell) Has() bool { return c.state == Value }

// Blank reports an absent or null cell (what pandas calls NA): the peer's
// "not present" test. An empty string is not blank.
func (c Cell) Blank() bool { return c.state != Value }

// String returns the value, or "" for an absent or null cell.
func (c Cell) String() string { return c.s }

// Is reports whether the cell holds exactly the value v.
func (c Cell) Is(v string) bool { return c.state == Value && c.s == v }

// Errors the typed accessors return; messages carry no cell content (a
// value may be personal data).
var (
	ErrNoValue   = errors.New("ssda903: cell has no value")
	ErrBadDate   = errors.New("ssda903: not a date in the form dd/mm/yyyy")
	ErrBadNumber = errors.New("ssda903: not a number")
)

// Date parses a dd/mm/yyyy value (the return's date format: DfE, Children
// looked after return technical specifications, https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications),
// day and month also of one digit (ParseReturnDate). A blank cell gives ErrNoValue; anything else that is not
// a real calendar date gives ErrBadDate.
func (c Cell) Date() (stablehomes.Date, error) {
	if c.state != Value {
		return stablehomes.Date{}, ErrNoValue
	}
	return ParseReturnDate(c.s)
}

// DateOK is Date for rules that treat a missing or bad date as "no date".
func (c Cell) DateOK() (stablehomes.Date, bool) {
	d, err := c.Date()
	return d, err == nil
}

// Float parses a decimal number (PL_DISTANCE, SDQ_SCORE).
func (c Cell) Float() (float64, error) {
	if c.state != Value {
		return 0, ErrNoValue
	}
	f, err := strconv.ParseFloat(c.s, 64)
	if err != nil {
		return 0, ErrBadNumber
	}
	return f, nil
}

// Int parses a whole number.
func (c Cell) Int() (int, error) {
	if c.state != Value {
		return 0, ErrNoValue
	}
	n, err := strconv.Atoi(c.s)
	if err != nil {
		return 0, ErrBadNumber
	}
	return n, nil
}

// ParseReturnDate parses a date written d/m/yyyy: day and month of one or
// two digits (authorities export from spreadsheets, which drop the leading
// zero: "1/5/2024" is 1 May 2024), a four-digit year. This is the shape the
// return's dd/mm/yyyy format takes once a spreadsheet has written it; the
// peer validator reads the same set (day first, format %d/%m/%Y). Any other
// shape ("2024-05-01", "01/05/24") or a date not in the calendar gives
// ErrBadDate. It does not allocate.
func ParseReturnDate(s string) (stablehomes.Date, error) {
	if len(s) == 10 && s[2] == '/' && s[5] == '/' {
		// The usual dd/mm/yyyy, read without scanning for the slashes.
		d, ok1 := twoDigits(s[0], s[1])
		m, ok2 := twoDigits(s[3], s[4])
		y1, ok3 := twoDigits(s[6], s[7])
		y2, ok4 := twoDigits(s[8], s[9])
		return checkedDate(y1*100+y2, m, d, ok1 && ok2 && ok3 && ok4)
	}
	d, i, ok1 := dayOrMonth(s, 0)
	m, j, ok2 := dayOrMonth(s, i)
	if !ok1 || !ok2 || len(s)-j != 4 {
		return stablehomes.Date{}, ErrBadDate
	}
	y1, ok3 := twoDigits(s[j], s[j+1])
	y2, ok4 := twoDigits(s[j+2], s[j+3])
	if !(ok3 && ok4) {
		return stablehomes.Date{}, ErrBadDate
	}
	return checkedDate(y1*100+y2, m, d, true)
}

// checkedDate is the date y-m-d when ok and it is in the calendar, else
// ErrBadDate. Checked here so a bad date costs no allocation (MakeDate's
// error does).
func checkedDate(y, m, d int, ok bool) (stablehomes.Date, error) {
	if !ok || y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) {
		return stablehomes.Date{}, ErrBadDate
	}
	return stablehomes.MustDate(y, m, d), nil
}

// dayOrMonth reads one or two digits at s[i:] followed by '/', returning the
// value and the index after the slash.
func dayOrMonth(s string, i int) (int, int, bool) {
	v, n := 0, 0
	for ; i < len(s) && n < 3; i++ {
		c := s[i]
		if c == '/' {
			return v, i + 1, n > 0
		}
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		v = v*10 + int(c-'0')
		n++
		if n > 2 {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

func daysInMonth(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func twoDigits(a, b byte) (int, bool) {
	if a < '0' || a > '9' || b < '0' || b > '9' {
		return 0, false
	}
	return int(a-'0')*10 + int(b-'0'), true
}

// FormatReturnDate writes d as dd/mm/yyyy.
func FormatReturnDate(d stablehomes.Date) string {
	b := []byte("00/00/0000")
	put := func(i, v, n int) {
		for k := n - 1; k >= 0; k-- {
			b[i+k] = byte('0' + v%10)
			v /= 10
		}
	}
	put(0, d.Day(), 2)
	put(3, d.Month(), 2)
	put(6, d.Year(), 4)
	return string(b)
}
