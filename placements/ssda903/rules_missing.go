package ssda903

import "github.com/stablehomes/stablehomes"

// Missing and away-from-placement episodes against the episodes of care
// (rule index topic "missing").

// span is an interval of care; open runs without end.
type span struct {
	from, to stablehomes.Date
	open     bool
	ended    bool // to is a real end date
}

func (s span) contains(d stablehomes.Date) bool {
	return !d.Before(s.from) && (s.open || !d.After(s.to))
}

// episodeSpans lists each child's episodes as spans; periods joins episodes
// that run on (DEC equal to the next DECOM) into periods of care.
func episodeSpans(c *Check, periods bool) map[string][]span {
	t := c.Table(Episodes)
	out := map[string][]span{}
	for _, seq := range c.Sequences(Episodes).All() {
		child := t.Cell(int(seq[0]), "CHILD").String()
		var list []span
		for _, r := range seq {
			from, _ := date(t, int(r), "DECOM")
			// A DEC that is not a date (rule 147's fault) leaves the end
			// unknown: the episode counts as open, as a blank DEC does.
			to, ok := date(t, int(r), "DEC")
			s := span{from: from, to: to, open: !ok, ended: ok}
			if periods && len(list) > 0 {
				last := &list[len(list)-1]
				if last.ended && last.to == from {
					last.to, last.open, last.ended = s.to, s.open, s.ended
					continue
				}
			}
			list = append(list, s)
		}
		out[child] = list
	}
	return out
}

func missingRule(code, msg string, fields []string, fails func(spans, periods []span, start stablehomes.Date, end Cell) bool) *Rule {
	return intervalRule(code, msg, "missing", fields, Missing, "MIS_START", "MIS_END", fails)
}

// intervalRule judges the rows of a table of intervals (Missing, DoLo)
// against the child's episodes and periods of care.
func intervalRule(code, msg, topic string, fields []string, id TableID, startCol, endCol string, fails func(spans, periods []span, start stablehomes.Date, end Cell) bool) *Rule {
	return &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{id, Episodes}, Topic: topic,
		needs: []need{needTable(Episodes), needTable(id)},
		check: func(c *Check) {
			spans, periods := episodeSpans(c, false), episodeSpans(c, true)
			m := c.Table(id)
			for i := range m.Len() {
				start, ok := date(m, i, startCol)
				ch := m.Cell(i, "CHILD").String()
				if !ok || spans[ch] == nil {
					continue
				}
				if fails(spans[ch], periods[ch], start, m.Cell(i, endCol)) {
					c.Fail(id, i)
				}
			}
		}}
}

// 575: a missing period still open when the episode it began in has ended.
func rule575() *Rule {
	return missingRule("575", "If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.",
		[]string{"MIS_END"}, func(spans, _ []span, start stablehomes.Date, end Cell) bool {
			if end.Has() {
				return false
			}
			for _, s := range spans {
				if s.ended && s.contains(start) {
					return true
				}
			}
			return false
		})
}

// 577: when care ended, the missing period ended too: an open missing
// period whose period of care ended, or a missing end outside every period
// of care.
func rule577() *Rule {
	return missingRule("577", "Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.",
		[]string{"MIS_END"}, endedWithCare)
}

// 707 (2026-27): the same for deprivation of liberty orders (DoLo).
func rule707() *Rule {
	return intervalRule("707", "Child ceased to be looked after but there is a DoLO without an end date.", "dolo", []string{"DOLO_END"},
		DoLo, "DOLO_START", "DOLO_END", endedWithCare)
}

// endedWithCare: an interval still open when its period of care ended (or
// that began outside care), or an interval end outside every period of care. An end that is not a date
// (another rule's fault) is read as no end, as the peer reads it.
func endedWithCare(_, periods []span, start stablehomes.Date, end Cell) bool {
	e, ok := end.DateOK()
	if !ok {
		// Without an end it must lie in a period of care still open: one
		// that starts outside care (before it, or in a gap between periods)
		// fails too, as the peer reads it.
		for _, p := range periods {
			if p.contains(start) && !p.ended {
				return false
			}
		}
		return true
	}
	for _, p := range periods {
		if p.contains(e) {
			return false
		}
	}
	return true
}

// missingOutsideCare: the missing period starts inside an episode of care.
func missingOutsideCare(code, msg string) *Rule {
	return missingRule(code, msg, []string{"MIS_START"}, func(spans, _ []span, start stablehomes.Date, _ Cell) bool {
		for _, s := range spans {
			if s.contains(start) {
				return false
			}
		}
		return true
	})
}

func rule578() *Rule {
	return missingOutsideCare("578", "The date that the child started to be missing is after the child ceased to be looked after.")
}

// 581: the missing period starts inside an episode of care. DfE's
// condition (MIS_START on or after the DECOM of an episode, and before its
// DEC or the episode open) cannot be met by a MIS_START that is missing or
// not a date, nor by a child none of whose episodes has a valid DECOM, so
// such a row of a child with episodes fails too, as the peer reads it (578,
// the other side of the interval, does not judge it).
func rule581() *Rule {
	r := missingOutsideCare("581", "Child is missing but has not yet started to be looked after.")
	r.check = func(c *Check) {
		spans := episodeSpans(c, false)
		ix := c.ByChild(Episodes)
		has := make(map[string]bool, ix.Children.Len())
		for _, ch := range ix.Children.All() {
			has[ch] = true
		}
		m := c.Table(Missing)
		for i := range m.Len() {
			ch := m.Cell(i, "CHILD").String()
			if !has[ch] {
				continue
			}
			start, ok := date(m, i, "MIS_START")
			inside := false
			for _, s := range spans[ch] {
				inside = inside || (ok && s.contains(start))
			}
			if !inside {
				c.Fail(Missing, i)
			}
		}
	}
	return r
}

// 582: adoption on the day of matching is queried (matching normally comes
// first).
func rule582() *Rule {
	return pairRule("582", "Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.", "adoption",
		[]string{"DEC", "DATE_MATCH"}, AD1, false,
		func(ep *Table, e int) bool { return recAdopted.has(ep.Cell(e, "REC")) },
		func(ep *Table, e int, o *Table, i int) bool {
			a, ok1 := date(o, i, "DATE_MATCH")
			b, ok2 := date(ep, e, "DEC")
			return ok1 && ok2 && a == b
		})
}

// 1003: the decision to place for adoption is not before the child first
// started to be looked after (the earliest episode with RNE S).
func rule1003() *Rule {
	r := &Rule{Code: "1003", Message: "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.",
		Fields: []string{"DATE_PLACED", "DECOM", "RNE"}, Tables: []TableID{Episodes, PlacedAdoption}, Topic: "adoption",
		needs: []need{needTable(Episodes), needTable(PlacedAdoption)}}
	r.check = func(c *Check) {
		ep, pa := c.Table(Episodes), c.Table(PlacedAdoption)
		firstStart := map[string]int{}
		for _, seq := range c.Sequences(Episodes).All() {
			for _, e := range seq {
				if ep.Cell(int(e), "RNE").Is("S") {
					firstStart[ep.Cell(int(e), "CHILD").String()] = int(e)
					break
				}
			}
		}
		for i := range pa.Len() {
			e, ok := firstStart[pa.Cell(i, "CHILD").String()]
			d, ok2 := date(pa, i, "DATE_PLACED")
			if !ok || !ok2 {
				continue
			}
			if s, _ := date(ep, e, "DECOM"); d.Before(s) {
				c.Fail(Episodes, e)
				c.Fail(PlacedAdoption, i)
			}
		}
	}
	return r
}
