package ssda903

import "github.com/stablehomes/stablehomes"

// The decision to place for adoption (PlacedAdoption) against the episodes
// and the child's birth; and cross-table cohort checks (OC2 vs OC3/AD1).

// 117: the decision dates (placed, placed-ceased) fall within the year and
// not after the child ceased to be looked after (the latest episode ending
// other than X1); flags the PlacedAdoption row and that episode.
func rule117() *Rule {
	r := &Rule{Code: "117", Message: "Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.",
		Fields: []string{"DATE_PLACED_CEASED", "DATE_PLACED", "DEC", "REC", "DECOM"}, Tables: []TableID{PlacedAdoption, Episodes}, Topic: "adoption",
		needs: []need{needTable(Episodes), needTable(PlacedAdoption)}}
	r.check = func(c *Check) {
		ep, pa := c.Table(Episodes), c.Table(PlacedAdoption)
		ceased := map[string]int{}
		for i := range ep.Len() {
			d, ok := date(ep, i, "DEC")
			if !ok || ep.Cell(i, "REC").Is("X1") {
				continue
			}
			ch := ep.Cell(i, "CHILD").String()
			if j, seen := ceased[ch]; !seen {
				ceased[ch] = i
			} else if dj, _ := date(ep, j, "DEC"); d.After(dj) {
				ceased[ch] = i
			}
		}
		for i := range pa.Len() {
			ch := pa.Cell(i, "CHILD").String()
			e, hasEnd := ceased[ch]
			var endCare stablehomes.Date
			if hasEnd {
				endCare, _ = date(ep, e, "DEC")
			}
			bad := false
			for _, col := range []string{"DATE_PLACED", "DATE_PLACED_CEASED"} {
				if d, ok := date(pa, i, col); ok && (d.After(c.End()) || (hasEnd && d.After(endCare))) {
					bad = true
				}
			}
			if bad {
				c.Fail(PlacedAdoption, i)
				if hasEnd {
					c.Fail(Episodes, e)
				}
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
func rule184() *Rule {
	r := &Rule{Code: "184", Message: "Date of decision that a child should be placed for adoption is before the child was born.", Fields: []string{"DATE_PLACED", "DOB"},
		Tables: []TableID{PlacedAdoption, Header}, Topic: "adoption", needs: []need{needTable(PlacedAdoption), needTable(Header)}, rowLocal: true}
	r.check = func(c *Check) {
		eachRow(c, PlacedAdoption, func(row func(string) Cell) bool {
			d, ok1 := row("DATE_PLACED").DateOK()
			dob, ok2 := c.DOB(row("CHILD").String())
			return ok1 && ok2 && d.Before(dob)
		})
	}
	return r
}

// 165: MOTHER is 0 or 1 for a girl looked after during the year (outside
// short breaks) and not 1 for a boy; flags the Header row and the child's
// OC3 rows. The peer has one version (SEX 2/1), still applied after SEX
// became F/M/U in 2024-25; we read both codings.
func rule165() *Rule {
	female, male := codes("2", "F"), codes("1", "M")
	r := &Rule{Code: "165", Message: "Data entry for mother status is invalid.", Fields: []string{"MOTHER", "SEX", "ACTIV", "ACCOM", "IN_TOUCH", "DECOM"},
		Tables: []TableID{Header, OC3, Episodes}, Topic: "header_child", needs: []need{needTable(Header), needTable(Episodes)}}
	r.check = func(c *Check) {
		ep := c.Table(Episodes)
		during := childSet(ep, func(i int) bool {
			a, ok1 := date(ep, i, "DECOM")
			b, ok2 := date(ep, i, "DEC")
			if !ok1 || shortBreaks.has(ep.Cell(i, "LS")) {
				return false
			}
			return !a.After(c.End()) && (!ok2 || !b.Before(c.Start()))
		})
		h := c.Table(Header)
		bad := map[string]bool{}
		for i := range h.Len() {
			ch := h.Cell(i, "CHILD").String()
			if !during[ch] {
				continue
			}
			m, sex := h.Cell(i, "MOTHER"), h.Cell(i, "SEX")
			if (female.has(sex) && !codes("0", "1").has(m)) || (male.has(sex) && m.Is("1")) || (m.Has() && !codes("0", "1").has(m)) {
				c.Fail(Header, i)
				bad[ch] = true
			}
		}
		oc3 := c.Table(OC3)
		for i := range oc3.Len() {
			if bad[oc3.Cell(i, "CHILD").String()] {
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
					if _, cla := c.LookedAfter12Months(tbl.Cell(i, "CHILD").String()); cla && anyHas(func(col string) Cell { return tbl.Cell(i, col) }, t.cols) {
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
			leavers := childSet(oc3, func(i int) bool { return oc3Filled(oc3, i) })
			both := map[string]bool{}
			for i := range oc2.Len() {
				ch := oc2.Cell(i, "CHILD").String()
				if leavers[ch] && anyHas(func(col string) Cell { return oc2.Cell(i, col) }, oc2Items) {
					c.Fail(OC2, i)
					both[ch] = true
				}
			}
			for i := range oc3.Len() {
				if both[oc3.Cell(i, "CHILD").String()] && oc3Filled(oc3, i) {
					c.Fail(OC3, i)
				}
			}
		}}
}
