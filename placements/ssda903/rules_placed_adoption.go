package ssda903

// The decision to place for adoption (PlacedAdoption) against the episodes
// and the child's birth; and cross-table cohort checks (OC2 vs OC3/AD1).

// 117: the decision dates (placed, placed-ceased) fall within the year and
// not after the child ceased to be looked after. DfE's condition compares
// them with the DEC "of latest episode where REC not = X1": the child's
// episode with the latest DECOM among those whose REC is not X1 (a blank REC
// is not X1), as the peer reads it; when that episode has no DEC only the
// collection end applies. A child with no such episode is not judged (no
// episode to flag). Flags the PlacedAdoption row and that episode; of
// episodes starting the same day, the first in the table.
func rule117() *Rule {
	r := &Rule{Code: "117", Message: "Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.",
		Fields: []string{"DATE_PLACED_CEASED", "DATE_PLACED", "DEC", "REC", "DECOM"}, Tables: []TableID{PlacedAdoption, Episodes}, Topic: "adoption",
		needs: []need{needTable(Episodes), needTable(PlacedAdoption)}}
	r.check = func(c *Check) {
		ep, pa := c.Table(Episodes), c.Table(PlacedAdoption)
		latest := map[string]int{}
		for i := range ep.Len() {
			d, ok := date(ep, i, "DECOM")
			ch := ep.Cell(i, "CHILD")
			if !ok || ep.Cell(i, "REC").Is("X1") || ch.Blank() {
				continue
			}
			if j, seen := latest[ch.String()]; !seen {
				latest[ch.String()] = i
			} else if dj, _ := date(ep, j, "DECOM"); d.After(dj) {
				latest[ch.String()] = i
			}
		}
		for i := range pa.Len() {
			e, has := latest[pa.Cell(i, "CHILD").String()]
			if !has || pa.Cell(i, "CHILD").Blank() {
				continue
			}
			endCare, hasEnd := date(ep, e, "DEC")
			bad := false
			for _, col := range []string{"DATE_PLACED", "DATE_PLACED_CEASED"} {
				if d, ok := date(pa, i, col); ok && (d.After(c.End()) || (hasEnd && d.After(endCare))) {
					bad = true
				}
			}
			if bad {
				c.Fail(PlacedAdoption, i)
				c.Fail(Episodes, e)
			}
		}
	}
	return r
}

// 118: the decision that the child should no longer be placed falls within
// the year and not before the child started to be looked after (the
// earliest episode outside short breaks); flags both rows.
func rule118() *Rule {
	r := &Rule{Code: "118", Message: "Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.",
		Fields: []string{"DECOM", "DECOM", "LS"}, Tables: []TableID{PlacedAdoption, Episodes}, Topic: "adoption",
		needs: []need{needTable(Episodes), needTable(PlacedAdoption)}}
	r.check = func(c *Check) {
		ep, pa := c.Table(Episodes), c.Table(PlacedAdoption)
		first := map[string]int{}
		for i := range ep.Len() {
			d, ok := date(ep, i, "DECOM")
			if !ok || shortBreaks.has(ep.Cell(i, "LS")) {
				continue
			}
			ch := ep.Cell(i, "CHILD").String()
			if j, seen := first[ch]; !seen {
				first[ch] = i
			} else if dj, _ := date(ep, j, "DECOM"); d.Before(dj) {
				first[ch] = i
			}
		}
		for i := range pa.Len() {
			d, ok := date(pa, i, "DATE_PLACED_CEASED")
			e, has := first[pa.Cell(i, "CHILD").String()]
			if !ok || !has {
				continue
			}
			start, _ := date(ep, e, "DECOM")
			if d.Before(c.Start()) || d.Before(start) {
				c.Fail(PlacedAdoption, i)
				c.Fail(Episodes, e)
			}
		}
	}
	return r
}

