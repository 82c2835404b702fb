package ssda903

import (
	"github.com/stablehomes/stablehomes"
)

// Return is one authority's SSDA903 return for a collection year, with
// optionally last year's tables (the _last tables) and metadata. It is what
// the CSV reader produces and what Validate judges. A missing table is nil
// (Table methods treat a nil table as empty with no columns).
type Return struct {
	// Year is the collection year (1 April to 31 March).
	Year stablehomes.FinancialYear
	// Metadata the rules may need; see Metadata.
	Metadata Metadata

	tables [numTables]*Table
	// postcodes is the lookup DeriveLocation was given (rule 392c).
	postcodes PostcodeLookup
}

// Metadata is what the return does not carry in its tables.
type Metadata struct {
	// CollectionStart and CollectionEnd default to Year's 1 April and
	// 31 March when zero (a few peer cases set other dates).
	CollectionStart, CollectionEnd stablehomes.Date
	// LocalAuthority is the responsible authority's code (GSS or DfE), used
	// for PL_LOCATION and own-authority rules (1015). Empty = not supplied.
	LocalAuthority string
	// FileFormat is "csv" or "xml" when known (a few rules differ).
	FileFormat string
	// Providers is the Ofsted provider list (URN, POSTCODE, REG_END,
	// PLACE_CODES, PROVIDER_CODES, LA_CODE_INFERRED...), for the URN rules.
	// Nil = not supplied: those rules are skipped.
	Providers *Table
}

// Table returns the table, or nil when the return has none.
func (r *Return) Table(id TableID) *Table {
	if !id.Valid() {
		return nil
	}
	return r.tables[id]
}

// Has reports whether the return holds the table (even an empty one).
func (r *Return) Has(id TableID) bool { return r.Table(id) != nil }

// SetTable puts a table in the return (replacing any with its ID) and
// freezes it. Tables with an ID outside the return (OfstedProviders) are
// ignored: put the provider list in Metadata.Providers.
func (r *Return) SetTable(t *Table) {
	if t == nil || !t.id.Valid() {
		return
	}
	t.Freeze()
	r.tables[t.id] = t
}

// RemoveTable drops a table.
func (r *Return) RemoveTable(id TableID) {
	if id.Valid() {
		r.tables[id] = nil
	}
}

// Start is the first day of the collection period: Metadata's, else the day
// after a year before Metadata's end, else the year's 1 April.
func (r *Return) Start() stablehomes.Date {
	switch {
	case !r.Metadata.CollectionStart.IsZero():
		return r.Metadata.CollectionStart
	case !r.Metadata.CollectionEnd.IsZero():
		return r.Metadata.CollectionEnd.AddYears(-1).AddDays(1)
	}
	return r.Year.Start()
}

// End is the last day of the collection period: Metadata's, else a year
// after Metadata's start, else the year's 31 March.
func (r *Return) End() stablehomes.Date {
	switch {
	case !r.Metadata.CollectionEnd.IsZero():
		return r.Metadata.CollectionEnd
	case !r.Metadata.CollectionStart.IsZero():
		return r.Metadata.CollectionStart.AddYears(1).AddDays(-1)
	}
	return r.Year.End()
}

// Rows counts the rows of every table present.
func (r *Return) Rows() int {
	n := 0
	for _, t := range r.tables {
		n += t.Len()
	}
	return n
}

// UASCChildren lists the children who were unaccompanied asylum-seeking
// children this year, as the validation rules read it: Header's UASC flag
// where Header has one (XML returns), else a UASC row with a valid date the
// status ceased (DUC). Such children have no placement distance.
func (r *Return) UASCChildren() map[string]bool {
	out := map[string]bool{}
	h, u := r.Table(Header), r.Table(UASC)
	if !h.HasColumn("UASC") {
		for i := range u.Len() {
			if _, ok := u.Cell(i, "DUC").DateOK(); ok {
				out[u.Cell(i, "CHILD").String()] = true
			}
		}
	}
	for i := range h.Len() {
		if h.Cell(i, "UASC").Is("1") {
			out[h.Cell(i, "CHILD").String()] = true
		}
	}
	return out
}
