package ssda903

import "github.com/stablehomes/stablehomes"

// Episode dates, overlaps and continuity (rule index topic
// "episode_dates"). Dates are dd/mm/yyyy; a cell that is not a real date
// is reported by 141/147 and ignored by the other date rules.

// badDateRule: a value that is not a valid dd/mm/yyyy date.
func badDateRule(code, msg string, table TableID, col string) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: []string{col}, Tables: []TableID{table}, Topic: "episode_dates",
		needs: []need{needTable(table)}, rowLocal: true}
	r.check = func(c *Check) {
		eachRow(c, table, func(row *rowCursor) bool {
			v := row.cell(col)
			_, err := v.Date()
			return v.Has() && err != nil
		})
	}
	return r
}

func rule141() *Rule {
	return badDateRule("141", "Date episode began is not a valid date.", Episodes, "DECOM")
}

func rule147() *Rule {
	return badDateRule("147", "Date episode ceased is not a valid date.", Episodes, "DEC")
}

// dateRule judges each episode's valid date(s).
func dateRule(code, msg string, fields []string, fails func(c *Check, row *rowCursor) bool) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{Episodes}, Topic: "episode_dates",
		needs: []need{needTable(Episodes)}, rowLocal: true}
	r.check = func(c *Check) {
		eachRow(c, Episodes, func(row *rowCursor) bool { return fails(c, row) })
	}
	return r
}

// 148: DEC and REC both given or both blank.
func rule148() *Rule {
	return dateRule("148", "Date episode ceased and reason episode ceased must both be coded, or both left blank.", []string{"DEC", "REC"},
		func(_ *Check, row *rowCursor) bool { return row.cell("DEC").Has() != row.cell("REC").Has() })
}

// 353: nothing before the Children Act 1989 came into force (14 October 1991).
var childrenActStart = stablehomes.MustDate(1991, 10, 14)

func rule353() *Rule {
	return dateRule("353", "No episode submitted can start before 14 October 1991.", []string{"DECOM"},
		func(_ *Check, row *rowCursor) bool {
			d, ok := row.date("DECOM")
			return ok && d.Before(childrenActStart)
		})
}

// 354 and 385: no episode starts (354) or ends (385) after the collection
// year.
func rule354() *Rule {
	return dateRule("354", "Date episode ceased must be on or before the end of the current collection year.", []string{"DECOM"},
		func(c *Check, row *rowCursor) bool {
			d, ok := row.date("DECOM")
			return ok && d.After(c.End())
		})
}

func rule385() *Rule {
	return dateRule("385", "Date episode ceased must be on or before the end of the current collection year.", []string{"DEC"},
		func(c *Check, row *rowCursor) bool {
			d, ok := row.date("DEC")
			return ok && d.After(c.End())
		})
}

// 355: an episode lasts at least a day (DEC after DECOM).
func rule355() *Rule {
	return dateRule("355", "Episode appears to have lasted for less than 24 hours", []string{"DECOM", "DEC"},
		func(_ *Check, row *rowCursor) bool {
			a, ok1 := row.date("DECOM")
			b, ok2 := row.date("DEC")
			return ok1 && ok2 && a == b
		})
}

// 356: DEC not before DECOM.
func rule356() *Rule {
	return dateRule("356", "The date the episode ceased is before the date the same episode started.", []string{"DECOM"},
		func(_ *Check, row *rowCursor) bool {
			a, ok1 := row.date("DECOM")
			b, ok2 := row.date("DEC")
			return ok1 && ok2 && b.Before(a)
		})
}

// seqRule judges each child's episodes in date order: fails(t, prev, cur,
// next) with prev/next -1 at the ends.
func seqRule(code, msg, topic string, fields []string, fails func(c *Check, t *Table, prev, cur, next int) bool) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{Episodes}, Topic: topic,
		needs: []need{needTable(Episodes)}}
	r.check = func(c *Check) {
		t := c.Table(Episodes)
		keys := c.keysOf(Episodes)
		defer func() { c.cur = 0 }()
		for n, seq := range c.Sequences(Episodes).All() {
			c.poll(n)
			c.cur = keys[seq[0]] + 1
			for k, cur := range seq {
				prev, next := -1, -1
				if k > 0 {
					prev = int(seq[k-1])
				}
				if k+1 < len(seq) {
					next = int(seq[k+1])
				}
				if fails(c, t, prev, int(cur), next) {
					c.Fail(Episodes, int(cur))
				}
			}
		}
	}
	return r
}

