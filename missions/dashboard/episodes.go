package dashboard

import (
	"hash/maphash"
	"strconv"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// episode is one Episodes row in the form the indicators need. It holds no
// pointers, so a million of them cost the garbage collector nothing.
type episode struct {
	row      int32
	start    stablehomes.Date
	end      stablehomes.Date // zero while open
	rne      code
	place    code
	distance int32  // tenths of a mile; -1 when not recorded
	postHash uint64 // of PL_POST, to tell a return to the same placement
}

// code is a short SSDA903 code (RNE, PLACE) held inline.
type code [4]byte

func codeOf(s string) code {
	var c code
	if len(s) <= len(c) {
		copy(c[:], s)
	} else {
		c[0] = 0xff // longer than any code: matches none
	}
	return c
}

func (c code) String() string {
	n := 0
	for n < len(c) && c[n] != 0 {
		n++
	}
	return string(c[:n])
}

// open reports whether the episode is open on d (started on or before d,
// not ceased before it). An episode that ends on d is not open on d: it
// ended that day (DfE counts children looked after at the end of 31 March).
func (e episode) openOn(d stablehomes.Date) bool {
	return !e.start.After(d) && (e.end.IsZero() || e.end.After(d))
}

// child is one child's episodes in date order.
type child struct {
	id       string
	dob      stablehomes.Date
	episodes []episode
}

// Excluded is a row the indicators could not use, with its position and
// why. The reason never quotes the row's content.
type Excluded struct {
	Table  string
	Pos    ssda903.Pos
	Reason string
}

// children groups the Episodes rows by child, in order of first
// appearance, each child's episodes sorted by start. Rows without a child
// identifier or a readable start date are excluded and reported. It works
// in one pass plus a counting sort, with a handful of allocations whatever
// the size of the return.
func children(ret *ssda903.Return) ([]child, []Excluded) {
	var excluded []Excluded
	t := ret.Table(ssda903.Episodes)
	if t == nil {
		return nil, nil
	}
	n := t.Len()
	postSeed := maphash.MakeSeed()
	cols := struct{ child, decom, dec, rne, place, plPost, dist *ssda903.Column }{
		t.Column("CHILD"), t.Column("DECOM"), t.Column("DEC"), t.Column("RNE"), t.Column("PLACE"), t.Column("PL_POST"), t.Column("PL_DISTANCE"),
	}
	// First pass: which child each row belongs to. A return lists each
	// child's episodes together, usually in identifier order; then the
	// runs of equal identifiers are the children and no lookup is needed.
	// Otherwise the runs are numbered through an index.
	owner := make([]int32, n)
	var runs []string
	lexical, numeric := true, true // the two orders exports use
	for i := 0; i < n; i++ {
		id := cols.child.Cell(i)
		if !id.Has() || id.String() == "" {
			owner[i] = -1
			continue
		}
		if len(runs) == 0 || runs[len(runs)-1] != id.String() {
			if len(runs) > 0 {
				prev := runs[len(runs)-1]
				lexical = lexical && lexicalLess(prev, id.String())
				numeric = numeric && numericLess(prev, id.String())
			}
			runs = append(runs, id.String())
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
	ids := runs
	var index *childIndex
	if !sorted {
		index = newChildIndex(len(runs))
		child := make([]int32, len(runs))
		for r, id := range runs {
			child[r] = index.add(id)
		}
		for i, r := range owner {
			if r >= 0 {
				owner[i] = child[r]
			}
		}
		ids = index.ids
	}
	offs := make([]int32, len(ids)+1)
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
	flat := make([]episode, offs[len(ids)])
	fill := make([]int32, len(ids))
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
		e := episode{row: int32(i), start: start, distance: -1,
			rne: codeOf(cols.rne.Cell(i).String()), place: codeOf(cols.place.Cell(i).String()),
			postHash: maphash.String(postSeed, cols.plPost.Cell(i).String())}
		if dec := cols.dec.Cell(i); dec.Has() && dec.String() != "" {
			end, ok := dec.DateOK()
			if !ok || end.Before(start) {
				excluded = append(excluded, Excluded{"Episodes", t.Pos(i), "episode end date (DEC) unreadable or before its start"})
				continue
			}
			e.end = end
		}
		if d := cols.dist.Cell(i); d.Has() && d.String() != "" {
			if tenths, ok := parseTenths(d.String()); ok {
				e.distance = tenths
			}
		}
		flat[offs[k]+fill[k]] = e
		fill[k]++
	}
	out := make([]child, 0, len(ids))
	for k, id := range ids {
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
		out = append(out, child{id: id, episodes: eps})
	}
	return out, excluded
}

// fillDatesOfBirth sets the date of birth of the children listed in need
// (by position in kids) from the Header table. Only a few children need
// one (those who may be in the long-term stability cohort), so a small map
// of them is checked against every Header row.
func fillDatesOfBirth(ret *ssda903.Return, kids []child, need []int) {
	h := ret.Table(ssda903.Header)
	if h == nil || len(need) == 0 {
		return
	}
	want := make(map[string]int, len(need))
	for _, k := range need {
		want[kids[k].id] = k
	}
	hid, dob := h.Column("CHILD"), h.Column("DOB")
	for i := 0; i < h.Len(); i++ {
		id := hid.Cell(i)
		if k, ok := want[id.String()]; ok && id.Has() {
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

// parseTenths reads a distance in miles with at most one decimal ("20",
// "20.0", "7.5") as tenths of a mile, exactly.
func parseTenths(s string) (int32, bool) {
	whole, frac := s, ""
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			whole, frac = s[:i], s[i+1:]
			break
		}
	}
	w, err := strconv.Atoi(whole)
	if err != nil || w < 0 || len(frac) > 1 {
		return 0, false
	}
	t := int32(w) * 10
	if frac != "" {
		if frac[0] < '0' || frac[0] > '9' {
			return 0, false
		}
		t += int32(frac[0] - '0')
	}
	return t, true
}
