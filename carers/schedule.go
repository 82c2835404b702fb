package carers

import (
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/stablehomes/stablehomes"
)

// The five NMA age bands.
const (
	bandBaby       = iota // 0 to 2
	bandPrePrimary        // 3 to 4
	bandPrimary           // 5 to 10
	band11to15            // 11 to 15
	band16to17            // 16 to 17
	numBands
)

// AgeBand names an NMA age band by its youngest and oldest age.
type AgeBand struct{ From, To int }

// AgeBands lists the five bands in order.
func AgeBands() []AgeBand {
	return []AgeBand{{0, 2}, {3, 4}, {5, 10}, {11, 15}, {16, 17}}
}

func (b AgeBand) String() string { return strconv.Itoa(b.From) + "-" + strconv.Itoa(b.To) }

// bandOf returns the band of a child aged age (0 to 17), or -1.
func bandOf(age int) int {
	switch {
	case age < 0 || age > 17:
		return -1
	case age <= 2:
		return bandBaby
	case age <= 4:
		return bandPrePrimary
	case age <= 10:
		return bandPrimary
	case age <= 15:
		return band11to15
	}
	return band16to17
}

// Table is one tax year's National Minimum Allowance: the weekly amount per
// child by allowance area and age band, with its source.
type Table struct {
	Year   stablehomes.TaxYear
	Weekly [3][numBands]stablehomes.Money // [London, South East, Rest of England][band]
	// Source is the first cell's citation; CellSource gives each cell's.
	Source string
	// Unconfirmed says what could not be confirmed, where any cell says so.
	Unconfirmed string
	// Derived is set, with the method, when the table (or any cell of it) is
	// not published but computed from published figures.
	Derived string
	cells   [3][numBands]stablehomes.Source
}

// CellSource returns the citation of one cell: its document, URL, what
// could not be confirmed and, for a derived cell, how it was derived.
func (t Table) CellSource(r AllowanceArea, b AgeBand) (stablehomes.Source, bool) {
	i, j := r.index(), bandOf(b.From)
	if i < 0 || j < 0 || AgeBands()[j] != b {
		return stablehomes.Source{}, false
	}
	return t.cells[i][j], true
}

// cellSource splits a source_url cell (a document, then its URL, then further
// notes) into a Source.
func cellSource(text, unconfirmed, derived string) stablehomes.Source {
	src := stablehomes.Source{Document: text, Unconfirmed: unconfirmed, Derived: derived}
	if i := strings.Index(text, "https://"); i >= 0 {
		src.Document = strings.TrimRight(strings.TrimSpace(text[:i]), ",;:")
		rest := text[i:]
		end := strings.IndexAny(rest, " ;,")
		if end < 0 {
			end = len(rest)
		}
		src.URL = rest[:end]
		src.Section = strings.TrimSpace(strings.TrimLeft(rest[end:], " ;,"))
	}
	return src
}

// Rate returns the weekly amount for a region and band index.
func (t Table) Rate(r AllowanceArea, b AgeBand) (stablehomes.Money, bool) {
	i, j := r.index(), bandOf(b.From)
	if i < 0 || j < 0 || AgeBands()[j] != b {
		return 0, false
	}
	return t.Weekly[i][j], true
}

// Schedule holds NMA tables by tax year. The zero Schedule holds none;
// DefaultSchedule holds the tables the library ships; LoadSchedule adds a
// caller's published tables. A Schedule is immutable and safe for
// concurrent use.
type Schedule struct {
	first  int     // start year of tables[0]
	tables []Table // one per tax year from first; Year zero where not held
}

//go:embed data/nma_rates.csv
var embeddedRates string

var defaultSchedule = sync.OnceValue(func() Schedule {
	s, err := parseSchedule(strings.NewReader(embeddedRates), Schedule{})
	if err != nil {
		panic("carers: embedded NMA table: " + err.Error())
	}
	return s
})

// DefaultSchedule returns the tables the library ships: the tables gov.uk
// published for 2018-19, 2019-20, 2024-25 and 2025-26; 2023-24 and 2022-23
// derived from the 2024-25 table and the published uplifts of 6.88% and
// 12.43% (flagged Derived, each cell with its method); and the first table
// of 2007-08 (flagged: secondary source). 2020-21 and 2021-22 (no table
// and no uplift found) and 2026-27 (not published in the sources the
// library was built from, as of December 2026) are not held: dates in them
// are errors until a caller loads the published table with LoadSchedule.
func DefaultSchedule() Schedule { return defaultSchedule() }

