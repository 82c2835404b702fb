package ssda903

import (
	"fmt"
	"slices"
)

// Pos is where a row came from: the file and its 1-based line (the line the
// record starts on). Rows built in memory have an empty File and Line 0.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string {
	if p.File == "" {
		return fmt.Sprintf("line %d", p.Line)
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// Column is one column of a table, stored column-wise: all values of the
// column are one string (ends[i] marks where row i stops) and a bitset marks
// null cells. Reading a cell allocates nothing. The zero Column is an absent
// column: every cell reads as Absent.
type Column struct {
	name    string
	present bool
	buf     []byte // while building
	text    string // after Freeze
	ends    []uint32
	nulls   []uint64
}

// Name is the column's published name.
func (c *Column) Name() string { return c.name }

// Present reports whether the table has this column.
func (c *Column) Present() bool { return c != nil && c.present }

// Cell returns row i's cell. An absent column gives an Absent cell; i out of
// range panics like a slice index.
func (c *Column) Cell(i int) Cell {
	if c == nil || !c.present {
		return Cell{}
	}
	if c.nulls[i>>6]&(1<<(uint(i)&63)) != 0 {
		return Cell{state: Null}
	}
	start := uint32(0)
	if i > 0 {
		start = c.ends[i-1]
	}
	if c.text == "" && len(c.buf) > 0 {
		return Cell{s: string(c.buf[start:c.ends[i]]), state: Value}
	}
	return Cell{s: c.text[start:c.ends[i]], state: Value}
}

func (c *Column) appendCell(v []byte, null bool) {
	i := len(c.ends)
	if i>>6 >= len(c.nulls) {
		c.nulls = append(c.nulls, 0)
	}
	if null {
		c.nulls[i>>6] |= 1 << (uint(i) & 63)
	} else {
		c.buf = append(c.buf, v...)
	}
	c.ends = append(c.ends, uint32(len(c.buf)))
}

func (c *Column) freeze() {
	if c.buf != nil {
		c.text += string(c.buf)
		c.buf = nil
	}
}

// Table is one table of the return: named columns of equal length, and the
// position every row came from. Build it with NewTable and AppendRow (or the
// CSV reader); after Freeze it is read-only and safe for concurrent use.
type Table struct {
	id      TableID
	cols    []*Column
	index   map[string]int
	files   []string
	fileIdx []uint16
	lines   []int32
	rows    int
	frozen  bool
}

// NewTable makes an empty table with the given columns (in order).
func NewTable(id TableID, columns []string) *Table {
	t := &Table{id: id, index: make(map[string]int, len(columns))}
	for _, name := range columns {
		if _, dup := t.index[name]; dup {
			continue
		}
		t.index[name] = len(t.cols)
		t.cols = append(t.cols, &Column{name: name, present: true})
	}
	return t
}

// ID is the table's identity.
func (t *Table) ID() TableID { return t.id }

// Len is the number of rows (0 for a nil table).
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return t.rows
}

// Columns lists the column names in order.
func (t *Table) Columns() []string {
	out := make([]string, len(t.cols))
	for i, c := range t.cols {
		out[i] = c.name
	}
	return out
}

// HasColumn reports whether the table has the named column.
func (t *Table) HasColumn(name string) bool {
	if t == nil {
		return false
	}
	_, ok := t.index[name]
	return ok
}

var absentColumn = &Column{}

// Column returns the named column, or an absent column whose cells are all
// Absent. Fetch a column once and read its cells in a loop.
func (t *Table) Column(name string) *Column {
	if t == nil {
		return absentColumn
	}
	if i, ok := t.index[name]; ok {
		return t.cols[i]
	}
	return absentColumn
}

// Cell is t.Column(name).Cell(row).
func (t *Table) Cell(row int, name string) Cell { return t.Column(name).Cell(row) }

// Pos is where row i came from.
func (t *Table) Pos(i int) Pos {
	p := Pos{Line: int(t.lines[i])}
	if len(t.files) > 0 {
		p.File = t.files[t.fileIdx[i]]
	}
	return p
}

// AppendRow adds a row: one cell per column, in column order (missing
// trailing cells are null). Building cells is for in-memory sources (tests,
// JSON, the generator); the CSV reader appends bytes directly.
func (t *Table) AppendRow(cells []Cell, pos Pos) {
	t.mustBuild()
	for i, c := range t.cols {
		if i < len(cells) && cells[i].state == Value {
			c.appendCell([]byte(cells[i].s), false)
		} else {
			c.appendCell(nil, true)
		}
	}
	t.appendPos(pos)
}

// AppendStrings adds a row of values in column order; nulls[i] marks null
// cells (nulls may be nil).
func (t *Table) AppendStrings(values []string, nulls []bool, pos Pos) {
	t.mustBuild()
	for i, c := range t.cols {
		null := i >= len(values) || (nulls != nil && nulls[i])
		if null {
			c.appendCell(nil, true)
		} else {
			c.buf = append(c.buf, values[i]...)
			c.appendCell(nil, false)
		}
	}
	t.appendPos(pos)
}

func (t *Table) appendFields(fields [][]byte, pos Pos) {
	for i, c := range t.cols {
		f := fields[i]
		c.appendCell(f, len(f) == 0)
	}
	t.appendPos(pos)
}

func (t *Table) appendPos(pos Pos) {
	fi := 0
	if pos.File != "" {
		fi = slices.Index(t.files, pos.File)
		if fi < 0 {
			fi = len(t.files)
			t.files = append(t.files, pos.File)
		}
	} else if len(t.files) > 0 {
		fi = slices.Index(t.files, "")
		if fi < 0 {
			fi = len(t.files)
			t.files = append(t.files, "")
		}
	}
	t.fileIdx = append(t.fileIdx, uint16(fi))
	t.lines = append(t.lines, int32(pos.Line))
	t.rows++
}

func (t *Table) mustBuild() {
	if t.frozen {
		panic("ssda903: table is frozen")
	}
}

// Freeze ends building: column bytes become one immutable string each, so
// cells are read without copying. Idempotent.
func (t *Table) Freeze() {
	if t == nil || t.frozen {
		return
	}
	for _, c := range t.cols {
		c.freeze()
	}
	t.frozen = true
}

// addColumn appends a column of cells (derived fields), one per row.
func (t *Table) addColumn(name string, cells []Cell) {
	c := &Column{name: name, present: true}
	for i := 0; i < t.rows; i++ {
		if i < len(cells) && cells[i].state == Value {
			c.appendCell([]byte(cells[i].s), false)
		} else {
			c.appendCell(nil, true)
		}
	}
	if t.frozen {
		c.freeze()
	}
	t.index[name] = len(t.cols)
	t.cols = append(t.cols, c)
}

// Subset returns a new frozen table holding the given rows (in that order),
// keeping their positions. Tests use it to shuffle and remove rows.
func (t *Table) Subset(rows []int) *Table {
	out := NewTable(t.id, t.Columns())
	cells := make([]Cell, len(t.cols))
	for _, r := range rows {
		for i, c := range t.cols {
			cells[i] = c.Cell(r)
		}
		out.AppendRow(cells, t.Pos(r))
	}
	out.Freeze()
	return out
}
