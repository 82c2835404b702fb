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

// child is one child's episodes in date order.
type child struct {
	id       string
	dob      stablehomes.Date
	episodes []episode
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
	cols := struct{ child, decom, dec *ssda903.Column }{t.Column("CHILD"), t.Column("DECOM"), t.Column("DEC")}
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