// 184: the decision to place for adoption is not before the child's birth.
// The date of birth is the one the PlacedAdoption row carries (Header's
// when the table has no DOB column), as the peer reads it; a decision date
// whose row gives no readable date of birth cannot be shown to be on or
// after it and fails, as in the peer (the DOB rules report the DOB itself).
func rule184() *Rule {
	r := &Rule{Code: "184", Message: "Date of decision that a child should be placed for adoption is before the child was born.", Fields: []string{"DATE_PLACED", "DOB"},
		Tables: []TableID{PlacedAdoption, Header}, Topic: "adoption", needs: []need{needTable(PlacedAdoption), needTable(Header)}, rowLocal: true}
	r.check = func(c *Check) {
		eachRow(c, PlacedAdoption, func(row *rowCursor) bool {
			d, ok := row.date("DATE_PLACED")
			if !ok {
				return false
			}
			dob, known := row.date("DOB")
			if row.cell("DOB").IsAbsent() {
				dob, known = c.DOB(row.cell("CHILD").String())
			}
			return !known || d.Before(dob)
		})
	}
	return r
}

// 165: MOTHER, when given, is 0 or 1 and only for a girl; a girl looked
// after during the year (outside short breaks) has it. The first two are
// judged for every child with an episode outside short breaks, in the year
// or not, as the peer does (issue 14; before, only children looked after
// during the year, and a boy failed only with MOTHER 1). Flags the Header
// row and the child's OC3 rows; a Header row with a blank CHILD is judged
// only on the first two. The peer has one version (SEX 2/1), still applied after SEX
// became F/M/U in 2024-25; we read both codings.
func rule165() *Rule {
	female, male := codes("2", "F"), codes("1", "M")
	r := &Rule{Code: "165", Message: "Data entry for mother status is invalid.", Fields: []string{"MOTHER", "SEX", "ACTIV", "ACCOM", "IN_TOUCH", "DECOM"},
		Tables: []TableID{Header, OC3, Episodes}, Topic: "header_child", needs: []need{needTable(Header), needTable(Episodes)}}
	r.check = func(c *Check) {
		ep := c.Table(Episodes)
		during := c.childrenWhere(Episodes, func(i int) bool {
			a, ok1 := date(ep, i, "DECOM")
			b, ok2 := date(ep, i, "DEC")
			if !ok1 || shortBreaks.has(ep.Cell(i, "LS")) {
				return false
			}
			return !a.After(c.End()) && (!ok2 || !b.Before(c.Start()))
		})
		cared := c.childrenWhere(Episodes, func(i int) bool { return !shortBreaks.has(ep.Cell(i, "LS")) })
		h := c.Table(Header)
		bad := c.marks()
		for i, k := range c.keysOf(Header) {
			if !cared[k] {
				continue
			}
			m, sex := h.Cell(i, "MOTHER"), h.Cell(i, "SEX")
			// A row with no CHILD links to no episode, so it is never a
			// girl known to be looked after in the year (the peer's count
			// of episodes in the year leaves blank CHILD out).
			inYear := during[k] && !h.Cell(i, "CHILD").Blank()
			if (inYear && female.has(sex) && m.Blank()) || (male.has(sex) && m.Has()) || (m.Has() && !zeroOrOne.has(m)) {
				c.Fail(Header, i)
				bad[k] = true
			}
		}
		for i, k := range c.keysOf(OC3) {
			if bad[k] {
				c.Fail(OC3, i)
			}
		}
	}
	return r
}

// 187: a child in the 12-month cohort (OC2) has no adoption (AD1) or
// care-leaver (OC3) data.
func rule187() *Rule {
	return &Rule{Code: "187", Message: "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.",
		Fields: append(append([]string{}, ad1Fields...), oc3Fields...), Tables: []TableID{OC3, AD1, Episodes}, Topic: "oc2",
		needs: []need{needTable(Episodes)},
		check: func(c *Check) {
			for _, t := range []struct {
				id   TableID
				cols []string
			}{{OC3, oc3Fields}, {AD1, ad1Fields}} {
				tbl := c.Table(t.id)
				for i := range tbl.Len() {
					if _, cla := c.LookedAfter12Months(tbl.Cell(i, "CHILD").String()); cla && anyHasAt(tbl, i, t.cols) {
						c.Fail(t.id, i)
					}
				}
			}
		}}
}

