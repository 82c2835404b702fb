package ssda903

import "github.com/stablehomes/stablehomes"

// Adoption outcomes (AD1), mothers leaving care, and previous permanence
// (PrevPerm) judged with the episodes (rule index topics "adoption",
// "previous_permanence", "header_child").

var ad1Fields = []string{"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"}

// adoptedInYear reports episodes ending in adoption (E11, E12) within the
// collection year.
func adoptedInYear(c *Check, t *Table, i int) bool {
	d, ok := date(t, i, "DEC")
	return ok && recAdopted.has(t.Cell(i, "REC")) && !d.Before(c.Start()) && !d.After(c.End())
}

// 601: a child adopted in the year has the AD1 details completed; flags the
// adoption episodes and the incomplete AD1 row.
func rule601() *Rule {
	r := &Rule{Code: "601", Message: "The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.",
		Fields: append([]string{"REC", "DEC"}, ad1Fields...), Tables: []TableID{Episodes, AD1}, Topic: "adoption", needs: []need{needTable(Episodes), needTable(AD1)}}
	r.check = func(c *Check) {
		ep, ad := c.Table(Episodes), c.Table(AD1)
		incomplete := map[string][]int{}
		for i := range ad.Len() {
			for _, f := range ad1Fields {
				if ad.Cell(i, f).Blank() {
					incomplete[ad.Cell(i, "CHILD").String()] = append(incomplete[ad.Cell(i, "CHILD").String()], i)
					break
				}
			}
		}
		for i := range ep.Len() {
			if !adoptedInYear(c, ep, i) {
				continue
			}
			if rows := incomplete[ep.Cell(i, "CHILD").String()]; len(rows) > 0 {
				c.Fail(Episodes, i)
				for _, a := range rows {
					c.Fail(AD1, a)
				}
			}
		}
	}
	return r
}

// 602: AD1 details only for children adopted in the year.
func rule602() *Rule {
	r := &Rule{Code: "602", Message: "The episode data submitted for this child does not show that he/she was adopted during the year.",
		Fields: ad1Fields, Tables: []TableID{AD1, Episodes}, Topic: "adoption", needs: []need{needTable(Episodes), needTable(AD1)}, rowLocal: true}
	r.check = func(c *Check) {
		ep := c.Table(Episodes)
		adopted := c.childrenWhere(Episodes, func(i int) bool { return adoptedInYear(c, ep, i) })
		eachRow(c, AD1, func(row *rowCursor) bool {
			return anyHas(row, ad1Fields) && !adopted.has(c, row.cell("CHILD").String())
		})
	}
	return r
}

// 607: a girl who ceased to be looked after in the year (outside short
// breaks) has MOTHER completed; flags her Header row and those episodes.
func rule607(female string) *Rule {
	r := &Rule{Code: "607", Message: "Child ceased to be looked after in the year, but mother field has not been completed.",
		Fields: []string{"DEC", "REC", "MOTHER", "LS", "SEX"}, Tables: []TableID{Header, Episodes}, Topic: "header_child", needs: []need{needTable(Header), needTable(Episodes)}}
	r.check = func(c *Check) {
		h, ep := c.Table(Header), c.Table(Episodes)
		girls := c.childrenWhere(Header, func(i int) bool { return h.Cell(i, "SEX").Is(female) && h.Cell(i, "MOTHER").Blank() })
		flagged := c.marks()
		for i, k := range c.keysOf(Episodes) {
			c.poll(i)
			if !girls[k] {
				continue
			}
			d, ok := date(ep, i, "DEC")
			rec := ep.Cell(i, "REC")
			if ok && !d.Before(c.Start()) && !d.After(c.End()) && rec.Has() && !rec.Is("X1") && !shortBreaks.has(ep.Cell(i, "LS")) {
				c.Fail(Episodes, i)
				flagged[k] = true
			}
		}
		for i, k := range c.keysOf(Header) {
			if flagged[k] && girls[k] {
				c.Fail(Header, i)
			}
		}
	}
	return r
}

// 630: a child starting care in the year (RNE S) has a previous permanence
// option; any option other than Z1 (none) needs its authority and date.
func rule630() *Rule {
	r := &Rule{Code: "630", Message: "Information on previous permanence option should be returned.", Fields: []string{"RNE", "PREV_PERM", "LA_PERM", "DATE_PERM"},
		Tables: []TableID{Episodes, PrevPerm}, Topic: "previous_permanence", needs: []need{needTable(Episodes), needTable(PrevPerm)}, rowLocal: true}
	r.check = func(c *Check) {
		pp := c.Table(PrevPerm)
		complete := map[string]bool{}
		for i := range pp.Len() {
			p := pp.Cell(i, "PREV_PERM")
			complete[pp.Cell(i, "CHILD").String()] = p.Is("Z1") || (p.Has() && pp.Cell(i, "LA_PERM").Has() && pp.Cell(i, "DATE_PERM").Has())
		}
		eachRow(c, Episodes, func(row *rowCursor) bool {
			d, ok := row.date("DECOM")
			return ok && row.cell("RNE").Is("S") && !d.Before(c.Start()) && !complete[row.cell("CHILD").String()]
		})
	}
	return r
}

