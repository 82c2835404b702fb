package dashboard

import (
	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/placements"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// episode is one Episodes row's place in a child's history: its row and
// dates. It holds no pointers, so a million of them cost the garbage
// collector nothing; the codes are read from the table when a child's
// history is built (historyOf).
type episode struct {
	row   int32
	start stablehomes.Date
	end   stablehomes.Date // zero while open
}

// child is one child: its episodes in date order are
// flat[first:first+n] of the episodes children() returns beside it (two
// int32s instead of a slice: 32 bytes a child instead of 48, at 676,000
// children in a million episodes).
type child struct {
	id       string
	first, n int32
	dob      stablehomes.Date
	uasc     bool // listed by ret.UASCChildren
}

// episodesIn is the child's episodes in flat, the episodes of children().
func (c *child) episodesIn(flat []episode) []episode {
	return flat[c.first : c.first+c.n : c.first+c.n]
}

// episodeColumns are the Episodes columns the stability measures read.
type episodeColumns struct{ rne, ls, place, plPost, dist *ssda903.Column }

func columnsOf(t *ssda903.Table) episodeColumns {
	return episodeColumns{t.Column("RNE"), t.Column("LS"), t.Column("PLACE"), t.Column("PL_POST"), t.Column("PL_DISTANCE")}
}

// historyOf builds the child's episodes as placements reads them, in dst
// (reused from child to child: no allocation once it is large enough).
// Codes are taken as written; an unreadable distance is not known.
func (c episodeColumns) historyOf(dst []placements.Episode, eps []episode) []placements.Episode {
	dst = dst[:0]
	for _, e := range eps {
		r := int(e.row)
		pe := placements.Episode{Start: e.start, End: e.end,
			Reason:            placements.ReasonNewEpisode(c.rne.Cell(r).String()),
			LegalStatus:       placements.LegalStatus(c.ls.Cell(r).String()),
			Type:              placements.Type(c.place.Cell(r).String()),
			PlacementPostcode: placements.Postcode(c.plPost.Cell(r).String()),
		}
		if d, err := placements.ParseDistance(c.dist.Cell(r).String()); err == nil {
			pe.Distance = d
		}
		dst = append(dst, pe)
	}
	return dst
}

// Excluded is a row the indicators could not use, with its position and
// why. The reason never quotes the row's content.
type Excluded struct {
	Table  string
	Pos    ssda903.Pos
	Reason string
}

// children groups the Episodes rows by child, in order of first
// appearance, each child's episodes sorted by start (in the episodes
// returned beside the children: see child). Rows without a child
// identifier or a readable start date are excluded and reported. It works
// in one pass plus a counting sort, with a handful of allocations whatever
// the size of the return.
func children(ret *ssda903.Return) ([]child, []episode, []Excluded) {
	var excluded []Excluded
	t := ret.Table(ssda903.Episodes)
	if t == nil {
		return nil, nil, nil
	}
	n := t.Len()
	cols := struct{ child, decom, dec *ssda903.Column }{t.Column("CHILD"), t.Column("DECOM"), t.Column("DEC")}
	// First pass: which child each row belongs to. A return lists each
	// child's episodes together, usually in identifier order; then the
	// runs of equal identifiers are the children and no lookup is needed.
	// Otherwise the runs are numbered through an index.
	owner := make([]int32, n)
	// About one run per child, and about one child per Header row. A run
	// is kept as its first row (its identifier is read from the table
	// again when needed: a row number is a quarter of a string's size).
	runs := make([]int32, 0, ret.Table(ssda903.Header).Len()+16)
	prev := ""
	lexical, numeric := true, true // the two orders exports use
	for i := 0; i < n; i++ {
		id := cols.child.Cell(i)
		if !id.Has() || id.String() == "" {
			owner[i] = -1
			continue
		}
		if len(runs) == 0 || prev != id.String() {
			if len(runs) > 0 {
				lexical = lexical && lexicalLess(prev, id.String())
				numeric = numeric && numericLess(prev, id.String())
			}
			runs = append(runs, int32(i))
			prev = id.String()
		}
		owner[i] = int32(len(runs) - 1)
	}
	var less func(a, b string) bool
	switch {
	case lexical:
		less = lexicalLess
	case numeric:
		less = numericLess
	}
	sorted := less != nil
	kids := len(runs)
	idOf := func(k int) string { return cols.child.Cell(int(runs[k])).String() }
	if !sorted {
		index := newChildIndex(len(runs))
		child := make([]int32, len(runs))
		for r := range runs {
			child[r] = index.add(idOf(r))
		}
		for i, r := range owner {
			if r >= 0 {
				owner[i] = child[r]
			}
		}
		kids = len(index.ids)
		idOf = func(k int) string { return index.ids[k] }
	}
	offs := make([]int32, kids+1)
	for _, k := range owner {
		if k >= 0 {
			offs[k+1]++
		}
	}
	for k := 1; k < len(offs); k++ {
		offs[k] += offs[k-1]
	}
	// Second pass: parse each row straight into its child's block (a
	// counting sort by child that keeps row order within a child). Rows
	// that cannot be used leave their slot empty; fill records how many
	// of each block are used.
	flat := make([]episode, offs[kids])
	fill := make([]int32, kids)
	for i := 0; i < n; i++ {
		k := owner[i]
		if k < 0 {
			excluded = append(excluded, Excluded{"Episodes", t.Pos(i), "no child identifier (CHILD)"})
			continue
		}
		start, ok := cols.decom.Cell(i).DateOK()
		if !ok {
			excluded = append(excluded, Excluded{"Episodes", t.Pos(i), "no readable episode start date (DECOM)"})
			continue
		}
		e := episode{row: int32(i), start: start}
		if dec := cols.dec.Cell(i); dec.Has() && dec.String() != "" {
			end, ok := dec.DateOK()
			if !ok || end.Before(start) {
				excluded = append(excluded, Excluded{"Episodes", t.Pos(i), "episode end date (DEC) unreadable or before its start"})
				continue
			}
			e.end = end
		}
		flat[offs[k]+fill[k]] = e
		fill[k]++
	}
	out := make([]child, 0, kids)
	for k := range kids {
		if fill[k] == 0 {
			continue // every row of this child was unusable
		}
		eps := flat[offs[k] : offs[k]+fill[k] : offs[k]+fill[k]]
		// Insertion sort by start: a child has a handful of episodes, and
		// the sort is stable, so ties keep their row order.
		for i := 1; i < len(eps); i++ {
			for j := i; j > 0 && eps[j].start.Before(eps[j-1].start); j-- {
				eps[j], eps[j-1] = eps[j-1], eps[j]
			}
		}
		out = append(out, child{id: idOf(k), first: offs[k], n: fill[k]})
	}
	return out, flat, excluded
}

// kidFinder finds a child of kids (the children of children(), in order of
// first appearance in Episodes) by identifier, for the rows of another
// table. Header and UASC usually list children in the same order as
// Episodes, so a cursor that moves to the child after the last one found
// answers most rows with one comparison. Other rows (a child in Header
// without episodes, or another order) are found by binary search when the
// children are in one of the two orders exports use, which they usually
// are, and otherwise in an index of every child, built on the first miss.
type kidFinder struct {
	kids  []child
	next  int
	less  func(a, b string) bool // the children's order, once known
	index map[string]int32       // when they are in neither order
}

func (f *kidFinder) find(id string) (int, bool) {
	if f.next < len(f.kids) && f.kids[f.next].id == id {
		f.next++
		return f.next - 1, true
	}
	if f.next > 0 && f.kids[f.next-1].id == id { // the same child again
		return f.next - 1, true
	}
	if f.less == nil && f.index == nil {
		f.less = orderOf(f.kids)
		if f.less == nil {
			f.index = make(map[string]int32, len(f.kids))
			for k := range f.kids {
				f.index[f.kids[k].id] = int32(k)
			}
		}
	}
	k := -1
	if f.less != nil {
		lo, hi := 0, len(f.kids)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if f.less(f.kids[m].id, id) {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < len(f.kids) && f.kids[lo].id == id {
			k = lo
		}
	} else if i, ok := f.index[id]; ok {
		k = int(i)
	}
	if k < 0 {
		return 0, false
	}
	f.next = k + 1
	return k, true
}

// orderOf is the order the children's identifiers are strictly increasing
// in (lexicalLess or numericLess), nil if neither.
func orderOf(kids []child) func(a, b string) bool {
	for _, less := range []func(a, b string) bool{lexicalLess, numericLess} {
		sorted := true
		for k := 1; k < len(kids) && sorted; k++ {
			sorted = less(kids[k-1].id, kids[k].id)
		}
		if sorted {
			return less
		}
	}
	return nil
}

// markUASC sets uasc for the children ret.UASCChildren lists: those with
// UASC "1" in Header, and, when Header has no UASC column, those with a
// readable DUC in UASC. It reads the tables as UASCChildren does, without
// building its map of every UASC child.
func markUASC(ret *ssda903.Return, kids []child) {
	h, u := ret.Table(ssda903.Header), ret.Table(ssda903.UASC)
	if !h.HasColumn("UASC") {
		uc, duc := u.Column("CHILD"), u.Column("DUC")
		f := kidFinder{kids: kids}
		for i := range u.Len() {
			if _, ok := duc.Cell(i).DateOK(); ok {
				if k, ok := f.find(uc.Cell(i).String()); ok {
					kids[k].uasc = true
				}
			}
		}
	}
	hc, hu := h.Column("CHILD"), h.Column("UASC")
	f := kidFinder{kids: kids}
	for i := range h.Len() {
		if hu.Cell(i).Is("1") {
			if k, ok := f.find(hc.Cell(i).String()); ok {
				kids[k].uasc = true
			}
		}
	}
}

// fillDatesOfBirth sets the date of birth of the children marked in need
// from the Header table (the last readable DOB of a child's Header rows).
// Only a few children need one (those who may be in the long-term
// stability cohort); the others' dates are not parsed.
func fillDatesOfBirth(ret *ssda903.Return, kids []child, need []bool) {
	h := ret.Table(ssda903.Header)
	if h == nil {
		return
	}
	hid, dob := h.Column("CHILD"), h.Column("DOB")
	f := kidFinder{kids: kids}
	for i := 0; i < h.Len(); i++ {
		id := hid.Cell(i)
		if !id.Has() {
			continue
		}
		if k, ok := f.find(id.String()); ok && need[k] {
			if d, ok := dob.Cell(i).DateOK(); ok {
				kids[k].dob = d
			}
		}
	}
}

// lexicalLess orders identifiers as strings; numericLess orders them as
// numbers written without leading zeros would be: shorter first, then as
// strings ("999" before "1000").
func lexicalLess(a, b string) bool { return a < b }

func numericLess(a, b string) bool { return len(a) < len(b) || (len(a) == len(b) && a < b) }
