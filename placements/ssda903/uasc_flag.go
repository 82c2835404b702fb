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
		listed := make(map[string]bool, u.Len())
		uc := u.Column("CHILD")
		for i := range u.Len() {
			if c := uc.Cell(i); c.Has() {
				listed[c.String()] = true
			}
		}
		hc := h.Column("CHILD")
		yes, no := ValueCell("1"), ValueCell("0")
		h.addColumnOf("UASC", func(i int) Cell {
			if c := hc.Cell(i); c.Has() && listed[c.String()] {
				return yes
			}
			return no
		})
	}
}
