package ssda903

import "strings"

// More rules on the child: ages, mothers, UPN and category of need (rule
// index topic "header_child").

// 351: nobody in the return is 25 or over at the collection start.
func rule351() *Rule {
	return headerRule("351", "Child was over 25 at the start of the current collection year.", "header_child", Header, []string{"DOB"},
		func(c *Check, row *rowCursor) bool {
			dob, ok := row.date("DOB")
			return ok && dob.AddYears(25).Before(c.Start())
		})
}

// 352: a child starting to be looked after (RNE S) is under 18.
func rule352() *Rule {
	r := &Rule{Code: "352", Message: "Child who started to be looked after was aged 18 or over.", Fields: []string{"DECOM", "RNE"},
		Tables: []TableID{Episodes, Header}, Topic: "header_child", needs: []need{needTable(Episodes), needTable(Header)}, rowLocal: true}
	r.check = func(c *Check) {
		eachRow(c, Episodes, func(row *rowCursor) bool {
			decom, ok := row.date("DECOM")
			if !ok || !row.cell("RNE").Is("S") {
				return false
			}
			dob, ok := c.DOB(row.cell("CHILD").String())
			return ok && !decom.Before(dob.AddYears(18))
		})
	}
	return r
}

// lookedAfterChildren: children with an episode outside short breaks
// (legal status compared without regard to case).
func lookedAfterChildren(c *Check) childMarks {
	ep := c.Table(Episodes)
	return c.childrenWhere(Episodes, func(i int) bool {
		ls := strings.ToUpper(ep.Cell(i, "LS").String())
		return ls != "V3" && ls != "V4"
	})
}

// 393: a looked-after girl has MOTHER completed.
func rule393(female string) *Rule {
	r := &Rule{Code: "393", Message: "Child is looked after but mother field is not completed.", Fields: []string{"MOTHER"},
		Tables: []TableID{Header, Episodes}, Topic: "header_child", needs: []need{needTable(Header), needTable(Episodes)}, rowLocal: true}
	r.check = func(c *Check) {
		la := lookedAfterChildren(c)
		eachRow(c, Header, func(row *rowCursor) bool {
			return row.cell("SEX").Is(female) && row.cell("MOTHER").Blank() && la.has(c, row.cell("CHILD").String())
		})
	}
	return r
}

// 442: a looked-after child has a UPN (or an unknown code).
func rule442() *Rule {
	r := &Rule{Code: "442", Message: "Unique Pupil Number (UPN) field is not completed.", Fields: []string{"UPN", "LS"},
		Tables: []TableID{Header, Episodes}, Topic: "header_child", needs: []need{needTable(Header), needTable(Episodes)}, rowLocal: true}
	r.check = func(c *Check) {
		la := lookedAfterChildren(c)
		eachRow(c, Header, func(row *rowCursor) bool {
			return row.cell("UPN").Blank() && la.has(c, row.cell("CHILD").String())
		})
	}
	return r
}

// 444 (2025-26): a real UPN belongs to one child.
func rule444() *Rule {
	return &Rule{Code: "444", Message: "Duplicate UPN has been reported", Fields: []string{"UPN"}, Tables: []TableID{Header}, Topic: "header_child",
		needs: []need{needTable(Header)},
		check: func(c *Check) {
			h := c.Table(Header)
			rows := map[string][]int{}
			for i := range h.Len() {
				if u := h.Cell(i, "UPN"); u.Has() && !upnUnknown.has(u) {
					rows[u.String()] = append(rows[u.String()], i)
				}
			}
			for _, rs := range rows {
				if len(rs) > 1 {
					for _, r := range rs {
						c.Fail(Header, r)
					}
				}
			}
		}}
}

// 504: the category of need stays as recorded at the start of the period
// of care (episodes linked by X1 ending the day the next starts): each
// continuing episode has the CIN of the one it continues, which along the
// chain is the start's. As the peer compares, a blank CIN on either side is
// no match, so a blank in the middle of a period fails, and so does the
// episode after it.
func rule504() *Rule {
	return &Rule{Code: "504", Message: "The category of need code differs from that reported at start of current period of being looked after", Fields: []string{"CIN"},
		Tables: []TableID{Episodes}, Topic: "header_child", needs: []need{needTable(Episodes)},
		check: func(c *Check) {
			t := c.Table(Episodes)
			for _, seq := range c.Sequences(Episodes).All() {
				for k := 1; k < len(seq); k++ {
					prev, cur := seq[k-1], seq[k]
					pd, ok := date(t, int(prev), "DEC")
					d, _ := date(t, int(cur), "DECOM")
					if !ok || pd != d || !t.Cell(int(prev), "REC").Is("X1") {
						continue
					}
					if a, b := t.Cell(int(cur), "CIN"), t.Cell(int(prev), "CIN"); a.Blank() || !a.Is(b.String()) || b.Blank() {
						c.Fail(Episodes, int(cur))
					}
				}
			}
		}}
}

// 611: a mother has her child's date of birth.
func rule611() *Rule {
	return headerRule("611", "Date of birth field is blank, but child is a mother.", "header_child", Header, []string{"MOTHER", "MC_DOB"},
		func(_ *Check, row *rowCursor) bool { return row.cell("MOTHER").Is("1") && row.cell("MC_DOB").Blank() })
}

// 612: a girl not recorded as a mother has no mother's-child date of birth.
func rule612(female string) *Rule {
	return headerRule("612", "Date of birth field has been completed but mother field indicates child is not a mother.", "header_child", Header, []string{"SEX", "MOTHER", "MC_DOB"},
		func(_ *Check, row *rowCursor) bool {
			return row.cell("SEX").Is(female) && row.cell("MC_DOB").Has() && !row.cell("MOTHER").Is("1")
		})
}
