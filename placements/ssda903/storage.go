package ssda903

import (
	"fmt"
	"slices"
	"sync"

	"github.com/stablehomes/stablehomes"
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

// Rows are stored in chunks of chunkRows, so a growing table never copies
// what it already holds (the CSV reader appends a million rows without
// re-allocating).
const (
	chunkShift = 12
	chunkRows  = 1 << chunkShift
	chunkMask  = chunkRows - 1
)

// chunk holds up to chunkRows cells of one column: their values back to back
// in one string (cell j stops at ends[j], or wide[j]) and a bitset of the
// cells Cell cannot serve from ends (slow).
// The offsets are uint16 when the chunk's text is under 64 KB, as it is for
// every 903 column (a chunk of dates is 40 KB), and uint32 otherwise (wide
// is then set and ends is nil): a million-row table's offsets are half the
// memory they would be as uint32, and a reader in a fresh process pays a
// page fault for every 4 KB it allocates. In a chunk with uint16 offsets
// the slow cells are the null ones; in a wide chunk every cell is slow and
// wideNulls marks the null ones, so Cell serves a value with one test of
// slow and no test of the offsets' width. (ends could start with a 0 to
// spare Cell a branch, but 4097 uint16s take a 9.5 KB allocation where
// 4096 take 8 KB.)
type chunk struct {
	text      string
	ends      []uint16
	wide      []uint32
	wideNulls *[chunkRows / 64]uint64
	slow      [chunkRows / 64]uint64
}

// slowCell is cell j of a sealed chunk whose slow bit is set: a null, or a
// cell of a wide chunk.
func (ch *chunk) slowCell(j int) Cell {
	if ch.wide == nil || ch.wideNulls[j>>6]&(1<<(uint(j)&63)) != 0 {
		return Cell{state: Null}
	}
	end := ch.wide[j]
	start := uint32(0)
	if j > 0 {
		start = ch.wide[j-1]
	}
	return Cell{s: ch.text[start:end], state: Value}
}

// sealedCell is cell j of a sealed chunk.
func (ch *chunk) sealedCell(j int) Cell {
	if ch.slow[j>>6]&(1<<(uint(j)&63)) != 0 {
		return ch.slowCell(j)
	}
	end := ch.ends[j]
	start := uint16(0)
	if j > 0 {
		start = ch.ends[j-1]
	}
	return Cell{s: ch.text[start:end], state: Value}
}

// Column is one column of a table, stored column-wise. Reading a cell of a
// frozen table allocates nothing. The zero Column is an absent column: every
// cell reads as Absent.
type Column struct {
	name    string
	present bool
	chunks  []*chunk
	sealed  int // chunks whose text is final
	// The open chunk's values and offsets while building, reused from
	// chunk to chunk: a sealed chunk gets exactly the memory it needs.
	buf    []byte
	open   []uint32
	n      int
	frozen bool

	// dates caches the column's cells parsed as dd/mm/yyyy (zero where a
	// cell is not a date), built on the first dateAt of a frozen column:
	// rules read the same episode dates many times.
	dates     []stablehomes.Date
	datesOnce sync.Once
}

// dateAt is Cell(i).DateOK(), parsed once per frozen column.
func (c *Column) dateAt(i int) (stablehomes.Date, bool) {
	if c == nil || !c.present {
		return stablehomes.Date{}, false
	}
	if !c.frozen {
		return c.Cell(i).DateOK()
	}
	c.datesOnce.Do(func() {
		ds := make([]stablehomes.Date, c.n)
		for j := range ds {
			ds[j], _ = c.Cell(j).DateOK()
		}
		c.dates = ds
	})
	d := c.dates[i]
	return d, !d.IsZero()
}

// Name is the column's published name.
func (c *Column) Name() string { return c.name }

// Present reports whether the table has this column.
func (c *Column) Present() bool { return c != nil && c.present }

// Cell returns row i's cell. An absent column gives an Absent cell; i out of
// range panics like a slice index.
func (c *Column) Cell(i int) Cell {
	// Rules read cells of frozen tables tens of millions of times: they
	// are served first, without the checks for absent and open chunks.
	if c != nil && c.frozen {
		ch := c.chunks[i>>chunkShift]
		j := i & chunkMask
		if ch.slow[j>>6]&(1<<(uint(j)&63)) != 0 {
			return ch.slowCell(j)
		}
		end := ch.ends[j]
		start := uint16(0)
		if j > 0 {
			start = ch.ends[j-1]
		}
		return Cell{s: ch.text[start:end], state: Value}
	}
	return c.cellBuilding(i)
}

// cellBuilding is Cell for an absent column or one still being built.
func (c *Column) cellBuilding(i int) Cell {
	if c == nil || !c.present {
		return Cell{}
	}
	k := i >> chunkShift
	ch := c.chunks[k]
	j := i & chunkMask
	if k < c.sealed {
		return ch.sealedCell(j)
	}
	if ch.slow[j>>6]&(1<<(uint(j)&63)) != 0 { // the open chunk's slow cells are its nulls
		return Cell{state: Null}
	}
	start := uint32(0)
	if j > 0 {
		start = c.open[j-1]
	}
	return Cell{s: string(c.buf[start:c.open[j]]), state: Value}
}

// appendCell adds a cell: v's bytes, or a null.
func (c *Column) appendCell(v []byte, null bool) {
	j := c.openCell()
	if null {
		ch := c.chunks[len(c.chunks)-1]
		ch.slow[j>>6] |= 1 << (uint(j) & 63)
	} else {
		c.buf = append(c.buf, v...)
	}
	c.open = append(c.open, uint32(len(c.buf)))
	c.n++
}

// appendString is appendCell for a value given as a string.
func (c *Column) appendString(v string) {
	c.openCell()
	c.buf = append(c.buf, v...)
	c.open = append(c.open, uint32(len(c.buf)))
	c.n++
}

// openCell is the index in the open chunk of the cell about to be added,
// sealing the open chunk and starting another when it is full.
func (c *Column) openCell() int {
	j := c.n & chunkMask
	if j == 0 {
		c.startChunk()
	}
	return j
}

// startChunk seals the open chunk and opens another. It is kept out of
// openCell, which is inlined into every append (once in 4,096 cells).
//
//go:noinline
func (c *Column) startChunk() {
	c.seal()
	if c.open == nil {
		// The first chunk's scratch grows with it: most tables are
		// small.
		c.open = make([]uint32, 0, 16)
	}
	c.chunks = append(c.chunks, &chunk{})
}

// seal makes the open chunk final: its text and offsets are copied, at
// their exact sizes, out of the scratch the next chunk reuses.
func (c *Column) seal() {
	if c.sealed == len(c.chunks) {
		return
	}
	ch := c.chunks[c.sealed]
	ch.text = string(c.buf)
	if len(c.buf) <= 0xffff {
		ends := make([]uint16, len(c.open))
		for j, e := range c.open[:len(ends)] { // no bounds check on ends[j]
			ends[j] = uint16(e)
		}
		ch.ends = ends
	} else {
		ch.wide = slices.Clone(c.open)
		nulls := ch.slow
		ch.wideNulls = &nulls
		for w := range ch.slow {
			ch.slow[w] = ^uint64(0)
		}
	}
	c.sealed++
	c.buf = c.buf[:0]
	c.open = c.open[:0]
}

func (c *Column) freeze() {
	c.seal()
	c.buf, c.open = nil, nil
	c.frozen = true
}

// Table is one table of the return: named columns of equal length, and the
// position every row came from. Build it with NewTable and AppendRow (or the
// CSV reader); after Freeze it is read-only and safe for concurrent use.
type Table struct {
	id    TableID
	cols  []*Column
	index map[string]int
	// Row positions: files lists the files rows came from (files[0] is
	// the first row's); fileIdx is nil while every row is from files[0],
	// and lines is nil while row i is on line line0+i, as in a CSV file
	// without blank lines, rejected rows or records over several lines
	// (a million rows' positions would otherwise take 6 MB).
	files   []string
	fileIdx []uint16
	lines   []int32
	line0   int32
	rows    int
	frozen  bool

	// byName finds a column from its name's length and first and last
	// bytes (nameSlot): the column's index + 1, 0 for none, or
	// crowdedSlot when several columns share the slot.
	byName [64]uint8
}

const crowdedSlot = 0xff

func nameSlot(name string) int {
	if name == "" {
		return 0
	}
	return (len(name)*7 + int(name[0])*3 + int(name[len(name)-1])) & 63
}

// indexColumn records the column at index i in byName.
func (t *Table) indexColumn(i int) {
	slot := &t.byName[nameSlot(t.cols[i].name)]
	if *slot != 0 || i+1 >= crowdedSlot {
		*slot = crowdedSlot
	} else {
		*slot = uint8(i + 1)
	}
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
		t.indexColumn(len(t.cols) - 1)
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
	// Rules ask for columns by name in every row: most names are found
	// from their slot alone; names sharing a slot are scanned for, which
	// with a dozen columns still beats hashing the name.
	switch e := t.byName[nameSlot(name)]; e {
	case 0:
		return absentColumn
	case crowdedSlot:
	default:
		if c := t.cols[e-1]; sameName(c.name, name) {
			return c
		}
		return absentColumn
	}
	for _, c := range t.cols {
		if sameName(c.name, name) {
			return c
		}
	}
	return absentColumn
}

// sameName is a == b for column names, comparing lengths and first bytes
// inline before the bytes (most names a scan passes differ in one of them).
func sameName(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || a[0] == b[0] && a[len(a)-1] == b[len(b)-1] && a == b)
}

