package dashboard

import (
	"sort"
	"strconv"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// episode is one Episodes row in the form the indicators need.
type episode struct {
	row      int
	start    stablehomes.Date
	end      stablehomes.Date // zero while open
	rne      string
	place    string
	plPost   string
	distance int32 // tenths of a mile; -1 when not recorded
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
// identifier or a readable start date are excluded and reported.
func children(ret *ssda903.Return) ([]child, []Excluded) {
	var excluded []Excluded
	dobs := map[string]stablehomes.Date{}
	if h := ret.Table(ssda903.Header); h != nil {
		ids, dob := h.Column("CHILD"), h.Column("DOB")
		for i := 0; i < h.Len(); i++ {
			if d, ok := dob.Cell(i).DateOK(); ok && ids.Cell(i).Has() {
				dobs[ids.Cell(i).String()] = d
			}
		}
	}
	t := ret.Table(ssda903.Episodes)
	if t == nil {
		return nil, nil
	}
	cols := struct{ child, decom, dec, rne, place, plPost, dist *ssda903.Column }{
		t.Column("CHILD"), t.Column("DECOM"), t.Column("DEC"), t.Column("RNE"), t.Column("PLACE"), t.Column("PL_POST"), t.Column("PL_DISTANCE"),
	}
	index := map[string]int{}
	var out []child
	for i := 0; i < t.Len(); i++ {
		id := cols.child.Cell(i)
		if !id.Has() || id.String() == "" {
			excluded = append(excluded, Excluded{"Episodes", t.Pos(i), "no child identifier (CHILD)"})
			continue
		}
		start, ok := cols.decom.Cell(i).DateOK()
		if !ok {
			excluded = append(excluded, Excluded{"Episodes", t.Pos(i), "no readable episode start date (DECOM)"})
			continue
		}
		e := episode{row: i, start: start, distance: -1,
			rne: cols.rne.Cell(i).String(), place: cols.place.Cell(i).String(), plPost: cols.plPost.Cell(i).String()}
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
		k, seen := index[id.String()]
		if !seen {
			k = len(out)
			index[id.String()] = k
			out = append(out, child{id: id.String(), dob: dobs[id.String()]})
		}
		out[k].episodes = append(out[k].episodes, e)
	}
	for i := range out {
		eps := out[i].episodes
		sort.SliceStable(eps, func(a, b int) bool { return eps[a].start.Before(eps[b].start) })
	}
	return out, excluded
}

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
