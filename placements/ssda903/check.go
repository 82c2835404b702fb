package ssda903

import (
	"cmp"
	"context"
	"iter"
	"slices"

	"github.com/stablehomes/stablehomes"
)

// Check is what a rule's check function sees: the return, the collection
// year, shared derived views (episodes by child, dates of birth), and Fail
// to report a failing row. Views are computed once per Validate call and
// shared by every rule.
type Check struct {
	*inputs
	fails []failRef
	// cur is 1 + the key of the child whose row eachRowAt or seqRule is
	// judging (0 when none): DOB, WasUASC and LookedAfter12Months asked
	// about that child skip hashing its CHILD value.
	cur int32
	// last is 1 + the key lookupChild last found by hashing: its next
	// guess.
	last int32
}

// inputs are the per-Validate shared views.
type inputs struct {
	Ret     *Return
	Year    stablehomes.FinancialYear
	ctx     context.Context
	views   map[TableID]*ChildIndex
	seqs    map[TableID]RowGroups
	allSeqs map[TableID]RowGroups
	provs   map[string][]int

	// Keyed by child (facts.go).
	keys      childKeys
	groups    [numTables]*keyedRows
	dobKeyed  []stablehomes.Date
	uascKeyed childMarks
	claKeyed  []int32

	// failBuf is the failure list the last rule used, kept for the next.
	failBuf []failRef
}

// Table returns a table of the return (nil if not supplied).
func (c *Check) Table(id TableID) *Table { return c.Ret.Table(id) }

// Start and End are the collection period's first and last days.
func (c *Check) Start() stablehomes.Date { return c.Ret.Start() }

// End is the last day of the collection period.
func (c *Check) End() stablehomes.Date { return c.Ret.End() }

// Fail reports row of table as failing this rule.
func (c *Check) Fail(table TableID, row int) {
	c.fails = append(c.fails, makeFailRef(table, row))
}

// ChildIndex groups a table's rows by CHILD. Groups keep the table's row
// order; rows with a blank CHILD are left out.
type ChildIndex struct {
	// Children are the table's children in order of first appearance.
	Children ChildList
	// Rows holds each child's rows: Rows.At(n) are the rows of
	// Children.At(n).
	Rows RowGroups

	// pos gives, per child key, the index in Children or -1, when neither
	// the index is the key nor the keys increase (see indexOf).
	pos []int32
}

// ChildList is a list of children held as their keys: at a million
// children a list takes 4 bytes a child, or nothing when the list is the
// interned names themselves, instead of a string header each.
type ChildList struct {
	names []string // the validation's interned CHILD values
	keys  []int32  // child n's key; nil when it is n
	n     int
}

// Len is the number of children.
func (l ChildList) Len() int { return l.n }

// At is child n's CHILD value.
func (l ChildList) At(n int) string {
	if l.keys == nil {
		return l.names[:l.n][n]
	}
	return l.names[l.keys[n]]
}

// All yields each child with its index.
func (l ChildList) All() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for n := range l.n {
			if !yield(n, l.At(n)) {
				return
			}
		}
	}
}

// indexOf is the index in Children of the child with key k, or -1.
func (ix *ChildIndex) indexOf(k int32) int {
	switch l := ix.Children; {
	case l.keys == nil:
		if k >= 0 && int(k) < l.n {
			return int(k)
		}
		return -1
	case ix.pos == nil:
		// The keys increase with the index.
		if n, ok := slices.BinarySearch(l.keys, k); ok {
			return n
		}
		return -1
	}
	if k < 0 || int(k) >= len(ix.pos) {
		return -1
	}
	return int(ix.pos[k])
}

