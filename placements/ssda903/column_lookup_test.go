package ssda903

import (
	"slices"
	"testing"
)

// Table.Column finds every column of every table by name (and the first of
// two columns sharing a name), and no column for names near them.
func TestColumnLookupByName(t *testing.T) {
	scan := func(tb *Table, name string) *Column {
		for _, c := range tb.cols {
			if c.name == name {
				return c
			}
		}
		return absentColumn
	}
	var tables []*Table
	for _, id := range Tables() {
		req, opt, ok := Columns(id, fy2024)
		if ok {
			tables = append(tables, NewTable(id, append(req, opt...)))
		}
	}
	many := make([]string, 300)
	for i := range many {
		many[i] = string(rune('A'+i%26)) + string(rune('a'+i/26))
	}
	tables = append(tables, NewTable(Header, many), NewTable(Header, []string{"", "A", "AA", "AAA"}))
	dup := NewTable(Header, []string{"CHILD", "DOB"})
	dup.Freeze()
	dup.addColumn("DOB", nil)
	tables = append(tables, dup)
	for _, tb := range tables {
		names := slices.Clone(tb.Columns())
		for _, n := range tb.Columns() {
			names = append(names, n+"X", "X"+n, n+n)
			if len(n) > 1 {
				names = append(names, n[1:], n[:len(n)-1], n[:1]+"#"+n[2:])
			}
		}
		names = append(names, "", "UNKNOWN")
		for _, n := range names {
			if got, want := tb.Column(n), scan(tb, n); got != want {
				t.Fatalf("%v: Column(%q) = %q, want %q", tb.ID(), n, got.Name(), want.Name())
			}
		}
	}
}
