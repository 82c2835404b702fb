package ssda903

// DeriveUASC gives a Header without a UASC column (the CSV return: only the
// XML export carries the flag) the flag the validation rules read: "1" for
// a child with a row in this year's UASC table, "0" for every other child;
// likewise Header_last from UASC_last. DfE's SSDA903 guidance collects the
// UASC table for the children who were unaccompanied asylum-seeking
// children during the year, with DUC (the date the status ceased) blank for
// a child who still is one, so a row, not a date, marks the child
// (https://www.gov.uk/guidance/children-looked-after-return, "UASC").
// Without a UASC table the flag is not derived (nothing says who was UASC).
// LoadDir calls it; a Header that has the column keeps its own values.
func (r *Return) DeriveUASC() {
	for _, pair := range [][2]TableID{{Header, UASC}, {HeaderLast, UASCLast}} {
		h, u := r.Table(pair[0]), r.Table(pair[1])
		if h == nil || u == nil || h.HasColumn("UASC") {
			continue
		}
		h.addColumnOf("UASC", uascFlags(h.Column("CHILD"), u.Column("CHILD"), u.Len()))
	}
}

// uascFlags gives row i of Header (its CHILD column hc) "1"
// when its child has a row in UASC (uc, of un rows), else "0". Exports list
// both tables in one order of identifiers (as strings, or as numbers
// without leading zeros), and then the two are walked side by side: most
// Header rows are not UASC children, and a map would be asked about each.
// Any other order is answered by a map. cell must be asked for rows in
// order, as addColumnOf does.
func uascFlags(hc, uc *Column, un int) (cell func(i int) Cell) {
	yes, no := ValueCell("1"), ValueCell("0")
	ids := make([]string, 0, un)
	for i := range un {
		if c := uc.Cell(i); c.Has() {
			ids = append(ids, c.String())
		}
	}
	var listed map[string]bool
	byMap := func(i int) Cell {
		if listed == nil {
			listed = make(map[string]bool, len(ids))
			for _, id := range ids {
				listed[id] = true
			}
		}
		if c := hc.Cell(i); c.Has() && listed[c.String()] {
			return yes
		}
		return no
	}
	less := increasing(ids)
	if less == nil {
		return byMap
	}
	p, prev, merging := 0, "", true
	return func(i int) Cell {
		c := hc.Cell(i)
		if !merging || !c.Has() {
			return byMap(i)
		}
		id := c.String()
		if less(id, prev) { // Header is not in the order: the rest by the map
			merging = false
			return byMap(i)
		}
		prev = id
		for p < len(ids) && less(ids[p], id) {
			p++
		}
		if p < len(ids) && ids[p] == id {
			return yes
		}
		return no
	}
}

// increasing is the order ids never decrease in: as strings, or as numbers
// written without leading zeros would be (shorter first, then as strings);
// nil for neither. Both are total orders on strings, so walking two lists
// in either finds the identifiers they share.
func increasing(ids []string) func(a, b string) bool {
	for _, less := range []func(a, b string) bool{
		func(a, b string) bool { return a < b },
		func(a, b string) bool { return len(a) < len(b) || (len(a) == len(b) && a < b) },
	} {
		ok := true
		for k := 1; k < len(ids) && ok; k++ {
			ok = !less(ids[k], ids[k-1])
		}
		if ok {
			return less
		}
	}
	return nil
}