// ByChild groups a table's rows by CHILD (cached for the Validate call).
func (c *Check) ByChild(id TableID) *ChildIndex {
	if v, ok := c.views[id]; ok {
		return v
	}
	t := c.Table(id)
	ix := &ChildIndex{}
	keys := c.keysOf(id)
	// Children in order of first appearance, then their rows placed by a
	// counting sort into one shared slice (no slice per child to grow).
	pos := make([]int32, c.numChildren())
	for i := range pos {
		pos[i] = -1
	}
	child := t.Column("CHILD")
	// A blank CHILD has the key of "" (which a value "" shares): only rows
	// with that key need their cell read.
	blankKey, hasBlank := c.keys.index.lookup(c.keys.names, "")
	blank := func(i int, key int32) bool { return hasBlank && key == blankKey && child.Cell(i).Blank() }
	n := int32(0)
	inKeyOrder := true // every child so far has index == key
	increasing := true // every child so far has a key above the one before
	last := int32(-1)
	for i, key := range keys {
		c.poll(i)
		if blank(i, key) {
			continue
		}
		if pos[key] < 0 {
			pos[key] = n
			inKeyOrder = inKeyOrder && key == n
			increasing = increasing && key > last
			last = key
			n++
		}
	}
	count := make([]int32, n)
	for i, key := range keys {
		if !blank(i, key) {
			count[pos[key]]++
		}
	}
	ix.Children = ChildList{names: c.keys.names, n: int(n)}
	if !inKeyOrder {
		// Children by key, and, unless the keys increase (a table that
		// lists its children in Header's order, some left out), by
		// which the index is found by a binary search, the index of
		// every key.
		ix.Children.keys = make([]int32, n)
		for k, at := range pos {
			if at >= 0 {
				ix.Children.keys[at] = int32(k)
			}
		}
		if !increasing {
			ix.pos = pos
		}
	}
	// Counting sort: starts[k+1] counts child k's rows, then becomes the
	// end of its group as its rows are placed.
	starts := make([]int32, n+1)
	total := 0
	for k, n := range count {
		starts[k+1] = starts[k] + n
		total += int(n)
	}
	flat := make([]int32, total)
	next := count // reused: where child k's next row goes
	for k := range next {
		next[k] = starts[k]
	}
	for i, key := range keys {
		if !blank(i, key) {
			k := pos[key]
			flat[next[k]] = int32(i)
			next[k]++
		}
	}
	ix.Rows = contiguous(flat, starts)
	c.views[id] = ix
	return ix
}

// SortByDate sorts rows by the date in column col (unparseable dates
// last). Ties are broken by DEC (blank last) and then by the rows' content,
// so the order, and every verdict built on it, does not depend on the order
// rows came in; only rows identical in every cell keep their input order.
func SortByDate(t *Table, rows []int, col string) []int { return sortedByDate(t, rows, col) }

// sortedByDate is SortByDate for rows of either integer type.
func sortedByDate[R int | int32](t *Table, rows []R, col string) []R {
	out := slices.Clone(rows)
	sortByDate(t, out, col)
	return out
}

// sortByDate is SortByDate in place.
func sortByDate[R int | int32](t *Table, out []R, col string) {
	column, dec := t.Column(col), t.Column("DEC")
	byDate := func(c *Column, a, b int) int {
		da, oka := c.dateAt(a)
		db, okb := c.dateAt(b)
		switch {
		case oka && okb:
			return da.Compare(db)
		case oka:
			return -1
		case okb:
			return 1
		}
		return 0
	}
	slices.SortStableFunc(out, func(ra, rb R) int {
		a, b := int(ra), int(rb)
		if r := byDate(column, a, b); r != 0 {
			return r
		}
		if r := byDate(dec, a, b); r != 0 {
			return r
		}
		for _, c := range t.cols {
			x, y := c.Cell(a), c.Cell(b)
			if r := cmp.Compare(x.state, y.state); r != 0 {
				return r
			}
			if r := cmp.Compare(x.s, y.s); r != 0 {
				return r
			}
		}
		return cmp.Compare(a, b)
	})
}

// DOB is the child's date of birth from Header (Header_last as a fallback),
// false when unknown or unparseable. Rules reading a row's child use
// c.dobAt(table, row), which does not hash the CHILD value.
func (c *Check) DOB(child string) (stablehomes.Date, bool) {
	c.buildDOBs()
	k, ok := c.lookupChild(child)
	if !ok {
		return stablehomes.Date{}, false
	}
	d := c.dobKeyed[k]
	return d, !d.IsZero()
}

