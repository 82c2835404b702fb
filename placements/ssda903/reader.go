package ssda903

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/stablehomes/stablehomes"
)

// DefaultMaxRowBytes bounds one CSV record (a 903 row is under 200 bytes).
const DefaultMaxRowBytes = 64 << 10

// ReadOptions tune the CSV reader. The zero value is ready to use.
type ReadOptions struct {
	// MaxRowBytes rejects longer records; 0 means DefaultMaxRowBytes.
	MaxRowBytes int
}

// Counts are a reader's totals: Read = Accepted + Rejected, always. Read
// counts data records (the header line is not a row); Blank counts empty
// lines apart (spreadsheets leave them at the end of a file): they are
// neither rows nor rejections.
type Counts struct {
	Read, Accepted, Rejected int
	Blank                    int
}

// Add sums counts.
func (c Counts) Add(d Counts) Counts {
	return Counts{c.Read + d.Read, c.Accepted + d.Accepted, c.Rejected + d.Rejected, c.Blank + d.Blank}
}

// RowError is a rejected row: where it is, which table, and why. Reasons are
// structural (field count, encoding, size, quoting, the file's header) and
// never quote the row's content. Field-level problems are not rejections:
// the validation rules report them.
type RowError struct {
	Pos    Pos
	Table  TableID
	Reason string
}

func (e *RowError) Error() string {
	return fmt.Sprintf("ssda903: %s %s: row rejected: %s", e.Table, e.Pos, e.Reason)
}

// HeaderError is a header line that does not match the table's published
// columns for the year. Every data row of such a file is rejected with it.
type HeaderError struct {
	File  string
	Table TableID
	Year  stablehomes.FinancialYear
	// Unknown counts the file's columns not in the year's specification.
	// Their names are not kept: a file without a header line has a child's
	// data row there, and no output may echo input text.
	Unknown int
	Missing []string // required columns not in the file (specification names)
	Dup     []string // specification columns given twice
	Other   string   // e.g. empty file, table not collected that year
}

func (e *HeaderError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "ssda903: %s: header does not match %s for %s", e.File, e.Table, e.Year)
	if e.Other != "" {
		fmt.Fprintf(&b, ": %s", e.Other)
	}
	if e.Unknown > 0 {
		fmt.Fprintf(&b, "; %d unknown column(s)", e.Unknown)
	}
	if len(e.Missing) > 0 {
		fmt.Fprintf(&b, "; missing columns %s", strings.Join(e.Missing, ", "))
	}
	if len(e.Dup) > 0 {
		fmt.Fprintf(&b, "; duplicated columns %s", strings.Join(e.Dup, ", "))
	}
	return b.String()
}

// Reader streams one CSV file of one table, a record at a time, without
// loading the file. Records follow RFC 4180 (quoted fields may hold commas,
// doubled quotes and line breaks); an optional UTF-8 byte-order mark is
// skipped; an empty field is a null cell.
type Reader struct {
	br        *bufio.Reader
	file      string
	table     TableID
	year      stablehomes.FinancialYear
	max       int
	columns   []string
	headerErr *HeaderError
	line      int // last physical line consumed
	counts    Counts
	fields    [][]byte
	rec       []byte // a quoted record assembled across lines
	un        []byte // its unquoted fields
	ends      []int
	commas    []int32 // the fast path's scratch: where a line's commas are
	err       error
}

// NewReader reads the header line of a table's CSV file and checks it
// against the year's published columns (Columns). A header problem does not
// stop reading: each data row is then rejected with it (HeaderErr says why),
// so the totals still add up.
func NewReader(r io.Reader, file string, table TableID, year stablehomes.FinancialYear, opts ReadOptions) *Reader {
	max := opts.MaxRowBytes
	if max <= 0 {
		max = DefaultMaxRowBytes
	}
	size := max + 2
	if size < 4096 {
		size = 4096
	}
	rd := &Reader{br: bufio.NewReaderSize(r, size), file: file, table: table, year: year, max: max}
	rd.readHeader()
	return rd
}

// Columns are the header's column names in file order.
func (r *Reader) Columns() []string { return r.columns }

// HeaderErr is the header problem, or nil.
func (r *Reader) HeaderErr() error {
	if r.headerErr == nil {
		return nil
	}
	return r.headerErr
}

// Counts so far.
func (r *Reader) Counts() Counts { return r.counts }