// LoadSchedule reads published tables in the library's CSV format (the
// header of data/nma_rates.csv: financial_year, valid_from, valid_to,
// region, age_band_min, age_band_max, weekly_pence, source_url and an
// optional unconfirmed column; the year is the tax year, 6 April to 5
// April; an optional derived column gives the method of a derived cell) and
// returns the default schedule with them added. A loaded year
// replaces the library's table for that year whole; every loaded year must
// give all fifteen cells.
func LoadSchedule(r io.Reader) (Schedule, error) {
	return parseSchedule(r, DefaultSchedule())
}

var header = []string{"financial_year", "valid_from", "valid_to", "region", "age_band_min", "age_band_max", "weekly_pence", "source_url"}

func parseSchedule(r io.Reader, base Schedule) (Schedule, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		return Schedule{}, fmt.Errorf("carers: NMA table: %w", err)
	}
	if len(rows) == 0 || len(rows[0]) < len(header) || strings.Join(rows[0][:len(header)], ",") != strings.Join(header, ",") {
		return Schedule{}, errors.New("carers: NMA table: the header must begin " + strings.Join(header, ","))
	}
	loaded := map[int]*Table{}
	cells := map[int]int{}
	for n, row := range rows[1:] {
		line := n + 2
		if len(row) != len(rows[0]) {
			return Schedule{}, fmt.Errorf("carers: NMA table line %d: %d fields, want %d", line, len(row), len(rows[0]))
		}
		ty, err := stablehomes.ParseTaxYear(row[0])
		if err != nil {
			return Schedule{}, fmt.Errorf("carers: NMA table line %d: %w", line, err)
		}
		from, err1 := stablehomes.ParseDate(row[1])
		to, err2 := stablehomes.ParseDate(row[2])
		if err1 != nil || err2 != nil || from != ty.Start() || to != ty.End() {
			return Schedule{}, fmt.Errorf("carers: NMA table line %d: valid_from and valid_to must be the tax year's 6 April and 5 April (%s to %s)", line, ty.Start(), ty.End())
		}
		reg, ok := areaByName(row[3])
		if !ok {
			return Schedule{}, fmt.Errorf("carers: NMA table line %d: region must be London, South East or Rest of England", line)
		}
		lo, err1 := strconv.Atoi(row[4])
		hi, err2 := strconv.Atoi(row[5])
		band := bandOf(lo)
		if err1 != nil || err2 != nil || band < 0 || AgeBands()[band] != (AgeBand{lo, hi}) {
			return Schedule{}, fmt.Errorf("carers: NMA table line %d: age band must be one of 0-2, 3-4, 5-10, 11-15, 16-17", line)
		}
		pence, err := strconv.ParseInt(row[6], 10, 64)
		if err != nil || pence <= 0 || pence > 1_000_000 {
			return Schedule{}, fmt.Errorf("carers: NMA table line %d: weekly_pence must be a positive whole number of pence", line)
		}
		if strings.TrimSpace(row[7]) == "" {
			return Schedule{}, fmt.Errorf("carers: NMA table line %d: every row must cite its source", line)
		}
		t := loaded[ty.StartYear()]
		if t == nil {
			t = &Table{Year: ty, Source: row[7]}
			loaded[ty.StartYear()] = t
		}
		if t.Weekly[reg.index()][band] != 0 {
			return Schedule{}, fmt.Errorf("carers: NMA table line %d: %s %s %s given twice", line, ty, reg, AgeBands()[band])
		}
		t.Weekly[reg.index()][band] = stablehomes.Money(pence)
		var unconfirmed, derived string
		if len(row) > 8 {
			unconfirmed = row[8]
		}
		if len(row) > 9 {
			derived = row[9]
		}
		if unconfirmed != "" && t.Unconfirmed == "" {
			t.Unconfirmed = unconfirmed
		}
		if derived != "" && t.Derived == "" {
			t.Derived = derived
		}
		t.cells[reg.index()][band] = cellSource(row[7], unconfirmed, derived)
		cells[ty.StartYear()]++
	}
	out := base.clone()
	for y, t := range loaded {
		if cells[y] != 3*numBands {
			return Schedule{}, fmt.Errorf("carers: NMA table for %s has %d of its 15 cells", t.Year, cells[y])
		}
		out.put(*t)
	}
	return out, nil
}

