package ssda903

import "cmp"

// Mothers in care: MOTHER and MC_DOB in Header (rule index topic
// "header_child").

// isMother reads MOTHER as a number (files written from spreadsheets give
// "1.0").
func isMother(c Cell, want float64) bool {
	f, err := c.Float()
	return err == nil && f == want
}

// 620: a mother is at least 11 at the collection start. A mother is
// recorded by the code 1, as the peer reads this rule and as rule 165 reads
// the valid values (0, 1): "1.0" is not the code (165 reports it).
func rule620() *Rule {
	return headerRule("620", "Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.", "header_child", Header, []string{"DOB", "MOTHER"},
		func(c *Check, row *rowCursor) bool {
			dob, ok := row.date("DOB")
			return ok && row.cell("MOTHER").Is("1") && dob.AgeOn(c.Start()) < 11
		})
}

// 621: the mother's child is born after the mother. A valid MC_DOB with
// the mother's DOB missing or not a date fails too: DfE's condition is that
// MC_DOB is after DOB, which cannot be shown, and the peer reads it so.
func rule621() *Rule {
	return headerRule("621", "Mother’s field has been completed but date of birth shows that the mother is younger than her child.", "header_child", Header, []string{"DOB", "MC_DOB"},
		func(_ *Check, row *rowCursor) bool {
			dob, ok1 := row.date("DOB")
			mc, ok2 := row.date("MC_DOB")
			return ok2 && (!ok1 || !mc.After(dob))
		})
}

// 624: the first child's date of birth, once reported, does not change.
func rule624() *Rule {
	r := &Rule{Code: "624", Message: "Date of birth of the first child contradicts the date of birth of the first child previously recorded.", Fields: []string{"MC_DOB"},
		Tables: []TableID{Header, HeaderLast}, Topic: "header_child", needs: []need{needTable(Header), needTable(HeaderLast)}, rowLocal: true}
	r.check = func(c *Check) {
		last := c.Table(HeaderLast)
		prev := map[string]string{}
		for i := range last.Len() {
			if v := last.Cell(i, "MC_DOB"); v.Has() {
				prev[last.Cell(i, "CHILD").String()] = v.String()
			}
		}
		eachRow(c, Header, func(row *rowCursor) bool {
			p, ok := prev[row.cell("CHILD").String()]
			return ok && !row.cell("MC_DOB").Is(p)
		})
	}
	return r
}

// 625: the first child is born by the end of the year and before the
// mother ceased to be looked after; flags the Header row and the episode
// that ended last.
func rule625() *Rule {
	r := &Rule{Code: "625", Message: "Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.",
		Fields: []string{"MC_DOB", "DEC"}, Tables: []TableID{Header, Episodes}, Topic: "header_child", needs: []need{needTable(Header), needTable(Episodes)}}
	r.check = func(c *Check) {
		ep := c.Table(Episodes)
		episodes := c.rowsOf(Episodes)
		h := c.Table(Header)
		for i, k := range c.keysOf(Header) {
			mc, ok := date(h, i, "MC_DOB")
			if !ok {
				continue
			}
			// The child's episode that ended last. Episodes ending on the
			// same day are told apart by their content (as SortByDate
			// breaks ties), never by the order rows came in; rows
			// identical in every cell are all reported.
			j, ended := -1, false
			var tied []int
			for _, e := range episodes.of(k) {
				d, ok := date(ep, int(e), "DEC")
				if !ok {
					continue
				}
				if !ended {
					j, ended, tied = int(e), true, tied[:0]
					continue
				}
				dj, _ := date(ep, j, "DEC")
				switch r := compareContent(ep, int(e), j); {
				case d.After(dj):
					j, tied = int(e), tied[:0]
				case d.Before(dj):
				case r < 0:
					j, tied = int(e), tied[:0]
				case r == 0:
					tied = append(tied, int(e))
				}
			}
			var dec = c.End()
			if ended {
				dec, _ = date(ep, j, "DEC")
			}
			if mc.After(c.End()) || (ended && mc.After(dec)) {
				c.Fail(Header, i)
				if ended {
					c.Fail(Episodes, j)
					for _, e := range tied {
						c.Fail(Episodes, e)
					}
				}
			}
		}
	}
	return r
}

// compareContent orders two rows of a table by their cells, column by
// column: the same answer whatever order the rows came in (0 only for
// rows identical in every cell).
func compareContent(t *Table, a, b int) int {
	for _, col := range t.cols {
		x, y := col.Cell(a), col.Cell(b)
		if r := cmp.Compare(x.state, y.state); r != 0 {
			return r
		}
		if r := cmp.Compare(x.s, y.s); r != 0 {
			return r
		}
	}
	return 0
}

// 626: a child who was not a mother last year cannot have a first child
// born before this year.
func rule626() *Rule {
	r := &Rule{Code: "626", Message: "Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.",
		Fields: []string{"MOTHER", "MC_DOB"}, Tables: []TableID{Header, HeaderLast}, Topic: "header_child", needs: []need{needTable(Header), needTable(HeaderLast)}, rowLocal: true}
	r.check = func(c *Check) {
		last := c.Table(HeaderLast)
		notMother := c.childrenWhere(HeaderLast, func(i int) bool { return isMother(last.Cell(i, "MOTHER"), 0) })
		eachRowAt(c, Header, func(i int, row *rowCursor) bool {
			mc, ok := row.date("MC_DOB")
			return ok && isMother(row.cell("MOTHER"), 1) && notMother.row(c, Header, i) && mc.Before(c.Start())
		})
	}
	return r
}

// 628: no motherhood details for a care leaver (OC3 data) who was not
// looked after this year.
func rule628() *Rule {
	r := &Rule{Code: "628", Message: "Motherhood details are not required for care leavers who have not been looked after during the year.", Fields: []string{"MOTHER"},
		Tables: []TableID{Header, Episodes, OC3}, Topic: "oc3_care_leavers", needs: []need{needTable(Header), needTable(Episodes), needTable(OC3)}, rowLocal: true}
	r.check = func(c *Check) {
		oc3 := c.Table(OC3)
		leavers := c.childrenWhere(OC3, func(i int) bool { return oc3Filled(oc3, i) })
		inCare := c.childrenWhere(Episodes, nil)
		eachRowAt(c, Header, func(i int, row *rowCursor) bool {
			k := c.childKey(Header, i)
			return row.cell("MOTHER").Has() && leavers[k] && !inCare[k]
		})
	}
	return r
}