func (r *Reader) readHeader() {
	if bom, _ := r.br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		r.br.Discard(3)
	}
	herr := &HeaderError{File: r.file, Table: r.table, Year: r.year}
	ok, reason, err := r.readRecord()
	for err == nil && !ok && reason == reasonBlank {
		r.counts.Blank++
		ok, reason, err = r.readRecord()
	}
	if err != nil || !ok {
		switch {
		case err == io.EOF:
			herr.Other = "empty file"
		case err != nil:
			r.err = err
			herr.Other = "read error"
		default:
			herr.Other = "header line rejected: " + reason
		}
		r.headerErr = herr
		return
	}
	for _, f := range r.fields {
		r.columns = append(r.columns, string(bytes.TrimSpace(f)))
	}
	required, optional, inYear := Columns(r.table, r.year)
	if !inYear {
		herr.Other = "table not collected in this year"
		r.headerErr = herr
		return
	}
	seen := map[string]bool{}
	for _, c := range r.columns {
		known := slices.Contains(required, c) || slices.Contains(optional, c)
		if !known {
			herr.Unknown++
		} else if seen[c] {
			herr.Dup = append(herr.Dup, c)
		}
		seen[c] = true
	}
	for _, c := range required {
		if !seen[c] {
			herr.Missing = append(herr.Missing, c)
		}
	}
	if herr.Unknown+len(herr.Missing)+len(herr.Dup) > 0 {
		r.headerErr = herr
	}
}

// Row is an accepted record. Its fields are valid until the next Read.
type Row struct {
	Pos     Pos
	columns []string
	fields  [][]byte
}

// Len is the number of fields.
func (row Row) Len() int { return len(row.fields) }

// Cell returns the named field (allocating a string), Absent when the file
// has no such column, Null when the field is empty.
func (row Row) Cell(name string) Cell {
	i := slices.Index(row.columns, name)
	if i < 0 {
		return Cell{}
	}
	if len(row.fields[i]) == 0 {
		return NullCell()
	}
	return ValueCell(string(row.fields[i]))
}

// Read returns the next accepted row; a rejected row as a *RowError (keep
// reading); io.EOF at the end; any other error is an I/O failure.
func (r *Reader) Read() (Row, error) {
	if r.err != nil {
		return Row{}, r.err
	}
	start := r.line + 1
	ok, reason, err := r.readRecord()
	for err == nil && !ok && reason == reasonBlank {
		r.counts.Blank++
		start = r.line + 1
		ok, reason, err = r.readRecord()
	}
	if err != nil {
		r.err = err
		return Row{}, err
	}
	r.counts.Read++
	pos := Pos{File: r.file, Line: start}
	if ok && r.headerErr != nil {
		ok, reason = false, "file header does not match the table's columns for the year"
	}
	if ok && len(r.fields) != len(r.columns) {
		ok, reason = false, fmt.Sprintf("has %d fields, the header has %d", len(r.fields), len(r.columns))
	}
	if !ok {
		r.counts.Rejected++
		return Row{}, &RowError{Pos: pos, Table: r.table, Reason: reason}
	}
	r.counts.Accepted++
	return Row{Pos: pos, columns: r.columns, fields: r.fields}, nil
}

var errTooLong = errors.New("too long")

// reasonBlank marks an empty line: counted in Counts.Blank, not a row.
const reasonBlank = "blank line"