// WasUASC reports a child who is or was an unaccompanied asylum-seeking
// child this year or last: UASC "1" in Header or Header_last, or a date
// UASC ceased (DUC) in UASC or UASC_last. Distance and postcode rules
// exclude them (DfE validation rules 164, 392a and 406, https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications).
// A blank CHILD names no child, so it is never one: a UASC row whose CHILD
// was lost does not exempt every other row that lost its CHILD.
func (c *Check) WasUASC(child string) bool {
	if child == "" {
		return false
	}
	c.buildUASC()
	k, ok := c.lookupChild(child)
	return ok && c.uascKeyed[k]
}

func (c *Check) buildUASC() {
	if c.uascKeyed != nil {
		return
	}
	m := c.marks()
	for _, id := range []TableID{Header, HeaderLast} {
		flag := c.Table(id).Column("UASC")
		for i, k := range c.keysOf(id) {
			if flag.Cell(i).Is("1") {
				m[k] = true
			}
		}
	}
	for _, id := range []TableID{UASC, UASCLast} {
		duc := c.Table(id).Column("DUC")
		for i, k := range c.keysOf(id) {
			if duc.Cell(i).Has() {
				m[k] = true
			}
		}
	}
	c.uascKeyed = m
}

// Providers returns the rows of the Ofsted provider list with this URN.
func (c *Check) Providers(urn string) []int {
	if c.provs == nil {
		t := c.Ret.Metadata.Providers
		c.provs = make(map[string][]int, t.Len())
		col := t.Column("URN")
		for i := range t.Len() {
			if u := col.Cell(i); u.Has() {
				c.provs[u.String()] = append(c.provs[u.String()], i)
			}
		}
	}
	return c.provs[urn]
}

// RowGroups is a list of groups of rows (each child's rows, or each child's
// episodes in date order), held in one flat slice with the groups' bounds:
// a million rows take a few slices, not a million. Groups are read-only.
type RowGroups struct {
	rows         []int32
	starts, ends []int32 // group n is rows[starts[n]:ends[n]]
}

// contiguous makes groups that follow each other in rows: group n ends
// where n+1 starts (bounds has one more entry than there are groups).
func contiguous(rows []int32, bounds []int32) RowGroups {
	return RowGroups{rows: rows, starts: bounds[:len(bounds)-1], ends: bounds[1:]}
}

// Len is the number of groups.
func (g RowGroups) Len() int { return len(g.ends) }

// At is group n, capped at its length (an append cannot reach the next).
func (g RowGroups) At(n int) []int32 {
	start, end := g.starts[n], g.ends[n]
	return g.rows[start:end:end]
}

// All yields each group with its index.
func (g RowGroups) All() iter.Seq2[int, []int32] {
	return func(yield func(int, []int32) bool) {
		for n := range g.Len() {
			if !yield(n, g.At(n)) {
				return
			}
		}
	}
}

// AllSequences returns, for each child of c.ByChild(id).Rows (the same
// index), all its rows in SortByDate's DECOM order: rows with no valid
// DECOM after the dated ones, as the peer's sort places a missing date.
// Built once per Validate call; callers must not change it.
func (c *Check) AllSequences(id TableID) RowGroups {
	if c.allSeqs == nil {
		c.allSeqs = map[TableID]RowGroups{}
	}
	if s, ok := c.allSeqs[id]; ok {
		return s
	}
	t := c.Table(id)
	ix := c.ByChild(id)
	// The same groups as ByChild's, each sorted in a copy of its rows.
	out := ix.Rows
	out.rows = slices.Clone(out.rows)
	for n := range out.Len() {
		c.poll(n)
		if seq := out.At(n); len(seq) > 1 {
			sortByDate(t, seq, "DECOM")
		}
	}
	c.allSeqs[id] = out
	return out
}