// 215: a care leaver (OC3 data) has no 12-month (OC2) data; flags both.
func rule215() *Rule {
	return &Rule{Code: "215", Message: "Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.",
		Fields: append(append([]string{}, oc3Fields...), oc2Items...), Tables: []TableID{OC3, OC2}, Topic: "oc3_care_leavers",
		needs: []need{needTable(OC3), needTable(OC2)},
		check: func(c *Check) {
			oc3, oc2 := c.Table(OC3), c.Table(OC2)
			leavers := c.childrenWhere(OC3, func(i int) bool { return oc3Filled(oc3, i) })
			both := c.marks()
			for i, k := range c.keysOf(OC2) {
				if leavers[k] && anyHasAt(oc2, i, oc2Items) {
					c.Fail(OC2, i)
					both[k] = true
				}
			}
			for i, k := range c.keysOf(OC3) {
				if both[k] && oc3Filled(oc3, i) {
					c.Fail(OC3, i)
				}
			}
		}}
}

// pairRule flags an episode (and optionally the other table's row) when an
// episode satisfying pick and a row of other for the same child satisfy
// bad.
func pairRule(code, msg, topic string, fields []string, other TableID, flagOther bool,
	pick func(ep *Table, i int) bool, bad func(ep *Table, e int, o *Table, i int) bool) *Rule {
	return &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{Episodes, other}, Topic: topic,
		needs: []need{needTable(Episodes), needTable(other)},
		check: func(c *Check) {
			ep, o := c.Table(Episodes), c.Table(other)
			rows := map[string][]int{}
			for i := range o.Len() {
				rows[o.Cell(i, "CHILD").String()] = append(rows[o.Cell(i, "CHILD").String()], i)
			}
			for e := range ep.Len() {
				// A blank CHILD names no child: it pairs with no row.
				if !pick(ep, e) || ep.Cell(e, "CHILD").Blank() {
					continue
				}
				for _, i := range rows[ep.Cell(e, "CHILD").String()] {
					if bad(ep, e, o, i) {
						c.Fail(Episodes, e)
						if flagOther {
							c.Fail(other, i)
						}
					}
				}
			}
		}}
}

// dateAfter reports a valid date in (o, i, col) after the valid date in
// (ep, e, epCol).
func dateAfter(o *Table, i int, col string, ep *Table, e int, epCol string) bool {
	a, ok1 := date(o, i, col)
	b, ok2 := date(ep, e, epCol)
	return ok1 && ok2 && a.After(b)
}

// 331: the child is matched with the adopters (AD1 DATE_MATCH) on or before
// the placement that ended in adoption starts.
func rule331() *Rule {
	return pairRule("331", "Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.", "adoption",
		[]string{"DATE_MATCH", "DECOM", "REC"}, AD1, true,
		func(ep *Table, e int) bool { return recAdopted.has(ep.Cell(e, "REC")) },
		func(ep *Table, e int, o *Table, i int) bool { return dateAfter(o, i, "DATE_MATCH", ep, e, "DECOM") })
}

// 334: the decision that adoption is in the child's interests (AD1
// DATE_INT) is not before the latest period of care began (the latest
// episode with RNE S).
func rule334() *Rule {
	r := &Rule{Code: "334", Message: "Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption. ",
		Fields: []string{"DATE_INT", "DECOM", "RNE"}, Tables: []TableID{Episodes, AD1}, Topic: "adoption", needs: []need{needTable(Episodes), needTable(AD1)}}
	r.check = func(c *Check) {
		ep, ad := c.Table(Episodes), c.Table(AD1)
		latestStart := map[string]int{}
		for _, seq := range c.Sequences(Episodes).All() {
			for k := len(seq) - 1; k >= 0; k-- {
				if ep.Cell(int(seq[k]), "RNE").Is("S") {
					latestStart[ep.Cell(int(seq[k]), "CHILD").String()] = int(seq[k])
					break
				}
			}
		}
		for i := range ad.Len() {
			e, ok := latestStart[ad.Cell(i, "CHILD").String()]
			if !ok {
				continue
			}
			d, ok1 := date(ad, i, "DATE_INT")
			s, _ := date(ep, e, "DECOM")
			if ok1 && d.Before(s) {
				c.Fail(Episodes, e)
				c.Fail(AD1, i)
			}
		}
	}
	return r
}

