package ssda903

import "strings"

// Rules whose peer cases we read differently (each listed, with the reason
// and our answer, in differences_test.go).

// 208: a known UPN, once reported, stays the same (ignoring case) and is
// not dropped. An unknown-UPN code (UN1-UN5) may change from year to year,
// since its reason can (UN4 "not yet obtained" becoming UN3 "educated
// outside England", for example), and may be replaced by a real UPN.
func rule208() *Rule {
	r := &Rule{Code: "208", Message: "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.",
		Fields: []string{"UPN"}, Tables: []TableID{Header, HeaderLast}, Topic: "header_child",
		needs: []need{needTable(Header), needTable(HeaderLast)}, rowLocal: true}
	r.check = func(c *Check) {
		last := c.Table(HeaderLast)
		prev := map[string]Cell{}
		for i := range last.Len() {
			prev[last.Cell(i, "CHILD").String()] = last.Cell(i, "UPN")
		}
		eachRow(c, Header, func(row *rowCursor) bool {
			p, ok := prev[row.cell("CHILD").String()]
			if !ok || !p.Has() {
				return false
			}
			now := row.cell("UPN")
			if now.Blank() {
				return true
			}
			return !upnUnknown.has(p) && !strings.EqualFold(now.String(), p.String())
		})
	}
	return r
}

// 210: UN4 (UPN not yet obtained, for a child just come into care) is not
// for a child looked after for more than a week at 31 March: the period of
// care open at the end began more than seven days before it. Flags the
// Header row and the open episode.
func rule210() *Rule {
	r := &Rule{Code: "210", Message: "Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.",
		Fields: []string{"UPN", "DECOM"}, Tables: []TableID{Header, Episodes}, Topic: "header_child", needs: []need{needTable(Header), needTable(Episodes)}}
	r.check = func(c *Check) {
		ep := c.Table(Episodes)
		weekBefore := c.End().AddDays(-7)
		longer := make([]int32, c.numChildren()) // 1 + the open episode's row
		for _, seq := range c.Sequences(Episodes).All() {
			k := len(seq) - 1
			last := seq[k]
			dec, ok := date(ep, int(last), "DEC")
			if ep.Cell(int(last), "DEC").Has() && (!ok || dec.Before(c.End())) {
				continue // not looked after at 31 March
			}
			for k > 0 {
				pd, ok := date(ep, int(seq[k-1]), "DEC")
				d, _ := date(ep, int(seq[k]), "DECOM")
				if !ok || pd != d {
					break
				}
				k--
			}
			if start, _ := date(ep, int(seq[k]), "DECOM"); start.Before(weekBefore) {
				longer[c.childKey(Episodes, int(last))] = int32(last) + 1
			}
		}
		h := c.Table(Header)
		for i, k := range c.keysOf(Header) {
			if e := int(longer[k]) - 1; e >= 0 && h.Cell(i, "UPN").Is("UN4") {
				c.Fail(Header, i)
				c.Fail(Episodes, e)
			}
		}
	}
	return r
}

// 558: a child who was adopted (REC E11/E12) whose PlacedAdoption rows
// number more than one all carrying a date the decision ceased; flags the
// adoption episodes. This is DfE's condition as the peer's comment quotes it
// (more than one DATE_PLACED_CEASED in the year, the latest must be blank),
// read as the peer does: a child with any row without a date, or with one
// dated row only, is not flagged. Followed since issue 14 (before, any dated
// row failed).
func rule558() *Rule {
	r := &Rule{Code: "558", Message: "If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.",
		Fields: []string{"DATE_PLACED_CEASED", "REC"}, Tables: []TableID{Episodes, PlacedAdoption}, Topic: "adoption",
		needs: []need{needTable(Episodes), needTable(PlacedAdoption)}}
	r.check = func(c *Check) {
		ep, pa := c.Table(Episodes), c.Table(PlacedAdoption)
		dated := map[string]int{}
		undated := map[string]bool{}
		for i := range pa.Len() {
			ch := pa.Cell(i, "CHILD").String()
			if pa.Cell(i, "DATE_PLACED_CEASED").Has() {
				dated[ch]++
			} else {
				undated[ch] = true
			}
		}
		for i := range ep.Len() {
			ch := ep.Cell(i, "CHILD").String()
			// A blank CHILD names no child: no decision rows are its.
			if ch != "" && recAdopted.has(ep.Cell(i, "REC")) && !undated[ch] && dated[ch] > 1 {
				c.Fail(Episodes, i)
			}
		}
	}
	return r
}

// SW12STG2 (from 2023-24): a child looked after at 31 March (outside short
// breaks) has social worker episodes reaching back to the start of the
// collection year (the earliest SW_DECOM on or before 1 April). Flags the
// episode open at the end.
func ruleSW12STG2() *Rule {
	r := &Rule{Code: "SW12STG2", Message: "If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after",
		Fields: []string{"SW_DECOM"}, Tables: []TableID{Episodes, SWEpisodes}, Topic: "social_worker", needs: []need{needTable(Episodes), needTable(SWEpisodes)}}
	r.check = func(c *Check) {
		sw := c.Table(SWEpisodes)
		covered := c.childrenWhere(SWEpisodes, func(i int) bool {
			d, ok := date(sw, i, "SW_DECOM")
			return ok && !d.After(c.Start())
		})
		ep := c.Table(Episodes)
		for _, seq := range c.Sequences(Episodes).All() {
			last := seq[len(seq)-1]
			decom, _ := date(ep, int(last), "DECOM")
			dec, ok := date(ep, int(last), "DEC")
			open := ep.Cell(int(last), "DEC").Blank() || (ok && !dec.Before(c.End()))
			if !open || decom.After(c.End()) || shortBreaks.has(ep.Cell(int(last), "LS")) {
				continue
			}
			if !covered.row(c, Episodes, int(last)) {
				c.Fail(Episodes, int(last))
			}
		}
	}
	return r
}