// allSeqRule is seqRule over each child's episodes including those with no
// valid DECOM, which come after the dated ones (sortByDate's order), as the
// peer's pandas sort places a missing date last; an episode with no CHILD is
// judged alone.
func allSeqRule(code, msg, topic string, fields []string, fails func(c *Check, t *Table, prev, cur, next int) bool) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{Episodes}, Topic: topic,
		needs: []need{needTable(Episodes)}}
	r.check = func(c *Check) {
		t := c.Table(Episodes)
		keys := c.keysOf(Episodes)
		defer func() { c.cur = 0 }()
		for n, seq := range c.AllSequences(Episodes).All() {
			c.poll(n)
			if len(seq) == 0 {
				continue
			}
			c.cur = keys[seq[0]] + 1
			for k, cur := range seq {
				prev, next := -1, -1
				if k > 0 {
					prev = int(seq[k-1])
				}
				if k+1 < len(seq) {
					next = int(seq[k+1])
				}
				if fails(c, t, prev, int(cur), next) {
					c.Fail(Episodes, int(cur))
				}
			}
		}
		// A row with no CHILD is no child's: it is judged alone, with no
		// episode before or after it (the peer's groupby drops it).
		c.cur = 0
		child := t.Column("CHILD")
		for i := range t.Len() {
			c.poll(i)
			if child.Cell(i).Blank() && fails(c, t, -1, i, -1) {
				c.Fail(Episodes, i)
			}
		}
	}
	return r
}

// 142: every episode but a child's last must have ended (a DEC that is a
// date, and a REC). As the peer, an episode with no valid DECOM is not
// judged and counts as later than the dated ones: a dated episode followed
// by one whose start is missing has a successor.
func rule142() *Rule {
	return allSeqRule("142", "A new episode has started, but the previous episode has not ended.", "episode_dates", []string{"DEC", "REC"},
		func(_ *Check, t *Table, _, cur, next int) bool {
			if _, ok := date(t, cur, "DECOM"); !ok || next < 0 {
				return false
			}
			_, ended := date(t, cur, "DEC")
			return !ended || t.Cell(cur, "REC").Blank()
		})
}

// 388: REC X1 (continuation) needs the next episode to start the day this
// one ends; any other reason must not be followed by one that does. An
// X1 episode still open (no DEC) has no continuation and fails; one whose
// DEC is there but not a date is not judged (rule 147 reports it), as the
// peer does. An episode with no valid DECOM is judged too, placed before
// the child's dated ones, as the peer orders it (among themselves in
// AllSequences' order, which does not depend on row order); an episode
// with no CHILD is no child's and is not judged.
func rule388() *Rule {
	r := &Rule{Code: "388", Message: "Reason episode ceased is coded new episode begins, but there is no continuation episode.", Fields: []string{"REC"},
		Tables: []TableID{Episodes}, Topic: "new_or_ceased_reason", needs: []need{needTable(Episodes)}}
	fails := func(t *Table, cur, next int) bool {
		rec, decCell := t.Cell(cur, "REC"), t.Cell(cur, "DEC")
		dec, okDec := date(t, cur, "DEC")
		if decCell.Has() && !okDec {
			return false
		}
		contiguous := false
		if next >= 0 && okDec {
			nd, ok := date(t, next, "DECOM")
			contiguous = ok && nd == dec
		}
		if rec.Is("X1") {
			return !contiguous
		}
		return rec.Has() && contiguous
	}
	r.check = func(c *Check) {
		t := c.Table(Episodes)
		keys := c.keysOf(Episodes)
		defer func() { c.cur = 0 }()
		var order []int32
		for n, seq := range c.AllSequences(Episodes).All() {
			c.poll(n)
			if len(seq) == 0 {
				continue
			}
			c.cur = keys[seq[0]] + 1
			// AllSequences puts the undated episodes last: move them first.
			split := len(seq)
			for split > 0 {
				if _, ok := date(t, int(seq[split-1]), "DECOM"); ok {
					break
				}
				split--
			}
			order = append(append(order[:0], seq[split:]...), seq[:split]...)
			for k, cur := range order {
				next := -1
				if k+1 < len(order) {
					next = int(order[k+1])
				}
				if fails(t, int(cur), next) {
					c.Fail(Episodes, int(cur))
				}
			}
		}
	}
	return r
}

// 501: an episode cannot start before the previous one ended.
func rule501() *Rule {
	return seqRule("501", "A new episode has started before the end date of the previous episode.", "episode_dates", []string{"DECOM", "DEC"},
		func(_ *Check, t *Table, prev, cur, _ int) bool {
			if prev < 0 {
				return false
			}
			pd, ok := date(t, prev, "DEC")
			d, _ := date(t, cur, "DECOM")
			return ok && d.Before(pd)
		})
}

// 431: RNE S (started to be looked after) starts after the previous
// episode ended: one ending the same day makes it a continuation, and one
// ending later overlaps it (the peer's test, DECOM on or before the
// previous DEC, which the whole returns confirm).
func rule431() *Rule {
	return seqRule("431", "The reason for new episode is started to be looked after, but the previous episode ended on the same day.", "new_or_ceased_reason", []string{"RNE", "DECOM"},
		func(_ *Check, t *Table, prev, cur, _ int) bool {
			if prev < 0 || !t.Cell(cur, "RNE").Is("S") {
				return false
			}
			pd, ok := date(t, prev, "DEC")
			d, _ := date(t, cur, "DECOM")
			return ok && !d.After(pd)
		})
}

