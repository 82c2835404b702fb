package ssda903

import "github.com/stablehomes/stablehomes"

// 205A-205D: UASC status this year against last year (rule index topic
// "uasc"). In an XML return Header carries the UASC flag for both years; a
// CSV return has no such flag, so a child counts as UASC from the UASC
// table: this year when DUC holds a valid date (when Header has no UASC
// column), last year also when last year's UASC row has a DUC.

type uascYears struct {
	xml              bool
	now, last, known map[string]bool
	dob              map[string]stablehomes.Date
	ducNow, ducLast  map[string]Cell
}

func uascHistory(c *Check) uascYears {
	u := uascYears{xml: c.Ret.Metadata.FileFormat == "xml", last: map[string]bool{}, known: map[string]bool{},
		dob: map[string]stablehomes.Date{}, ducNow: map[string]Cell{}, ducLast: map[string]Cell{}}
	hl, ut, ul := c.Table(HeaderLast), c.Table(UASC), c.Table(UASCLast)
	for i := range ut.Len() {
		ch := ut.Cell(i, "CHILD").String()
		u.ducNow[ch] = ut.Cell(i, "DUC")
		if d, ok := date(ut, i, "DOB"); ok {
			u.dob[ch] = d
		}
	}
	u.now = c.Ret.UASCChildren()
	for i := range hl.Len() {
		ch := hl.Cell(i, "CHILD").String()
		u.known[ch] = true
		if hl.Cell(i, "UASC").Is("1") {
			u.last[ch] = true
		}
	}
	for i := range ul.Len() {
		ch := ul.Cell(i, "CHILD").String()
		u.known[ch] = true
		u.ducLast[ch] = ul.Cell(i, "DUC")
		if !u.xml && ul.Cell(i, "DUC").Has() {
			u.last[ch] = true
		}
	}
	return u
}

// uascYearRule flags, for each child picked, its UASC and Header rows; with
// flagRowOnly, only the row carrying this year's status (Header when it has
// the UASC flag, else UASC).
func uascYearRule(code, msg string, flagRowOnly bool, pick func(c *Check, u uascYears, child string) bool) *Rule {
	return &Rule{Code: code, Message: msg, Fields: []string{"DUC", "UASC"}, Tables: []TableID{UASC, UASCLast, Header, HeaderLast}, Topic: "uasc",
		needs: []need{needTable(UASC), needTable(UASCLast)},
		check: func(c *Check) {
			u := uascHistory(c)
			children := map[string]bool{}
			for _, id := range []TableID{UASC, Header} {
				t := c.Table(id)
				for i := range t.Len() {
					ch := t.Cell(i, "CHILD").String()
					if _, done := children[ch]; !done {
						children[ch] = pick(c, u, ch)
					}
					if !children[ch] {
						continue
					}
					headerFlag := c.Table(Header).HasColumn("UASC")
					if !flagRowOnly || (id == Header) == headerFlag {
						c.Fail(id, i)
					}
				}
			}
		}}
}

func rule205A() *Rule {
	return uascYearRule("205A", "Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.", false,
		func(c *Check, u uascYears, ch string) bool {
			if !u.last[ch] || u.now[ch] {
				return false
			}
			for _, d := range []Cell{u.ducNow[ch], u.ducLast[ch]} {
				if v, ok := d.DateOK(); ok && v.Before(c.Start()) {
					return false
				}
			}
			return true
		})
}

func rule205B() *Rule {
	return uascYearRule("205B", "Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.", false,
		func(_ *Check, u uascYears, ch string) bool {
			if !u.last[ch] || !u.now[ch] {
				return false
			}
			dob, ok := u.dob[ch]
			if !ok {
				return false
			}
			// UASC status lasts to the 18th birthday.
			for _, d := range []Cell{u.ducNow[ch], u.ducLast[ch]} {
				if v, ok := d.DateOK(); ok && v != dob.AddYears(18) {
					return true
				}
			}
			return false
		})
}

func rule205C() *Rule {
	return uascYearRule("205C", "Child not identified as UASC either this year or last year but date UASC ceased has been provided.", false,
		func(_ *Check, u uascYears, ch string) bool {
			return u.xml && !u.now[ch] && !u.last[ch] && (u.ducNow[ch].Has() || u.ducLast[ch].Has())
		})
}

func rule205D() *Rule {
	return uascYearRule("205D", "Child identified as UASC this year but not identified as UASC status provided for the child last year.", true,
		func(_ *Check, u uascYears, ch string) bool {
			return u.now[ch] && !u.last[ch] && u.known[ch]
		})
}

// 1014: a care leaver (OC3 data, episodes but none of care during the
// year) has no UASC information; flags the UASC and OC3 rows. As the peer
// reads it (issue 14): any UASC row counts, whatever its DUC (before, only
// a UASC row current in or after the year did), and a child with no
// episode at all is not judged.
func rule1014() *Rule {
	return &Rule{Code: "1014", Message: "UASC information is not required for care leavers", Fields: []string{"ACTIV", "ACCOM", "IN_TOUCH", "DUC"},
		Tables: []TableID{UASC, OC3, Episodes}, Topic: "uasc", needs: []need{needTable(UASC), needTable(OC3), needTable(Episodes)},
		check: func(c *Check) {
			ep, oc3 := c.Table(Episodes), c.Table(OC3)
			inCare := c.childrenWhere(Episodes, func(i int) bool {
				a, ok1 := date(ep, i, "DECOM")
				b, ok2 := date(ep, i, "DEC")
				return ok1 && !a.After(c.End()) && (!ok2 || !b.Before(c.Start()))
			})
			hasEpisode := c.childrenWhere(Episodes, func(int) bool { return true })
			leavers := c.childrenWhere(OC3, func(i int) bool {
				return oc3Filled(oc3, i) && hasEpisode.row(c, OC3, i) && !inCare.row(c, OC3, i)
			})
			withUASC := c.childrenWhere(UASC, func(int) bool { return true })
			for i, k := range c.keysOf(UASC) {
				if leavers[k] {
					c.Fail(UASC, i)
				}
			}
			for i, k := range c.keysOf(OC3) {
				if leavers[k] && withUASC[k] && oc3Filled(oc3, i) {
					c.Fail(OC3, i)
				}
			}
		}}
}
