// Package xlsx reads the cell values of an Office Open XML workbook (.xlsx,
// ECMA-376 Part 1, SpreadsheetML), with the standard library only: the
// workbook is a zip archive whose sheets are XML parts, read token by token.
//
// It reads what tabular data files need — sheet names in workbook order,
// and each sheet's rows as strings (shared strings, inline strings, numbers
// as written, booleans) — and nothing else: no formulas are evaluated (a
// formula cell gives its cached value), no styles are applied (a date is
// the serial number the cell holds; see SerialDate). Errors name the part
// and position, never cell content.
package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"strconv"
	"strings"
	"time"
)

// ErrNotWorkbook is returned for bytes that are not an xlsx workbook.
var ErrNotWorkbook = errors.New("xlsx: not an Office Open XML workbook")

var errPartLimit = errors.New("xlsx: a part expands beyond its size limit")

// Limits bound what a workbook may expand to.
type Limits struct {
	// MaxPartBytes bounds one part's uncompressed size (a zip bomb is
	// refused, not inflated). 0: 256 MiB.
	MaxPartBytes int64
	// MaxCells bounds the cells of one sheet. 0: 20 million.
	MaxCells int
}

// Workbook is an opened workbook.
type Workbook struct {
	zr      *zip.Reader
	sheets  []sheetRef
	strings []string
	limits  Limits
}

type sheetRef struct {
	name string
	part string
}

// Open reads the workbook's structure (sheet list and shared strings).
func Open(data []byte, limits Limits) (*Workbook, error) {
	if limits.MaxPartBytes <= 0 {
		limits.MaxPartBytes = 256 << 20
	}
	if limits.MaxCells <= 0 {
		limits.MaxCells = 20_000_000
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, ErrNotWorkbook
	}
	wb := &Workbook{zr: zr, limits: limits}
	rels, err := wb.relationships("xl/_rels/workbook.xml.rels")
	if err != nil {
		return nil, err
	}
	if err := wb.readSheets(rels); err != nil {
		return nil, err
	}
	if err := wb.readSharedStrings(); err != nil {
		return nil, err
	}
	return wb, nil
}

// Sheets returns the sheet names in workbook order.
func (wb *Workbook) Sheets() []string {
	out := make([]string, len(wb.sheets))
	for i, s := range wb.sheets {
		out[i] = s.name
	}
	return out
}

func (wb *Workbook) file(name string) *zip.File {
	for _, f := range wb.zr.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

func (wb *Workbook) open(name string) (io.ReadCloser, error) {
	f := wb.file(name)
	if f == nil {
		return nil, fmt.Errorf("%w (no part %s)", ErrNotWorkbook, name)
	}
	if f.UncompressedSize64 > uint64(wb.limits.MaxPartBytes) {
		return nil, fmt.Errorf("xlsx: part %s is larger than %d bytes uncompressed", name, wb.limits.MaxPartBytes)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("xlsx: part %s: %w", name, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{&limitedReader{r: rc, n: wb.limits.MaxPartBytes, part: name}, rc}, nil
}

// limitedReader fails (rather than truncating) past n bytes: the size the
// zip directory states is not trusted.
type limitedReader struct {
	r    io.Reader
	n    int64
	part string
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, errPartLimit
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

func (wb *Workbook) relationships(name string) (map[string]string, error) {
	rc, err := wb.open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	out := map[string]string{}
	dec := xml.NewDecoder(rc)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("xlsx: part %s: malformed XML at byte %d", name, dec.InputOffset())
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" {
			out[attr(se, "Id")] = attr(se, "Target")
		}
	}
}

func (wb *Workbook) readSheets(rels map[string]string) error {
	const part = "xl/workbook.xml"
	rc, err := wb.open(part)
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := xml.NewDecoder(rc)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("xlsx: part %s: malformed XML at byte %d", part, dec.InputOffset())
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "sheet" {
			continue
		}
		var rid string
		for _, a := range se.Attr {
			if a.Name.Local == "id" && a.Name.Space != "" {
				rid = a.Value
			}
		}
		target, ok := rels[rid]
		if !ok {
			return fmt.Errorf("xlsx: sheet %d has no part", len(wb.sheets)+1)
		}
		if strings.HasPrefix(target, "/") {
			target = strings.TrimPrefix(target, "/")
		} else {
			target = path.Join("xl", target)
		}
		wb.sheets = append(wb.sheets, sheetRef{name: attr(se, "name"), part: target})
	}
	if len(wb.sheets) == 0 {
		return fmt.Errorf("%w (no sheets)", ErrNotWorkbook)
	}
	return nil
}

func (wb *Workbook) readSharedStrings() error {
	const part = "xl/sharedStrings.xml"
	if wb.file(part) == nil {
		return nil // a workbook of numbers and inline strings has none
	}
	rc, err := wb.open(part)
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := xml.NewDecoder(rc)
	var cur strings.Builder
	inSI, inT, inRPh := false, false, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("xlsx: part %s: malformed XML at byte %d", part, dec.InputOffset())
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				inSI = true
				cur.Reset()
			case "t":
				inT = inSI
			case "rPh": // phonetic runs are not part of the text
				inRPh = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				wb.strings = append(wb.strings, cur.String())
				inSI = false
			case "t":
				inT = false
			case "rPh":
				inRPh = false
			}
		case xml.CharData:
			if inT && !inRPh {
				cur.Write(t)
			}
		}
	}
}