// Sequences returns each child's episodes in table id ordered by DECOM (ties
// by row), leaving out rows with no CHILD or no valid DECOM (the rules on
// those fields report them), and children left with none. Cached for the
// Validate call.
//
// SortByDate's order is total (its last tie-break is the row), so a child's
// dated episodes in that order are the start of its AllSequences group
// (which puts the undated last): each sequence is that part of it, sharing
// its rows.
func (c *Check) Sequences(id TableID) RowGroups {
	if c.seqs == nil {
		c.seqs = map[TableID]RowGroups{}
	}
	if s, ok := c.seqs[id]; ok {
		return s
	}
	decom := c.Table(id).Column("DECOM")
	all := c.AllSequences(id)
	out := RowGroups{rows: all.rows, starts: make([]int32, 0, all.Len()), ends: make([]int32, 0, all.Len())}
	for n, seq := range all.All() {
		c.poll(n)
		dated := 0
		for dated < len(seq) {
			if _, ok := decom.dateAt(int(seq[dated])); !ok {
				break
			}
			dated++
		}
		if dated > 0 {
			out.starts = append(out.starts, all.starts[n])
			out.ends = append(out.ends, all.starts[n]+int32(dated))
		}
	}
	c.seqs[id] = out
	return out
}

// date reads a dd/mm/yyyy cell of row r.
func date(t *Table, r int, col string) (stablehomes.Date, bool) {
	return t.Column(col).dateAt(r)
}

// LookedAfter12Months reports a child looked after continuously for at
// least 12 months at the collection end (the OC2 cohort), and the row of
// the child's earliest episode (by DECOM; the first in input order on a
// tie), the one rule 191 reports for a cohort child with no OC2 row.
//
// The test is DfE's definition of CONTINUOUSLY_LOOKED_AFTER in its SSDA903
// validation rules (CLA_SSDA903_2021-22_Validation_rules_Version_1.2,
// https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/1023549/CLA_SSDA903_2021-22_Validation_rules_Version_1.2.pdf;
// the same definition is used in every later year): a child with an
// episode in the year (DECOM on or before the end, DEC blank or on or after
// the start) is continuously looked after unless an episode starts care in
// the year (RNE S, DECOM after the start), ends care in the year (REC other
// than X1, DEC from the start to before the end) or is a short break (LS
// V3/V4) in the year. Care that starts on 1 April, the collection start,
// therefore counts; a short break before the year does not.
func (c *Check) LookedAfter12Months(child string) (int, bool) {
	c.buildCLA()
	k, ok := c.lookupChild(child)
	if !ok || c.claKeyed[k] < 0 {
		return 0, false
	}
	return int(c.claKeyed[k]), true
}

func (c *Check) buildCLA() {
	if c.claKeyed != nil {
		return
	}
	cla := make([]int32, c.numChildren())
	for i := range cla {
		cla[i] = -1
	}
	t := c.Table(Episodes)
	start, end := c.Start(), c.End()
	decomCol, decCol := t.Column("DECOM"), t.Column("DEC")
	rne, rec, ls := t.Column("RNE"), t.Column("REC"), t.Column("LS")
	keys := c.keysOf(Episodes)
	// The child's earliest episode: the first of its sequence, which breaks
	// DECOM ties by content (SortByDate), so the row reported does not
	// depend on the order rows came in.
	// Sequences holds ByChild's children in the same order, leaving out
	// those with no readable DECOM: walk both together.
	seqs := c.Sequences(Episodes)
	ix := c.ByChild(Episodes)
	next := 0
	for n, rows := range ix.Rows.All() {
		c.poll(n)
		inYear, broken := false, false
		first := rows[0] // no readable DECOM
		if next < seqs.Len() && keys[seqs.At(next)[0]] == keys[rows[0]] {
			first = seqs.At(next)[0]
			next++
		}
		for _, r := range rows {
			decom, okStart := decomCol.dateAt(int(r))
			dec, okEnd := decCol.dateAt(int(r))
			during := okStart && !decom.After(end) && (!okEnd || !dec.Before(start))
			inYear = inYear || during
			switch {
			case okStart && rne.Cell(int(r)).Is("S") && decom.After(start) && !decom.After(end):
				broken = true
			case okEnd && !rec.Cell(int(r)).Is("X1") && !dec.Before(start) && dec.Before(end):
				broken = true
			case during && shortBreaks.has(ls.Cell(int(r))):
				broken = true
			}
		}
		if inYear && !broken {
			cla[keys[rows[0]]] = int32(first)
		}
	}
	c.claKeyed = cla
}
