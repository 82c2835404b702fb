package ssda903

// Adoption placements judged with the episodes (rule index topics
// "placement", "adoption").

// 335: AD1 FOSTER_CARE (adopted by the current foster carer, 0/1) agrees
// with the placement: 0 cannot go with placements with the current foster
// carer (A2, A3, A5), 1 cannot go with A1, A4, A6. Judges the episodes
// that ended in adoption (REC E11, E12; DfE's condition as the peer's
// comment quotes it also lists E1, which is no REC code; before issue 14 we
// judged every episode). Flags the episode and the AD1 row.
func rule335() *Rule {
	r := &Rule{Code: "335", Message: "The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.",
		Fields: []string{"PLACE", "FOSTER_CARE", "REC"}, Tables: []TableID{Episodes, AD1}, Topic: "adoption",
		needs: []need{needTable(Episodes), needTable(AD1)}}
	withCarer, notWithCarer := codes("A2", "A3", "A5"), codes("A1", "A4", "A6")
	adoptionEnded := codes("E1", "E11", "E12")
	r.check = func(c *Check) {
		ep, ad := c.Table(Episodes), c.Table(AD1)
		ix := c.ByChild(Episodes)
		rows := map[string][]int32{}
		for k, ch := range ix.Children.All() {
			rows[ch] = ix.Rows.At(k)
		}
		for i := range ad.Len() {
			fc := ad.Cell(i, "FOSTER_CARE")
			for _, e := range rows[ad.Cell(i, "CHILD").String()] {
				p := ep.Cell(int(e), "PLACE")
				if !adoptionEnded.has(ep.Cell(int(e), "REC")) {
					continue
				}
				if (fc.Is("0") && withCarer.has(p)) || (fc.Is("1") && notWithCarer.has(p)) {
					c.Fail(Episodes, int(e))
					c.Fail(AD1, i)
				}
			}
		}
	}
	return r
}

// 336: a placement for adoption with the child's current foster carer (A3,
// A5) follows a foster placement (U1-U6) or another adoption placement
// (A3-A6), as DfE's condition lists. A first episode has no previous
// placement in the return and is not judged.
var withFosterCarer = codes("A3", "A5")

func rule336() *Rule {
	return seqRule("336", "Child does not have a foster placement immediately prior to being placed for adoption.", "placement", []string{"PLACE"},
		func(_ *Check, t *Table, prev, cur, _ int) bool {
			if !withFosterCarer.has(t.Cell(cur, "PLACE")) || prev < 0 {
				return false
			}
			q := t.Cell(prev, "PLACE")
			return !fosterPlaces.has(q) && !adoptionPlaces.has(q)
		})
}

// 408: placed for adoption under a placement order (A5, A6) needs the
// order recorded as the legal status: E1, as the rule's message says and
// the peer checks. Before issue 14 we also accepted a freeing order (D1),
// which DfE's A5/A6 code descriptions mention for the Adoption Act 1976.
func rule408() *Rule {
	return episodeRule("408", "Child is placed for adoption with a placement order, but no placement order has been recorded.", "placement", []string{"PLACE", "LS"},
		func(row *rowCursor) bool {
			return placeAdoptionOrder.has(row.cell("PLACE")) && !row.cell("LS").Is("E1")
		})
}

// 521: the decision that adoption is in the child's best interests (AD1
// DATE_INT) comes on or before the adoption placement starts.
func rule521() *Rule {
	r := &Rule{Code: "521", Message: "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.",
		Fields: []string{"DATE_INT", "DECOM", "PLACE"}, Tables: []TableID{Episodes, AD1}, Topic: "adoption",
		needs: []need{needTable(Episodes), needTable(AD1)}}
	r.check = func(c *Check) {
		ep, ad := c.Table(Episodes), c.Table(AD1)
		decided := map[string][]int{}
		for i := range ad.Len() {
			decided[ad.Cell(i, "CHILD").String()] = append(decided[ad.Cell(i, "CHILD").String()], i)
		}
		for i := range ep.Len() {
			if !adoptionPlaces.has(ep.Cell(i, "PLACE")) {
				continue
			}
			decom, ok := date(ep, i, "DECOM")
			if !ok {
				continue
			}
			for _, a := range decided[ep.Cell(i, "CHILD").String()] {
				if d, ok := date(ad, a, "DATE_INT"); ok && decom.Before(d) {
					c.Fail(Episodes, i)
					c.Fail(AD1, a)
				}
			}
		}
	}
	return r
}

