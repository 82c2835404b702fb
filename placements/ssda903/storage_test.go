package ssda903

import (
	"fmt"
	"strings"
	"testing"
)

// A table read back cell by cell, while building and once frozen, gives the
// cells and positions it was given: across chunk boundaries, in chunks
// whose text needs 32-bit offsets, and with rows from several files on
// lines that do not follow each other.
func TestTableStorageRoundTrip(t *testing.T) {
	const rows = 3*chunkRows + 77
	value := func(i int) (string, bool) {
		switch {
		case i%7 == 3:
			return "", true // null
		case i/chunkRows == 1:
			// The second chunk holds 4096 cells of 20 bytes: more
			// than 64 KB of text.
			return fmt.Sprintf("%020d", i), false
		default:
			return strings.Repeat("x", i%5), false // "" is a value
		}
	}
	pos := func(i int) Pos {
		switch {
		case i < 1000:
			return Pos{File: "a.csv", Line: i + 2}
		case i < 2000:
			return Pos{File: "a.csv", Line: i + 9}
		case i < 3000:
			return Pos{File: "b.csv", Line: i}
		default:
			return Pos{Line: i}
		}
	}
	tbl := NewTable(Episodes, []string{"CHILD", "DECOM"})
	check := func(when string) {
		t.Helper()
		for i := range rows {
			v, null := value(i)
			want := ValueCell(v)
			if null {
				want = NullCell()
			}
			for _, name := range []string{"CHILD", "DECOM"} {
				if got := tbl.Cell(i, name); got != want {
					t.Fatalf("%s: row %d %s: got %v, want %v", when, i, name, got, want)
				}
			}
			if got := tbl.Pos(i); got != pos(i) {
				t.Fatalf("%s: row %d: position %v, want %v", when, i, got, pos(i))
			}
		}
	}
	for i := range rows {
		v, null := value(i)
		tbl.AppendStrings([]string{v, v}, []bool{null, null}, pos(i))
	}
	check("building")
	tbl.Freeze()
	check("frozen")
	wide := 0
	for _, ch := range tbl.Column("CHILD").chunks {
		if ch.wide != nil {
			wide++
		}
	}
	if wide != 1 {
		t.Errorf("%d chunks with 32-bit offsets, want 1", wide)
	}
}

// A CSV file without blank lines or rejected rows keeps no per-row
// positions: they follow from the first row's line.
func TestReadTableCompactPositions(t *testing.T) {
	required, _, _ := Columns(Episodes, fy2024)
	var b strings.Builder
	b.WriteString(strings.Join(required, ",") + "\n")
	for i := range 5000 {
		fmt.Fprintf(&b, "%d%s\n", i, strings.Repeat(",", len(required)-1))
	}
	tbl, res, err := ReadTable(t.Context(), strings.NewReader(b.String()), "e.csv", Episodes, fy2024, ReadOptions{})
	if err != nil || res.Counts.Accepted != 5000 {
		t.Fatal(err, res.Counts)
	}
	if tbl.lines != nil || tbl.fileIdx != nil {
		t.Errorf("positions stored row by row (%d lines, %d file indices)", len(tbl.lines), len(tbl.fileIdx))
	}
	if got, want := tbl.Pos(4999), (Pos{File: "e.csv", Line: 5001}); got != want {
		t.Errorf("last row at %v, want %v", got, want)
	}
}
