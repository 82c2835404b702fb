package dated

import (
	"errors"
	"fmt"
	"slices"

	"github.com/stablehomes/stablehomes"
)

// ErrOutside is wrapped by every *RangeError.
var ErrOutside = errors.New("date outside the table")

// Entry is one span of a table. From and To are inclusive; a zero To means
// the entry is still in force (only the last entry may be open).
type Entry[V any] struct {
	From, To stablehomes.Date
	Value    V
	Source   stablehomes.Source
}

// Contains reports whether d falls in the entry's span.
func (e Entry[V]) Contains(d stablehomes.Date) bool {
	return !d.Before(e.From) && (e.To.IsZero() || !d.After(e.To))
}

// Table is an immutable, ordered set of non-overlapping entries. Gaps
// between entries are allowed (a year whose table was never published or
// not yet found) and are reported as such.
type Table[V any] struct {
	name    string
	entries []Entry[V]
}

// New checks and builds a table: every entry has a start, a source, To not
// before From, no overlaps, and only the last entry may be open-ended.
func New[V any](name string, entries []Entry[V]) (*Table[V], error) {
	es := slices.Clone(entries)
	slices.SortFunc(es, func(a, b Entry[V]) int { return a.From.Compare(b.From) })
	for i, e := range es {
		if e.From.IsZero() {
			return nil, fmt.Errorf("dated %s: entry %d has no start date", name, i)
		}
		if e.Source.Document == "" && e.Source.URL == "" {
			return nil, fmt.Errorf("dated %s: entry from %s has no source", name, e.From)
		}
		if !e.To.IsZero() && e.To.Before(e.From) {
			return nil, fmt.Errorf("dated %s: entry from %s ends before it starts", name, e.From)
		}
		if i > 0 {
			prev := es[i-1]
			if prev.To.IsZero() || !prev.To.Before(e.From) {
				return nil, fmt.Errorf("dated %s: entries from %s and %s overlap", name, prev.From, e.From)
			}
		}
	}
	return &Table[V]{name: name, entries: es}, nil
}

// Must is New for package-level tables; it panics on a malformed table.
func Must[V any](name string, entries []Entry[V]) *Table[V] {
	t, err := New(name, entries)
	if err != nil {
		panic(err)
	}
	return t
}

// Name returns the table's name.
func (t *Table[V]) Name() string { return t.name }

// Entries returns a copy of the entries in date order.
func (t *Table[V]) Entries() []Entry[V] { return slices.Clone(t.entries) }

// At returns the entry in force on d, or a *RangeError.
func (t *Table[V]) At(d stablehomes.Date) (Entry[V], error) {
	es := t.entries
	// Binary search: the last entry starting on or before d.
	lo, hi := 0, len(es)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !es[m].From.After(d) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	i := lo - 1
	if i >= 0 && es[i].Contains(d) {
		return es[i], nil
	}
	re := &RangeError{Table: t.name, Date: d}
	if i >= 0 {
		re.Before = es[i].To
	}
	if lo < len(es) {
		re.After = es[lo].From
	}
	var zero Entry[V]
	return zero, re
}

// RangeError reports a date that no entry covers: before the first, after
// the last, or in a gap between two.
type RangeError struct {
	Table string
	Date  stablehomes.Date
	// Before is the end of the entry just before Date (zero if none);
	// After is the start of the entry just after it (zero if none).
	Before, After stablehomes.Date
}

func (e *RangeError) Error() string {
	switch {
	case e.Before.IsZero() && e.After.IsZero():
		return fmt.Sprintf("%s: the table is empty", e.Table)
	case e.Before.IsZero():
		return fmt.Sprintf("%s: %s is before the first entry, which starts %s", e.Table, e.Date, e.After)
	case e.After.IsZero():
		return fmt.Sprintf("%s: %s is after the last entry, which ends %s", e.Table, e.Date, e.Before)
	}
	return fmt.Sprintf("%s: no entry covers %s (the library has entries to %s and from %s)", e.Table, e.Date, e.Before, e.After)
}

// Unwrap returns ErrOutside.
func (e *RangeError) Unwrap() error { return ErrOutside }
