package ssda903

import "github.com/stablehomes/stablehomes"

// Rules reading a child's history across this year's and last year's
// episodes.

// 199: a child adopted from care (an episode ending E11/E12, this year or
// last) has no later episodes. "Later" is by start date, as the peer reads
// it: flags this year's episodes that start after an adoption episode of the
// same child started (a second adoption episode included). Before issue 14
// we compared with the date the adoption episode ended, which passed an
// episode starting while the adoption episode was still open; episodes
// starting on the same day as the adoption episode are not flagged (the
// peer's verdict for them depends on its sort). Rows with a blank CHILD are
// no child's history: they are not judged (the peer's grouping by CHILD
// leaves them out).
func rule199() *Rule {
	return &Rule{Code: "199", Message: "Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]",
		Fields: []string{"CHILD"}, Tables: []TableID{Episodes, EpisodesLast}, Topic: "adoption", needs: []need{needTable(Episodes)},
		check: func(c *Check) {
			adopted := map[string]stablehomes.Date{}
			for _, id := range []TableID{Episodes, EpisodesLast} {
				t := c.Table(id)
				for i := range t.Len() {
					d, ok := date(t, i, "DECOM")
					if !ok || !recAdopted.has(t.Cell(i, "REC")) || t.Cell(i, "CHILD").Blank() {
						continue
					}
					ch := t.Cell(i, "CHILD").String()
					if old, seen := adopted[ch]; !seen || d.Before(old) {
						adopted[ch] = d
					}
				}
			}
			t := c.Table(Episodes)
			for i := range t.Len() {
				if t.Cell(i, "CHILD").Blank() {
					continue
				}
				a, ok := adopted[t.Cell(i, "CHILD").String()]
				if d, ok2 := date(t, i, "DECOM"); ok && ok2 && d.After(a) {
					c.Fail(Episodes, i)
				}
			}
		}}
}

// 1001: OC3 data only for relevant or former relevant children: looked after
// for at least 13 weeks (91 days) after the 14th birthday, still looked
// after on or after the 16th birthday, and not adopted at the end. Counted
// over this year's and last year's ended episodes outside short breaks,
// each distinct episode once. Like the peer, episodes still open are not
// counted (a young person still in care has no care-leaver data: rules
// 1007, 1010).
func rule1001() *Rule {
	return &Rule{Code: "1001", Message: "The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore should not have care leaver information completed. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
		Fields: []string{"CHILD"}, Tables: []TableID{OC3, Header, Episodes, EpisodesLast}, Topic: "oc3_care_leavers",
		// Without last year's episodes nearly every care leaver would fail:
		// the rule needs both years.
		needs: []need{needTable(OC3), needTable(Header), needTable(Episodes), needTable(EpisodesLast)},
		check: func(c *Check) {
			type ep struct {
				from, to stablehomes.Date
				rec      string
			}
			eps := map[string][]ep{}
			seen := map[string]bool{}
			for _, id := range []TableID{EpisodesLast, Episodes} {
				t := c.Table(id)
				for i := range t.Len() {
					from, ok1 := date(t, i, "DECOM")
					to, ok2 := date(t, i, "DEC")
					if !ok1 || !ok2 || shortBreaks.has(t.Cell(i, "LS")) {
						continue
					}
					ch := t.Cell(i, "CHILD").String()
					key := ch + "|" + FormatReturnDate(from) + "|" + FormatReturnDate(to)
					if seen[key] {
						continue
					}
					seen[key] = true
					eps[ch] = append(eps[ch], ep{from, to, t.Cell(i, "REC").String()})
				}
			}
			oc3 := c.Table(OC3)
			for i := range oc3.Len() {
				ch := oc3.Cell(i, "CHILD").String()
				dob, ok := c.DOB(ch)
				if !ok {
					dob, ok = date(oc3, i, "DOB")
				}
				list := eps[ch]
				relevant := false
				if ok && len(list) > 0 {
					at14, at16 := dob.AddYears(14), dob.AddYears(16)
					days := 0
					last := list[0]
					for _, e := range list {
						from := e.from
						if from.Before(at14) {
							from = at14
						}
						if n := from.DaysUntil(e.to); n > 0 {
							days += n
						}
						if e.to.After(last.to) {
							last = e
						}
					}
					relevant = days >= 91 && !last.to.Before(at16) && last.rec != "E11" && last.rec != "E12"
				}
				if !relevant {
					c.Fail(OC3, i)
				}
			}
		}}
}