// permDate reads DATE_PERM, which may have an unknown day, month or year
// written ZZ/ZZZZ; ok=false for anything else that is not a date. full is
// false when a part is unknown.
func permDate(s string) (d stablehomes.Date, full, ok bool) {
	if d, err := ParseReturnDate(s); err == nil {
		return d, true, true
	}
	if len(s) != 10 || s[2] != '/' || s[5] != '/' {
		return d, false, false
	}
	day, month, year := s[0:2], s[3:5], s[6:10]
	num := func(p string, lo, hi int) bool {
		n := 0
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return false
			}
			n = n*10 + int(p[i]-'0')
		}
		return n >= lo && n <= hi
	}
	okDay := day == "ZZ" || num(day, 1, 31)
	okMonth := month == "ZZ" || num(month, 1, 12)
	okYear := year == "ZZZZ" || num(year, 1, 9999)
	if !okDay || !okMonth || !okYear {
		return d, false, false
	}
	// The known parts must still make a real date (not 31/02, nor 29/02 of
	// a common year): an unknown part is read as the first of its range.
	if day == "ZZ" {
		day = "01"
	}
	if month == "ZZ" {
		month = "01"
	}
	if year == "ZZZZ" {
		year = "2000"
	}
	_, err := ParseReturnDate(day + "/" + month + "/" + year)
	return d, false, err == nil
}

// 632: the previous permanence date is a date (parts may be ZZ when not
// known) before the child's first episode starts (the earliest valid
// DECOM; the period the permanence order came before); flags the PrevPerm
// row and that episode.
func rule632() *Rule {
	r := &Rule{Code: "632", Message: "Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year",
		Fields: []string{"DATE_PERM", "DECOM"}, Tables: []TableID{PrevPerm, Episodes}, Topic: "previous_permanence", needs: []need{needTable(Episodes), needTable(PrevPerm)}}
	r.check = func(c *Check) {
		pp, ep := c.Table(PrevPerm), c.Table(Episodes)
		first := map[string]int{}
		for _, seq := range c.Sequences(Episodes).All() {
			first[ep.Cell(int(seq[0]), "CHILD").String()] = int(seq[0])
		}
		for i := range pp.Len() {
			v := pp.Cell(i, "DATE_PERM")
			if !v.Has() {
				continue
			}
			e, ok := first[pp.Cell(i, "CHILD").String()]
			if !ok {
				continue
			}
			d, full, valid := permDate(v.String())
			decom, _ := date(ep, e, "DECOM")
			if !valid || (full && !d.Before(decom)) {
				c.Fail(Episodes, e)
				c.Fail(PrevPerm, i)
			}
		}
	}
	return r
}

// 634: previous permanence details only for a child who started to be
// looked after in the year. A child none of whose episodes has a valid
// DECOM is not judged (when care began is unknown; rule 141 reports a
// DECOM that is not a date), as the peer does.
func rule634() *Rule {
	r := &Rule{Code: "634", Message: "There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.",
		Fields: []string{"PREV_PERM", "LA_PERM", "DATE_PERM"}, Tables: []TableID{PrevPerm, Episodes}, Topic: "previous_permanence", needs: []need{needTable(Episodes), needTable(PrevPerm)}}
	r.check = func(c *Check) {
		pp, ep := c.Table(PrevPerm), c.Table(Episodes)
		ix := c.ByChild(Episodes)
		rows := map[string][]int32{}
		for k, ch := range ix.Children.All() {
			rows[ch] = ix.Rows.At(k)
		}
		for i := range pp.Len() {
			if !anyHasAt(pp, i, []string{"PREV_PERM", "LA_PERM", "DATE_PERM"}) {
				continue
			}
			eps := rows[pp.Cell(i, "CHILD").String()]
			started, dated := false, false
			for _, e := range eps {
				if d, ok := date(ep, int(e), "DECOM"); ok {
					dated = true
					started = started || !d.Before(c.Start())
				}
			}
			if dated && !started {
				c.Fail(PrevPerm, i)
				for _, e := range eps {
					c.Fail(Episodes, int(e))
				}
			}
		}
	}
	return r
}
