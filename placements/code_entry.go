package placements

import (
	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/codelist"
)

// CodeEntry is one code of an SSDA903 code list, as the *Entries functions
// return it: the code, its meaning, the dates it may be used and its source.
type CodeEntry struct {
	// Code is the code as the return writes it ("U4").
	Code string
	// Title is the code's short meaning; Description, when set, the longer one.
	Title, Description string
	// From is the first day the code may be used (zero: always); To the
	// last (zero: still valid).
	From, To stablehomes.Date
	// Source is the published specification the code comes from.
	Source stablehomes.Source
	// Unconfirmed, when set, says what of the code's wording or dates is not
	// confirmed against the published specification.
	Unconfirmed string
}

// ValidOn reports whether the code may be used on d.
func (e CodeEntry) ValidOn(d stablehomes.Date) bool {
	if !e.From.IsZero() && d.Before(e.From) {
		return false
	}
	return e.To.IsZero() || !d.After(e.To)
}

// codeEntries copies a list's entries into the public type.
func codeEntries(l *codelist.List) []CodeEntry {
	in := l.Entries()
	out := make([]CodeEntry, len(in))
	for i, e := range in {
		out[i] = CodeEntry{Code: e.Code, Title: e.Title, Description: e.Description, From: e.From, To: e.To, Source: e.Source, Unconfirmed: e.Unconfirmed}
	}
	return out
}