// Cell is t.Column(name).Cell(row).
func (t *Table) Cell(row int, name string) Cell { return t.Column(name).Cell(row) }

// Pos is where row i came from.
func (t *Table) Pos(i int) Pos {
	if uint(i) >= uint(t.rows) {
		panic(fmt.Sprintf("ssda903: row %d of a table of %d rows", i, t.rows))
	}
	var p Pos
	if t.lines == nil {
		p.Line = int(t.line0) + i
	} else {
		p.Line = int(t.lines[i])
	}
	if t.fileIdx == nil {
		p.File = t.files[0]
	} else {
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
			c.appendString(values[i])
		}
	}
	t.appendPos(pos)
}

// appendFields adds a row read from a file, every value upper-cased (see
// UpperCase). It is appendCell and upperASCII in one loop: a million-row
// file's cells are a few bytes each, and a call to copy them and another to
// upper-case them cost more than the bytes.
func (t *Table) appendFields(fields [][]byte, pos Pos) {
	for i, c := range t.cols {
		f := fields[i]
		j := c.openCell()
		if len(f) == 0 {
			ch := c.chunks[len(c.chunks)-1]
			ch.slow[j>>6] |= 1 << (uint(j) & 63)
		} else {
			n := len(c.buf)
			if cap(c.buf)-n < len(f) {
				c.buf = slices.Grow(c.buf, len(f))
			}
			c.buf = c.buf[:n+len(f)]
			dst := c.buf[n:]
			for k, b := range f[:len(dst)] { // no bounds check on dst[k]
				if b-'a' < 26 {
					b -= 'a' - 'A'
				}
				dst[k] = b
			}
		}
		c.open = append(c.open, uint32(len(c.buf)))
		c.n++
	}
	t.appendPos(pos)
}