// Rows calls fn for each row of sheet i (0-based) that holds a cell, with
// the row's 1-based number and its values by column (A = 0; gaps are "").
// The slice is reused between calls. fn returning false stops the read.
func (wb *Workbook) Rows(i int, fn func(row int, values []string) bool) error {
	if i < 0 || i >= len(wb.sheets) {
		return fmt.Errorf("xlsx: no sheet %d", i+1)
	}
	part := wb.sheets[i].part
	rc, err := wb.open(part)
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := xml.NewDecoder(rc)
	var (
		values     []string
		rowNum     int
		col        int
		cellType   string
		inV, inIs  bool
		val        strings.Builder
		cells      int
		inRow      bool
		sheetIndex = i + 1
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if errors.Is(err, errPartLimit) {
				return fmt.Errorf("xlsx: sheet %d expands beyond the part limit", sheetIndex)
			}
			return fmt.Errorf("xlsx: sheet %d: malformed XML at byte %d", sheetIndex, dec.InputOffset())
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				inRow = true
				values = values[:0]
				if r, err := strconv.Atoi(attr(t, "r")); err == nil && r > 0 {
					rowNum = r
				} else {
					rowNum++
				}
				col = 0
			case "c":
				if !inRow {
					continue
				}
				cells++
				if cells > wb.limits.MaxCells {
					return fmt.Errorf("xlsx: sheet %d has more than %d cells", sheetIndex, wb.limits.MaxCells)
				}
				if c, ok := columnIndex(attr(t, "r")); ok {
					col = c
				}
				cellType = attr(t, "t")
				val.Reset()
			case "v":
				inV = true
			case "is":
				inIs = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v":
				inV = false
			case "is":
				inIs = false
			case "c":
				if !inRow {
					continue
				}
				v, err := wb.cellValue(cellType, val.String())
				if err != nil {
					return fmt.Errorf("xlsx: sheet %d row %d: %w", sheetIndex, rowNum, err)
				}
				if col > 16383 {
					return fmt.Errorf("xlsx: sheet %d row %d: a cell beyond column XFD", sheetIndex, rowNum)
				}
				for len(values) <= col {
					values = append(values, "")
				}
				values[col] = v
				col++
			case "row":
				inRow = false
				if len(values) > 0 && !fn(rowNum, values) {
					return nil
				}
			}
		case xml.CharData:
			if inV || inIs {
				val.Write(t)
			}
		}
	}
}

func (wb *Workbook) cellValue(typ, raw string) (string, error) {
	switch typ {
	case "s":
		n, err := strconv.Atoi(strings.TrimSpace(raw))
		if err != nil || n < 0 || n >= len(wb.strings) {
			return "", errors.New("a shared-string cell points outside the table")
		}
		return wb.strings[n], nil
	case "b":
		if strings.TrimSpace(raw) == "1" {
			return "TRUE", nil
		}
		return "FALSE", nil
	default: // n, str, inlineStr, e, d
		return raw, nil
	}
}

// columnIndex reads the column of a cell reference ("C12" → 2).
func columnIndex(ref string) (int, bool) {
	n := 0
	i := 0
	for ; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		n = n*26 + int(ref[i]-'A'+1)
		if n > 16384 {
			return 0, false
		}
	}
	if i == 0 {
		return 0, false
	}
	return n - 1, true
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// SerialDate converts a spreadsheet date serial (the 1900 date system,
// whose day 60 is the non-existent 29 February 1900) to a calendar date.
// ok is false for text that is not a number or a serial outside 1 March
// 1900 to 31 December 9999.
func SerialDate(s string) (y int, m time.Month, d int, ok bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(f) || f < 61 || f >= 2958466 {
		return 0, 0, 0, false
	}
	t := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(math.Floor(f)))
	return t.Year(), t.Month(), t.Day(), true
}