// 366: a short break (V3) is a placement of its own: RNE S.
func rule366() *Rule {
	return episodeRule("366", "A child cannot change placement during the course of an individual short-term respite break.", "legal_status", []string{"RNE"},
		func(row *rowCursor) bool { return row.cell("LS").Is("V3") && !row.cell("RNE").Is("S") })
}

// 552: the decision to place for adoption comes on or before the adoption
// placement starts.
func rule552() *Rule {
	return pairRule("552", "Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.", "adoption",
		[]string{"DATE_PLACED", "DECOM"}, PlacedAdoption, true,
		func(ep *Table, e int) bool { return adoptionPlaces.has(ep.Cell(e, "PLACE")) },
		func(ep *Table, e int, o *Table, i int) bool { return dateAfter(o, i, "DATE_PLACED", ep, e, "DECOM") })
}

// orderNeedsDecision: every episode under a placement order (E1, 553) or
// freeing order (D1, 555), open or ended in the year, needs a decision to
// place for adoption (a PlacedAdoption row for the child; the episode is
// flagged when there is none); while the episode is open the decision
// stands: a PlacedAdoption row with DATE_PLACED and no ceased date or
// reason (the rows that fall short are flagged).
func orderNeedsDecision(code, msg, ls string) *Rule {
	return &Rule{Code: code, Message: msg, Fields: []string{"CHILD", "LS", "DEC", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"},
		Tables: []TableID{Episodes, PlacedAdoption}, Topic: "adoption", needs: []need{needTable(Episodes), needTable(PlacedAdoption)},
		check: func(c *Check) {
			ep, pa := c.Table(Episodes), c.Table(PlacedAdoption)
			rows := map[string][]int{}
			for i := range pa.Len() {
				rows[pa.Cell(i, "CHILD").String()] = append(rows[pa.Cell(i, "CHILD").String()], i)
			}
			for e := range ep.Len() {
				if !ep.Cell(e, "LS").Is(ls) {
					continue
				}
				// Any episode under the order needs the decision (a
				// PlacedAdoption row); an open one, a decision not ceased.
				rs := rows[ep.Cell(e, "CHILD").String()]
				if len(rs) == 0 {
					c.Fail(Episodes, e)
				}
				if ep.Cell(e, "DEC").Has() {
					continue
				}
				for _, i := range rs {
					if pa.Cell(i, "DATE_PLACED").Blank() || pa.Cell(i, "DATE_PLACED_CEASED").Has() || pa.Cell(i, "REASON_PLACED_CEASED").Has() {
						c.Fail(PlacedAdoption, i)
					}
				}
			}
		}}
}

func rule553() *Rule {
	return orderNeedsDecision("553", "Placement order has been granted but there is no date of decision that the child should be placed for adoption.", "E1")
}

func rule555() *Rule {
	return orderNeedsDecision("555", "Freeing order has been granted but there is no date of decision that the child should be placed for adoption.", "D1")
}

// 556 (to 2023-24): the decision to place comes on or before the freeing
// order (a D1 episode's start).
func rule556() *Rule {
	return pairRule("556", "Date of decision that the child should be placed for adoption should be on or prior to the date that the freeing order was granted.", "adoption",
		[]string{"DATE_PLACED", "DECOM"}, PlacedAdoption, false,
		func(ep *Table, e int) bool { return ep.Cell(e, "LS").Is("D1") },
		func(ep *Table, e int, o *Table, i int) bool { return dateAfter(o, i, "DATE_PLACED", ep, e, "DECOM") })
}