// Every value read from a return's files (CSV or XML) is upper-cased, ASCII
// letters a-z only, as the peer validator's reader upper-cases every cell
// (https://github.com/data-to-insight/csc-validator-be-903, ingress.py,
// capitalise_object_dtype_cols): authorities' exports hold codes such as
// "mf" or "p1", which every tool they use reads as "MF" and "P1", so a
// lower-case code is the code, not a fault (issue 14, branch agree97). Tables
// built in memory (AppendRow, AppendStrings) keep their values as given.
func upperASCII(b []byte) {
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - ('a' - 'A')
		}
	}
}

// upperASCIIString is upperASCII for a string; it allocates only when the
// string has a lower-case letter.
func upperASCIIString(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			b := []byte(s)
			upperASCII(b[i:])
			return string(b)
		}
	}
	return s
}

func (t *Table) appendPos(pos Pos) {
	fi := 0
	if len(t.files) == 0 {
		t.files = append(t.files, pos.File)
	} else if t.files[0] != pos.File {
		fi = slices.Index(t.files, pos.File)
		if fi < 0 {
			fi = len(t.files)
			t.files = append(t.files, pos.File)
		}
	}
	if fi != 0 && t.fileIdx == nil {
		t.fileIdx = make([]uint16, t.rows, t.rows+t.rows/4+16)
	}
	if t.fileIdx != nil {
		t.fileIdx = append(t.fileIdx, uint16(fi))
	}
	line := int32(pos.Line)
	switch {
	case t.rows == 0:
		t.line0 = line
	case t.lines == nil && line != t.line0+int32(t.rows):
		t.lines = make([]int32, t.rows, t.rows+t.rows/4+16)
		for i := range t.lines {
			t.lines[i] = t.line0 + int32(i)
		}
	}
	if t.lines != nil {
		t.lines = append(t.lines, line)
	}
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
	t.addColumnOf(name, func(i int) Cell {
		if i < len(cells) {
			return cells[i]
		}
		return Cell{}
	})
}

// addColumnOf is addColumn with row i's cell given by cell(i), so that a
// derived column needs no slice of a million cells built first.
func (t *Table) addColumnOf(name string, cell func(i int) Cell) {
	c := &Column{name: name, present: true}
	for i := 0; i < t.rows; i++ {
		if v := cell(i); v.state == Value {
			c.appendString(v.s)
		} else {
			c.appendCell(nil, true)
		}
	}
	if t.frozen {
		c.freeze()
	}
	t.index[name] = len(t.cols)
	t.cols = append(t.cols, c)
	t.indexColumn(len(t.cols) - 1)
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