// 551: a child placed for adoption has the date of the decision to place
// (PlacedAdoption DATE_PLACED).
func rule551() *Rule {
	r := &Rule{Code: "551", Message: "Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.",
		Fields: []string{"DATE_PLACED", "PLACE"}, Tables: []TableID{Episodes, PlacedAdoption}, Topic: "adoption",
		needs: []need{needTable(Episodes), needTable(PlacedAdoption)}, rowLocal: true}
	r.check = func(c *Check) {
		// As the peer: the child needs a PlacedAdoption row, and every one
		// of its rows needs DATE_PLACED (a decision recorded without its
		// date is a decision with no date).
		pa := c.Table(PlacedAdoption)
		has := c.childrenWhere(PlacedAdoption, nil)
		undated := c.childrenWhere(PlacedAdoption, func(i int) bool { return pa.Cell(i, "DATE_PLACED").Blank() })
		eachRow(c, Episodes, func(row *rowCursor) bool {
			if !adoptionPlaces.has(row.cell("PLACE")) {
				return false
			}
			id := row.cell("CHILD").String()
			return !has.has(c, id) || undated.has(c, id)
		})
	}
	return r
}

// 557: a child with a decision to place for adoption (adoption placement
// A3-A6, or a placement order: LS E1) who left care without being adopted needs
// the date and reason the decision ceased. Flags the child's episodes that
// ended that way and the incomplete PlacedAdoption rows.
func rule557() *Rule {
	r := &Rule{Code: "557", Message: "Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.",
		Fields: []string{"DATE_PLACED_CEASED", "REASON_PLACED_CEASED", "REC", "PLACE", "LS"}, Tables: []TableID{Episodes, PlacedAdoption}, Topic: "adoption",
		needs: []need{needTable(Episodes), needTable(PlacedAdoption)}}
	r.check = func(c *Check) {
		ep, pa := c.Table(Episodes), c.Table(PlacedAdoption)
		complete := map[string]bool{}
		for i := range pa.Len() {
			ch := pa.Cell(i, "CHILD").String()
			if _, seen := complete[ch]; !seen {
				complete[ch] = true
			}
			if pa.Cell(i, "DATE_PLACED_CEASED").Blank() || pa.Cell(i, "REASON_PLACED_CEASED").Blank() {
				complete[ch] = false
			}
		}
		left := map[string]bool{}
		for i := range ep.Len() {
			rec := ep.Cell(i, "REC")
			// LS E1 only, as the peer reads DfE's condition (issue 14; a
			// freeing order, D1, counted too before).
			if !(adoptionPlaces.has(ep.Cell(i, "PLACE")) || ep.Cell(i, "LS").Is("E1")) {
				continue
			}
			if !rec.Has() || recContinuedOrAdopted.has(rec) {
				continue
			}
			ch := ep.Cell(i, "CHILD").String()
			if !complete[ch] {
				c.Fail(Episodes, i)
				left[ch] = true
			}
		}
		for i := range pa.Len() {
			if left[pa.Cell(i, "CHILD").String()] && (pa.Cell(i, "DATE_PLACED_CEASED").Blank() || pa.Cell(i, "REASON_PLACED_CEASED").Blank()) {
				c.Fail(PlacedAdoption, i)
			}
		}
	}
	return r
}