// readRecord reads one record into r.fields. ok=false with a reason means a
// structurally bad record (consumed); err is io.EOF or an I/O error.
func (r *Reader) readRecord() (ok bool, reason string, err error) {
	line, err := r.physicalLine()
	if err == errTooLong {
		return false, fmt.Sprintf("row longer than %d bytes", r.max), nil
	}
	if err != nil {
		return false, "", err
	}
	r.fields = r.fields[:0]
	if bytes.IndexByte(line, '"') < 0 {
		// Fast path: no quoting, fields point into the read buffer.
		if !utf8.Valid(line) {
			return false, "not valid UTF-8", nil
		}
		if len(line) == 0 {
			return false, reasonBlank, nil
		}
		// Fields are a few bytes long: a byte loop beats a call per
		// field, and one without a branch on each byte beats one with
		// (where the commas fall is not predictable): every byte's
		// position is written, and the next write moves on past a comma.
		if len(r.commas) <= len(line) {
			r.commas = make([]int32, len(line)+64)
		}
		commas := r.commas[:len(line)+1]
		k := 0
		for i, c := range line {
			commas[k] = int32(i)
			step := 0
			if c == ',' {
				step = 1
			}
			k += step
		}
		start := 0
		for _, p := range commas[:k] {
			r.fields = append(r.fields, line[start:p:p])
			start = int(p) + 1
		}
		r.fields = append(r.fields, line[start:])
		return true, "", nil
	}
	// Quoted fields: gather the whole record (a quoted field may hold line
	// breaks: quotes are balanced at its end), then unquote it into r.un.
	r.rec = append(r.rec[:0], line...)
	for endsInQuotedField(r.rec) {
		next, err := r.physicalLine()
		if err == errTooLong || len(r.rec)+1+len(next) > r.max {
			return false, fmt.Sprintf("row longer than %d bytes", r.max), nil
		}
		if err == io.EOF {
			return false, "unterminated quoted field", nil
		}
		if err != nil {
			return false, "", err
		}
		r.rec = append(r.rec, '\n')
		r.rec = append(r.rec, next...)
	}
	if !utf8.Valid(r.rec) {
		return false, "not valid UTF-8", nil
	}
	r.un = r.un[:0]
	r.ends = r.ends[:0]
	rec := r.rec
	for i := 0; ; {
		if i < len(rec) && rec[i] == '"' {
			i++
			for {
				if i >= len(rec) {
					return false, "unterminated quoted field", nil
				}
				if rec[i] == '"' {
					if i+1 < len(rec) && rec[i+1] == '"' {
						r.un = append(r.un, '"')
						i += 2
						continue
					}
					i++
					break
				}
				r.un = append(r.un, rec[i])
				i++
			}
			if i < len(rec) && rec[i] != ',' {
				return false, "text after a closing quote", nil
			}
		} else {
			end := len(rec)
			if j := bytes.IndexByte(rec[i:], ','); j >= 0 {
				end = i + j
			}
			if bytes.IndexByte(rec[i:end], '"') >= 0 {
				return false, "quote inside an unquoted field", nil
			}
			r.un = append(r.un, rec[i:end]...)
			i = end
		}
		r.ends = append(r.ends, len(r.un))
		if i >= len(rec) {
			break
		}
		i++ // the comma
	}
	start := 0
	for _, e := range r.ends {
		r.fields = append(r.fields, r.un[start:e:e])
		start = e
	}
	return true, "", nil
}

// endsInQuotedField reports whether rec stops inside a quoted field (so the
// record continues on the next line). Only a quote at the start of a field
// opens one; a stray quote elsewhere is left for the parser to reject.
func endsInQuotedField(rec []byte) bool {
	atStart, quoted := true, false
	for i := 0; i < len(rec); i++ {
		c := rec[i]
		switch {
		case quoted:
			if c == '"' {
				if i+1 < len(rec) && rec[i+1] == '"' {
					i++
				} else {
					quoted = false
				}
			}
		case c == ',':
			atStart = true
			continue
		case c == '"' && atStart:
			quoted = true
		}
		atStart = false
	}
	return quoted
}

// physicalLine returns the next line without its line ending. At the end of
// input it returns io.EOF (a final line without a newline is returned first).
func (r *Reader) physicalLine() ([]byte, error) {
	line, err := r.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull || (len(line) > r.max+2) {
		r.line++
		for err == bufio.ErrBufferFull {
			_, err = r.br.ReadSlice('\n')
		}
		return nil, errTooLong
	}
	if err != nil && err != io.EOF {
		return nil, err
	}
	if len(line) == 0 && err == io.EOF {
		return nil, io.EOF
	}
	r.line++
	line = bytes.TrimSuffix(line, []byte{'\n'})
	line = bytes.TrimSuffix(line, []byte{'\r'})
	if len(line) > r.max {
		return nil, errTooLong
	}
	return line, nil
}

// ReadResult accounts for one file: counts, every rejected row, and the
// header problem if any.
type ReadResult struct {
	Counts    Counts
	Rejected  []RowError
	HeaderErr error
}

// ReadTable reads a whole CSV file of one table into a frozen Table whose
// columns are the file's header columns. Rejected rows are returned with
// their reasons; the error is only for I/O failures.
//
// ReadTable stops promptly when ctx is cancelled and returns an error
// wrapping ctx.Err().
func ReadTable(ctx context.Context, rd io.Reader, file string, table TableID, year stablehomes.FinancialYear, opts ReadOptions) (*Table, ReadResult, error) {
	r := NewReader(rd, file, table, year, opts)
	t := NewTable(table, r.Columns())
	res := ReadResult{HeaderErr: r.HeaderErr()}
	for n := 1; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				res.Counts = r.Counts()
				return nil, res, fmt.Errorf("ssda903: reading %s stopped: %w", table, err)
			}
		}
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			// A type check, not errors.As: &re would escape and cost an
			// allocation per row.
			if re, ok := err.(*RowError); ok {
				res.Rejected = append(res.Rejected, *re)
				continue
			}
			res.Counts = r.Counts()
			return nil, res, err
		}
		t.appendFields(row.fields, row.Pos)
	}
	t.Freeze()
	res.Counts = r.Counts()
	return t, res, nil
}
