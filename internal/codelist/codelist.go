package codelist

import (
	"fmt"
	"slices"

	"github.com/stablehomes/stablehomes"
)

// Entry is one code.
type Entry struct {
	Code        string
	Title       string // short name, shown as the schema title
	Description string // longer meaning, shown as the schema description
	// From is the first day the code may be used (zero: always). To is the
	// last (zero: still valid).
	From, To stablehomes.Date
	Source   stablehomes.Source
	// Unconfirmed is set where the code's wording or dates are not
	// confirmed against the published specification; it says what is
	// missing, and the Title is then the library's placeholder.
	Unconfirmed string
}

// ValidOn reports whether the code may be used on d.
func (e Entry) ValidOn(d stablehomes.Date) bool {
	if !e.From.IsZero() && d.Before(e.From) {
		return false
	}
	return e.To.IsZero() || !d.After(e.To)
}

// List is an immutable code list. Build one with New at package level.
type List struct {
	name    string // e.g. "placement type"
	entries []Entry
	index   map[string]int
}

// New builds a list. It panics on a duplicate or empty code or an entry
// without a title or source: lists are package-level tables checked by
// tests, and a broken one must not start.
func New(name string, entries []Entry) *List {
	l := &List{name: name, entries: slices.Clone(entries), index: make(map[string]int, len(entries))}
	for i, e := range entries {
		if e.Code == "" || e.Title == "" || e.Source.Document == "" {
			panic(fmt.Sprintf("codelist %s: entry %d (%q) lacks code, title or source", name, i, e.Code))
		}
		if _, dup := l.index[e.Code]; dup {
			panic(fmt.Sprintf("codelist %s: duplicate code %q", name, e.Code))
		}
		l.index[e.Code] = i
	}
	return l
}

// Name returns the list's name.
func (l *List) Name() string { return l.name }

// Entries returns a copy of the entries, in table order.
func (l *List) Entries() []Entry { return slices.Clone(l.entries) }

// Lookup returns the entry for code.
func (l *List) Lookup(code string) (Entry, bool) {
	i, ok := l.index[code]
	if !ok {
		return Entry{}, false
	}
	return l.entries[i], true
}

// ValidOn reports whether code is in the list and valid on d: Lookup and
// Entry.ValidOn without copying the entry.
func (l *List) ValidOn(code string, d stablehomes.Date) bool {
	i, ok := l.index[code]
	return ok && l.entries[i].ValidOn(d)
}

// Parse checks that code is in the list (at any date) and returns it.
func (l *List) Parse(code string) (string, error) {
	if _, ok := l.index[code]; !ok {
		return "", &UnknownError{List: l.name, Code: clip(code)}
	}
	return code, nil
}

// ParseText is Parse for a code in bytes, as UnmarshalText receives it. It
// returns the list's own copy of the code, so decoding a code allocates
// nothing.
func (l *List) ParseText(b []byte) (string, error) {
	i, ok := l.index[string(b)]
	if !ok {
		return "", &UnknownError{List: l.name, Code: clip(string(b))}
	}
	return l.entries[i].Code, nil
}

// ParseOn checks that code is in the list and valid on d.
func (l *List) ParseOn(code string, d stablehomes.Date) (string, error) {
	e, ok := l.Lookup(code)
	if !ok {
		return "", &UnknownError{List: l.name, Code: clip(code)}
	}
	if !e.ValidOn(d) {
		return "", &NotValidError{List: l.name, Code: code, On: d, From: e.From, To: e.To}
	}
	return code, nil
}

func clip(s string) string {
	if len(s) > 16 {
		return s[:16] + "…"
	}
	return s
}

// UnknownError reports a code that is not in the list.
type UnknownError struct{ List, Code string }

// Error names the list but not the code: a field meant for a code may
// hold personal data typed in the wrong place. Code keeps it for callers.
func (e *UnknownError) Error() string {
	return "unknown " + e.List + " code (not in the published list)"
}

// NotValidError reports a code used outside the dates it is valid for.
type NotValidError struct {
	List, Code string
	On, From   stablehomes.Date
	To         stablehomes.Date
}

func (e *NotValidError) Error() string {
	var span string
	switch {
	case !e.From.IsZero() && !e.To.IsZero():
		span = "from " + e.From.String() + " to " + e.To.String()
	case !e.From.IsZero():
		span = "from " + e.From.String()
	default:
		span = "up to " + e.To.String()
	}
	return fmt.Sprintf("%s code %q is valid only %s (collection year %s onwards ends %s), not on the date judged (collection year %s)",
		e.List, e.Code, span, yearOf(e.From), yearOf(e.To), stablehomes.FinancialYearOf(e.On))
}

func yearOf(d stablehomes.Date) string {
	if d.IsZero() {
		return "-"
	}
	return stablehomes.FinancialYearOf(d).String()
}
