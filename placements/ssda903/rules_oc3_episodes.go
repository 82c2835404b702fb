package ssda903

// Care leavers (OC3) judged against the episodes: whether a young person
// belongs in the care-leaver cohort at all.

// oc3Filled reports an OC3 row with any of IN_TOUCH, ACTIV, ACCOM given.
func oc3Filled(t *Table, i int) bool {
	for _, f := range oc3Fields {
		if t.Cell(i, f).Has() {
			return true
		}
	}
	return false
}

// childSet collects the CHILD values of a table's rows that pass keep (nil
// keeps all); a missing table gives an empty set.
func childSet(t *Table, keep func(i int) bool) map[string]bool {
	out := map[string]bool{}
	col := t.Column("CHILD")
	for i := range t.Len() {
		if keep == nil || keep(i) {
			out[col.Cell(i).String()] = true
		}
	}
	return out
}

// oc3ChildRule flags OC3 rows of children in the set built by children.
func oc3ChildRule(code, msg string, fields []string, tables []TableID, needs []need, onlyFilled bool, children func(c *Check) map[string]bool) *Rule {
	return &Rule{Code: code, Message: msg, Fields: fields, Tables: tables, Topic: "oc3_care_leavers", needs: append([]need{needTable(OC3)}, needs...),
		check: func(c *Check) {
			set := children(c)
			oc3 := c.Table(OC3)
			for i := range oc3.Len() {
				if set[oc3.Cell(i, "CHILD").String()] && (!onlyFilled || oc3Filled(oc3, i)) {
					c.Fail(OC3, i)
				}
			}
		}}
}

// 3001: a young person reported around their 17th birthday (in the
// collection year) cannot be living with former foster carers (Z1, Z2:
// Staying Put is from 18).
func rule3001() *Rule {
	r := &Rule{Code: "3001", Message: "Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).",
		Fields: []string{"ACCOM"}, Tables: []TableID{OC3, Header}, Topic: "oc3_care_leavers", needs: []need{needTable(OC3)}, rowLocal: true}
	r.check = func(c *Check) {
		eachRow(c, OC3, func(row *rowCursor) bool {
			if !accomFormerFoster.has(row.cell("ACCOM")) {
				return false
			}
			dob, ok := c.DOB(row.cell("CHILD").String())
			if !ok {
				dob, ok = row.date("DOB")
			}
			b := dob.AddYears(17)
			return ok && !b.Before(c.Start()) && !b.After(c.End())
		})
	}
	return r
}

// died reports children whose episodes (this year or last) ended with E2.
func died(c *Check) map[string]bool {
	out := map[string]bool{}
	for _, id := range []TableID{Episodes, EpisodesLast} {
		t := c.Table(id)
		for k, v := range childSet(t, func(i int) bool { return t.Cell(i, "REC").Is("E2") }) {
			out[k] = v
		}
	}
	return out
}

// 1000: no care-leaver information for a child who died in care.
func rule1000() *Rule {
	return oc3ChildRule("1000", "This child is recorded as having died in care and therefore should not have the care leaver information completed. [NOTE: This only tests the current and previous year data loaded into the tool]",
		[]string{"IN_TOUCH", "ACTIV", "ACCOM"}, []TableID{OC3, Episodes, EpisodesLast}, []need{needTable(Episodes)}, false, died)
}

// 1002: no care-leaver information for a child with no episodes in the
// data (this year or last).
func rule1002() *Rule {
	return &Rule{Code: "1002", Message: "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
		Fields: []string{"IN_TOUCH", "ACTIV", "ACCOM"}, Tables: []TableID{OC3, Episodes, EpisodesLast}, Topic: "oc3_care_leavers",
		needs: []need{needTable(OC3), needTable(Episodes), needTable(EpisodesLast)},
		check: func(c *Check) {
			now, last := c.childrenWhere(Episodes, nil), c.childrenWhere(EpisodesLast, nil)
			for i, k := range c.keysOf(OC3) {
				if !now[k] && !last[k] {
					c.Fail(OC3, i)
				}
			}
		}}
}

// 1007: no care-leaver information for a young person still looked after
// on the 17th or 18th birthday that falls in the collection year.
func rule1007() *Rule {
	return oc3ChildRule("1007", "Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]",
		[]string{"IN_TOUCH", "ACTIV", "ACCOM"}, []TableID{OC3, Episodes}, []need{needTable(Episodes)}, true, func(c *Check) map[string]bool {
			oc3, ep := c.Table(OC3), c.Table(Episodes)
			episodes := c.rowsOf(Episodes)
			out := map[string]bool{}
			// Each OC3 row's birthdays in the year, against that child's
			// episodes (the OC3 rows of one child share their episodes).
			for i, k := range c.keysOf(OC3) {
				dob, ok := date(oc3, i, "DOB")
				if !ok {
					continue
				}
				for _, age := range [...]int{17, 18} {
					b := dob.AddYears(age)
					if b.Before(c.Start()) || b.After(c.End()) {
						continue
					}
					for _, e := range episodes.of(k) {
						decom, ok := date(ep, int(e), "DECOM")
						if !ok {
							continue
						}
						dec, closed := date(ep, int(e), "DEC")
						if !decom.After(b) && (!closed || dec.After(b)) {
							out[ep.Cell(int(e), "CHILD").String()] = true
						}
					}
				}
			}
			return out
		})
}

// 1010: a child whose latest episode last year was still open but who has
// no episodes this year should not have care-leaver information.
func rule1010() *Rule {
	return oc3ChildRule("1010", "This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.",
		[]string{"IN_TOUCH", "ACTIV", "ACCOM"}, []TableID{OC3, Episodes, EpisodesLast}, []need{needTable(Episodes), needTable(EpisodesLast)}, false, func(c *Check) map[string]bool {
			now := c.childrenWhere(Episodes, nil)
			last := c.Table(EpisodesLast)
			out := map[string]bool{}
			for _, seq := range c.Sequences(EpisodesLast).All() {
				latest := seq[len(seq)-1]
				child := last.Cell(int(latest), "CHILD").String()
				if last.Cell(int(latest), "DEC").Blank() && !now.row(c, EpisodesLast, int(latest)) {
					out[child] = true
				}
			}
			return out
		})
}

// 1011: no care-leaver information when the final episode ended with a
// transfer to another authority (E3).
func rule1011() *Rule {
	return oc3ChildRule("1011", "This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.",
		[]string{"IN_TOUCH", "ACTIV", "ACCOM"}, []TableID{OC3, Episodes}, []need{needTable(Episodes)}, true, func(c *Check) map[string]bool {
			t := c.Table(Episodes)
			out := map[string]bool{}
			for _, seq := range c.Sequences(Episodes).All() {
				final := seq[len(seq)-1]
				if t.Cell(int(final), "REC").Is("E3") {
					out[t.Cell(int(final), "CHILD").String()] = true
				}
			}
			return out
		})
}

// 1012: children with no episodes this year have no other tables' data
// (OC3 excepted).
func rule1012() *Rule {
	others := []TableID{PlacedAdoption, Missing, Reviews, AD1, PrevPerm, OC2}
	return &Rule{Code: "1012", Message: "No other data should be returned for OC3 children who had no episodes in the current year",
		Fields: []string{"CHILD"}, Tables: append([]TableID{Episodes}, others...), Topic: "oc3_care_leavers",
		needs: []need{needTable(Episodes)}, rowLocal: false,
		check: func(c *Check) {
			has := c.childrenWhere(Episodes, nil)
			for _, id := range others {
				for i, k := range c.keysOf(id) {
					if !has[k] {
						c.Fail(id, i)
					}
				}
			}
		}}
}