// 433: a continuation RNE (L, P, T, U, B) must start the day the previous
// episode ended. As the peer, an episode with no valid DECOM comes after the
// child's dated ones and, having a previous episode, fails: it cannot be
// shown to start the day that one ended.
func rule433() *Rule {
	cont := codes("L", "P", "T", "U", "B")
	return allSeqRule("433", "The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.", "new_or_ceased_reason", []string{"RNE"},
		func(_ *Check, t *Table, prev, cur, _ int) bool {
			if prev < 0 || !cont.has(t.Cell(cur, "RNE")) {
				return false
			}
			pd, ok := date(t, prev, "DEC")
			d, okd := date(t, cur, "DECOM")
			return !ok || !okd || pd != d
		})
}

// lastYearRule needs last year's episodes.
func lastYearRule(code, msg string, fields []string, check func(c *Check)) *Rule {
	return &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{Episodes, EpisodesLast}, Topic: "episode_dates",
		needs: []need{needTable(Episodes), needTable(EpisodesLast)}, check: check}
}

// 502: last year's open episode must start when this year's first does.
func rule502() *Rule {
	return lastYearRule("502", "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.",
		[]string{"DECOM"}, func(c *Check) {
			prev := c.Table(EpisodesLast)
			open := map[string]stablehomes.Date{}
			decom, dec, child := prev.Column("DECOM"), prev.Column("DEC"), prev.Column("CHILD")
			for i := range prev.Len() {
				// The latest open episode, whatever the row order.
				if d, ok := decom.Cell(i).DateOK(); ok && dec.Cell(i).Blank() {
					if old, seen := open[child.Cell(i).String()]; !seen || d.After(old) {
						open[child.Cell(i).String()] = d
					}
				}
			}
			t := c.Table(Episodes)
			for _, seq := range c.Sequences(Episodes).All() {
				first := seq[0]
				want, ok := open[t.Cell(int(first), "CHILD").String()]
				if got, _ := date(t, int(first), "DECOM"); ok && got != want {
					c.Fail(Episodes, int(first))
				}
			}
		})
}

// 562: an episode that began before the collection year must be in last
// year's return.
func rule562() *Rule {
	return lastYearRule("562", "Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.",
		[]string{"DECOM"}, func(c *Check) {
			prev := c.Table(EpisodesLast)
			type key struct {
				child string
				d     stablehomes.Date
			}
			seen := map[key]bool{}
			for i := range prev.Len() {
				if d, ok := date(prev, i, "DECOM"); ok {
					seen[key{prev.Cell(i, "CHILD").String(), d}] = true
				}
			}
			t := c.Table(Episodes)
			start := c.Start()
			for i := range t.Len() {
				d, ok := date(t, i, "DECOM")
				if ok && d.Before(start) && !seen[key{t.Cell(i, "CHILD").String(), d}] {
					c.Fail(Episodes, i)
				}
			}
		})
}

// NoE: a child looked after before the collection year needs episodes in
// last year's return.
func ruleNoE() *Rule {
	return lastYearRule("NoE", "This child has no episodes loaded for previous year even though child started to be looked after before this current year.",
		[]string{"DECOM"}, func(c *Check) {
			prev := c.ByChild(EpisodesLast)
			had := map[string]bool{}
			for _, ch := range prev.Children.All() {
				had[ch] = true
			}
			t := c.Table(Episodes)
			start := c.Start()
			for i := range t.Len() {
				d, ok := date(t, i, "DECOM")
				if ok && d.Before(start) && !had[t.Cell(i, "CHILD").String()] {
					c.Fail(Episodes, i)
				}
			}
		})
}

// EPI: every child in Header needs episodes, except a care leaver the
// return holds for the OC3 (care leavers) table: DfE's Header covers the
// children looked after in the year and the young people whose OC3
// birthday falls in it, who may have no episode this year.
func ruleEPI() *Rule {
	return &Rule{Code: "EPI", Message: "WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This refers to the DfE portal - here, all checks that can be performed with only the available data will be.]",
		Fields: []string{"CHILD"}, Tables: []TableID{Header, Episodes, OC3}, Topic: "header_child",
		needs: []need{needTable(Header)},
		check: func(c *Check) {
			has := c.marks() // the children of ByChild(Episodes) and ByChild(OC3), by key
			// A Header row with no CHILD is matched, as the peer's join
			// matches a blank key with a blank key, by any Episodes or OC3
			// row with no CHILD (the missing ID is another rule's fault).
			blankElsewhere := false
			for _, id := range []TableID{Episodes, OC3} {
				col := c.Table(id).Column("CHILD")
				for i, k := range c.keysOf(id) {
					has[k] = has[k] || col.Cell(i).Has()
					blankElsewhere = blankElsewhere || (c.Table(id).Len() > 0 && col.Cell(i).Blank())
				}
			}
			hc := c.Table(Header).Column("CHILD")
			for i := range c.Table(Header).Len() {
				if hc.Cell(i).Blank() {
					if !blankElsewhere {
						c.Fail(Header, i)
					}
					continue
				}
				if !has.row(c, Header, i) {
					c.Fail(Header, i)
				}
			}
		}}
}