func areaByName(s string) (AllowanceArea, bool) {
	switch s {
	case "London":
		return AreaLondon, true
	case "South East":
		return AreaSouthEast, true
	case "Rest of England":
		return AreaRestOfEngland, true
	}
	return "", false
}

func (s Schedule) clone() Schedule {
	return Schedule{first: s.first, tables: append([]Table(nil), s.tables...)}
}

// put stores a table, growing the dense year range as needed.
func (s *Schedule) put(t Table) {
	y := t.Year.StartYear()
	if len(s.tables) == 0 {
		s.first, s.tables = y, []Table{t}
		return
	}
	if y < s.first {
		s.tables = append(make([]Table, s.first-y), s.tables...)
		s.first = y
	}
	for y-s.first >= len(s.tables) {
		s.tables = append(s.tables, Table{})
	}
	s.tables[y-s.first] = t
}

// Tables returns the tables held, oldest first.
func (s Schedule) Tables() []Table {
	var out []Table
	for _, t := range s.tables {
		if !t.Year.IsZero() {
			out = append(out, t)
		}
	}
	return out
}

// TableFor returns the table for a tax year, or a *MissingTableError.
func (s Schedule) TableFor(y stablehomes.TaxYear) (Table, error) {
	i := y.StartYear() - s.first
	if i < 0 || i >= len(s.tables) || s.tables[i].Year.IsZero() {
		return Table{}, s.missing(y)
	}
	return s.tables[i], nil
}

func (s Schedule) missing(y stablehomes.TaxYear) error {
	var held []string
	for _, t := range s.Tables() {
		held = append(held, t.Year.String())
	}
	sort.Strings(held)
	return &MissingTableError{Year: y, Held: held}
}

// ErrNoTable is wrapped by every *MissingTableError.
var ErrNoTable = errors.New("no National Minimum Allowance table held for the year")

// MissingTableError reports a date in a tax year for which the schedule
// holds no table. The library never guesses a year it does not hold: a
// derived table ships only where a published uplift and a published table
// fix every cell (see Table.Uplifted), and is flagged.
type MissingTableError struct {
	Year stablehomes.TaxYear
	Held []string
}

func (e *MissingTableError) Error() string {
	return fmt.Sprintf("carers: no National Minimum Allowance table is held for tax year %s (6 April to 5 April): no published table for the year, nor a published uplift to derive it from, was found in the primary sources the library was built from; tables held: %s; "+
		"load the published %s table with LoadSchedule (the CSV format of carers/data/nma_rates.csv)",
		e.Year, strings.Join(e.Held, ", "), e.Year)
}

// Unwrap returns ErrNoTable.
func (e *MissingTableError) Unwrap() error { return ErrNoTable }

// Uplifted returns the table for a later tax year derived from this one by
// a published uplift (basis points: 355 is 3.55%), each cell rounded to the
// nearest pound, halves up, as DfE publishes whole pounds. The result is
// flagged Derived. It is an estimate of DfE's table, not DfE's table: DfE
// uplifts its unrounded figures, so a derived cell can differ from the
// published one by £1 (2025-26 from 2024-25 by 3.55%: 10 of 15 cells
// exact, 5 a pound out); load the published table where one exists.
func (t Table) Uplifted(to stablehomes.TaxYear, basisPoints int64) Table {
	method := fmt.Sprintf("%s cell × (1 + %d.%02d%%), rounded to the nearest pound (halves up)", t.Year, basisPoints/100, basisPoints%100)
	out := Table{Year: to, Source: "derived from the " + t.Year.String() + " table: " + t.Source, Unconfirmed: t.Unconfirmed, Derived: method}
	for i := range out.Weekly {
		for j := range out.Weekly[i] {
			out.Weekly[i][j] = upliftPounds(t.Weekly[i][j], basisPoints)
			src := t.cells[i][j]
			src.Derived = method
			out.cells[i][j] = src
		}
	}
	return out
}

// upliftPounds applies an uplift in basis points to an amount and rounds
// to the nearest whole pound, halves up, exactly (integer arithmetic).
func upliftPounds(m stablehomes.Money, basisPoints int64) stablehomes.Money {
	scaled := int64(m) * (10000 + basisPoints) // pence × 10^4
	const pound = 100 * 10000
	return stablehomes.Money((scaled + pound/2) / pound * 100)
}
