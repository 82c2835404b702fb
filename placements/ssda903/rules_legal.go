package ssda903

import "github.com/stablehomes/stablehomes"

// Legal status rules (rule index topic "legal_status"; DfE code list and
// validation rules, https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications).

// 358: youth-justice statuses (J1-J3) need the child to be 10 at the start
// of the episode (the age of criminal responsibility). Each episode is
// judged against every Header row of its child with a readable DOB, and
// flags with the Header rows whose DOB makes it fail (a CHILD repeated in
// Header with different dates of birth flags only the rows at fault), as
// the peer's join does; a blank CHILD links no episode to a Header row.
func rule358() *Rule {
	youth := codes("J1", "J2", "J3")
	r := &Rule{Code: "358", Message: "Child with this legal status should not be under 10.", Fields: []string{"DECOM", "DOB", "LS"},
		Tables: []TableID{Header, Episodes}, Topic: "legal_status", needs: []need{needTable(Episodes), needTable(Header)}}
	r.check = func(c *Check) {
		t, h := c.Table(Episodes), c.Table(Header)
		rowsOf := headerRowsByChild(c)
		for i := range t.Len() {
			if !youth.has(t.Cell(i, "LS")) || t.Cell(i, "CHILD").Blank() {
				continue
			}
			decom, ok := date(t, i, "DECOM")
			if !ok {
				continue
			}
			rows, _ := rowsOf.of(t.Cell(i, "CHILD").String())
			for _, j := range rows {
				if dob, ok := date(h, int(j), "DOB"); ok && decom.Before(dob.AddYears(10)) {
					c.Fail(Episodes, i)
					c.Fail(Header, int(j))
				}
			}
		}
	}
	return r
}

// headerRowsByChild gives each CHILD's Header rows (blank CHILD left out),
// for rules that judge a row against every Header row of its child. It
// reads ByChild(Header) through the child keys: a map of every Header
// child, built by each rule asking, cost more than the rules' checks at a
// million episodes.
func headerRowsByChild(c *Check) headerRows {
	return headerRows{c: c, ix: c.ByChild(Header)}
}

// headerRows is headerRowsByChild's answer.
type headerRows struct {
	c  *Check
	ix *ChildIndex
}

// of lists the Header rows of child, false when no Header row (with a
// CHILD cell that is not blank) holds it.
func (h headerRows) of(child string) ([]int32, bool) {
	k, ok := h.c.lookupChild(child)
	if !ok || h.ix.indexOf(k) < 0 {
		return nil, false
	}
	return h.ix.Rows.At(h.ix.indexOf(k)), true
}

// anyHeaderDOB reports whether a date of birth of the child passes fails:
// any of its Header rows with a readable DOB (a CHILD repeated in Header
// may carry different dates, and the peer's join judges each), or, for a
// child in no Header row, its date of birth from last year's Header. A
// blank CHILD has none.
func anyHeaderDOB(c *Check, rowsOf headerRows, child Cell, fails func(stablehomes.Date) bool) bool {
	if child.Blank() {
		return false
	}
	rows, inHeader := rowsOf.of(child.String())
	if !inHeader {
		dob, ok := c.DOB(child.String())
		return ok && fails(dob)
	}
	h := c.Table(Header)
	for _, j := range rows {
		if dob, ok := date(h, int(j), "DOB"); ok && fails(dob) {
			return true
		}
	}
	return false
}

// 359: a young person looked after past 18 (at the collection end, episode
// still open) must be accommodated under s20 (V2) in a community home (K2).
// "Following 18th birthday": a child whose 18th birthday is the collection
// end (31 March) is not yet past it and is not flagged. A CHILD repeated in
// Header fails if any of its rows gives a DOB over 18 years before the end,
// as the peer's join does (a child in no Header row: its date of birth from
// last year's Header); an episode with a blank CHILD has no date of birth.
func rule359() *Rule {
	r := &Rule{Code: "359", Message: "Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.",
		Fields: []string{"DEC", "LS", "PLACE"}, Tables: []TableID{Episodes, Header}, Topic: "legal_status",
		needs: []need{needTable(Episodes), needTable(Header)}, rowLocal: true}
	r.check = func(c *Check) {
		end := c.End()
		rowsOf := headerRowsByChild(c)
		over18 := func(dob stablehomes.Date) bool { return end.After(dob.AddYears(18)) }
		eachRow(c, Episodes, func(row *rowCursor) bool {
			if row.cell("DEC").Has() || (row.cell("LS").Is("V2") && row.cell("PLACE").Is("K2")) {
				return false
			}
			return anyHeaderDOB(c, rowsOf, row.cell("CHILD"), over18)
		})
	}
	return r
}

// spellRule: a run of contiguous episodes (each starting the day the last
// ended) under legal status ls must not last more than maxDays; an open
// episode runs to the collection end, and so does one whose DEC is not a
// date (no end is known; the peer reads it as open too). Every episode of
// a spell that is too long fails. Episodes with a blank CHILD or no
// readable DECOM are not judged (361 and 362).
func spellRule(code, msg, ls string, maxDays int) *Rule {
	return &Rule{Code: code, Message: msg, Fields: []string{"DECOM", "LS", "DEC"}, Tables: []TableID{Episodes}, Topic: "legal_status",
		needs: []need{needTable(Episodes)},
		check: func(c *Check) {
			t := c.Table(Episodes)
			for _, seq := range c.Sequences(Episodes).All() {
				var spell []int
				var start, lastEnd stablehomes.Date
				open := false
				flush := func() {
					if len(spell) == 0 {
						return
					}
					end := lastEnd
					if open {
						end = c.End()
					}
					if start.DaysUntil(end) > maxDays {
						for _, r := range spell {
							c.Fail(Episodes, r)
						}
					}
					spell = spell[:0]
				}
				for _, r := range seq {
					if !t.Cell(int(r), "LS").Is(ls) {
						flush()
						continue
					}
					decom, _ := date(t, int(r), "DECOM")
					dec, okDec := date(t, int(r), "DEC")
					if len(spell) == 0 || open || lastEnd != decom {
						flush()
						start = decom
					}
					spell = append(spell, int(r))
					lastEnd, open = dec, !okDec
				}
				flush()
			}
		}}
}

// periodRule: the episodes under legal status ls of a child, in DECOM
// order, form periods: an episode starting after the previous one ended
// begins a new period, one starting on or before that day continues it.
// A period's length is the sum of its episodes' lengths (an open episode
// runs to the collection end); one that is more than maxDays fails with
// every episode in it. Two kinds of damaged row are read as the peer reads
// them (363 and 364): an episode whose DEC is not a date counts no days and
// does not end the period (no end is known to come before the next
// episode), and an episode with a blank CHILD is a period of its own.
func periodRule(code, msg, ls string, maxDays int) *Rule {
	return &Rule{Code: code, Message: msg, Fields: []string{"DECOM", "LS", "DEC"}, Tables: []TableID{Episodes}, Topic: "legal_status",
		needs: []need{needTable(Episodes)},
		check: func(c *Check) {
			t := c.Table(Episodes)
			var period []int
			days := 0
			flush := func() {
				if days > maxDays {
					for _, r := range period {
						c.Fail(Episodes, r)
					}
				}
				period, days = period[:0], 0
			}
			// length is the episode's days and its end (known false for a
			// DEC that is not a date).
			length := func(r int) (int, stablehomes.Date, bool) {
				decom, _ := date(t, r, "DECOM")
				dec, ok := date(t, r, "DEC")
				switch {
				case ok:
				case t.Cell(r, "DEC").Blank():
					dec = c.End()
				default:
					return 0, stablehomes.Date{}, false
				}
				return decom.DaysUntil(dec), dec, true
			}
			for _, seq := range c.Sequences(Episodes).All() {
				var lastEnd stablehomes.Date
				known := false
				for _, r := range seq {
					if !t.Cell(int(r), "LS").Is(ls) {
						continue
					}
					decom, _ := date(t, int(r), "DECOM")
					if len(period) > 0 && known && decom.After(lastEnd) {
						flush()
					}
					n, end, ok := length(int(r))
					period = append(period, int(r))
					days += n
					lastEnd, known = end, ok
				}
				flush()
			}
			// A row with no CHILD is no child's: a period of its own.
			child := t.Column("CHILD")
			for i := range t.Len() {
				if !child.Cell(i).Blank() || !t.Cell(i, "LS").Is(ls) {
					continue
				}
				if _, ok := date(t, i, "DECOM"); !ok {
					continue
				}
				n, _, _ := length(i)
				period, days = append(period, i), n
				flush()
			}
		}}
}

func rule361() *Rule {
	return spellRule("361", "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.", "L1", 3)
}

// 362: the peer's threshold is 21 days (reference §1.5 item 11).
func rule362() *Rule {
	return spellRule("362", "Emergency protection order (EPO) lasted longer than 21 days", "L2", 21)
}

func rule363() *Rule {
	return periodRule("363", "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.", "L3", 7)
}

func rule364() *Rule {
	return periodRule("364", "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.", "J2", 21)
}

// 365: each short-break (V3) episode at most 17 days; an open one runs to
// the collection end.
func rule365() *Rule {
	return dateRule("365", "Any individual short- term respite placement must not exceed 17 days.", []string{"LS", "DECOM", "DEC"},
		func(c *Check, row *rowCursor) bool {
			if !row.cell("LS").Is("V3") {
				return false
			}
			decom, ok := row.date("DECOM")
			if !ok {
				return false
			}
			dec, ok := row.date("DEC")
			if !ok {
				if row.cell("DEC").Has() {
					return false
				}
				dec = c.End()
			}
			return decom.DaysUntil(dec) > 17
		})
}

// 367: at most 75 days of short breaks (V3) in the year, episodes clipped
// to the collection year (open ones to its end); episodes ending before they
// start are left to 356.
func rule367() *Rule {
	return &Rule{Code: "367", Message: "The maximum amount of respite care allowable is 75 days in any 12-month period.", Fields: []string{"LS", "DECOM", "DEC"},
		Tables: []TableID{Episodes}, Topic: "legal_status", needs: []need{needTable(Episodes)},
		check: func(c *Check) {
			t := c.Table(Episodes)
			start, end := c.Start(), c.End()
			for _, seq := range c.Sequences(Episodes).All() {
				var rows []int
				total := 0
				for _, r := range seq {
					if !t.Cell(int(r), "LS").Is("V3") {
						continue
					}
					a, _ := date(t, int(r), "DECOM")
					b, ok := date(t, int(r), "DEC")
					if !ok {
						if t.Cell(int(r), "DEC").Has() {
							continue
						}
						b = end
					}
					if b.Before(a) {
						continue
					}
					if a.Before(start) {
						a = start
					}
					if b.After(end) {
						b = end
					}
					// Only the V3 episodes with days in the year count
					// and are reported.
					if d := a.DaysUntil(b); d > 0 {
						total += d
						rows = append(rows, int(r))
					}
				}
				if total > 75 {
					for _, r := range rows {
						c.Fail(Episodes, r)
					}
				}
			}
		}}
}

// 378: a child placed with parents (P1) cannot be under a single period of
// s20 accommodation (V2).
func rule378() *Rule {
	return episodeRule("378", "A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.", "legal_status", []string{"PLACE", "LS"},
		func(row *rowCursor) bool { return row.cell("PLACE").Is("P1") && row.cell("LS").Is("V2") })
}

// 382: short breaks are not temporary placements.
func rule382() *Rule {
	return episodeRule("382", "A child receiving respite care cannot be in a temporary placement.", "legal_status", []string{"LS", "PLACE"},
		func(row *rowCursor) bool {
			return shortBreaks.has(row.cell("LS")) && temporaryPlaces.has(row.cell("PLACE"))
		})
}

// 384: ... nor long-term foster placements (U1, U4).
func rule384() *Rule {
	return episodeRule("384", "A child receiving respite care cannot be in a long-term foster placement ", "legal_status", []string{"PLACE", "LS"},
		func(row *rowCursor) bool {
			return shortBreaks.has(row.cell("LS")) && placeFosterFriends.has(row.cell("PLACE"))
		})
}

// 399: a child looked after only under short breaks has no MOTHER or
// review data: flags the child's episodes, the filled Header row and the
// filled reviews.
func rule399() *Rule {
	r := &Rule{Code: "399", Message: "Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.",
		Fields: []string{"MOTHER", "LS", "REVIEW", "REVIEW_CODE"}, Tables: []TableID{Header, Episodes, Reviews}, Topic: "legal_status",
		needs: []need{needTable(Episodes), needTable(Header)}}
	r.check = func(c *Check) {
		ep := c.Table(Episodes)
		onlyBreaks := map[string]bool{}
		ix := c.ByChild(Episodes)
		for k, child := range ix.Children.All() {
			all := true
			for _, row := range ix.Rows.At(k) {
				if !shortBreaks.has(ep.Cell(int(row), "LS")) {
					all = false
				}
			}
			if all { // only these children: the map stays small
				onlyBreaks[child] = true
			}
		}
		// The child's record is what breaks the rule: a short-breaks-only
		// child with a mother's field or a review has their Header row,
		// every review row and every episode reported.
		h, rv := c.Table(Header), c.Table(Reviews)
		mother := map[string]bool{}
		for i := range h.Len() {
			child := h.Cell(i, "CHILD").String()
			if onlyBreaks[child] && h.Cell(i, "MOTHER").Has() {
				mother[child] = true
			}
		}
		flagged := map[string]bool{}
		for child := range mother {
			flagged[child] = true
		}
		for i := range rv.Len() {
			child := rv.Cell(i, "CHILD").String()
			if onlyBreaks[child] && (mother[child] || rv.Cell(i, "REVIEW").Has() || rv.Cell(i, "REVIEW_CODE").Has()) {
				c.Fail(Reviews, i)
				flagged[child] = true
			}
		}
		for i := range h.Len() {
			if flagged[h.Cell(i, "CHILD").String()] {
				c.Fail(Header, i)
			}
		}
		for k, child := range ix.Children.All() {
			if flagged[child] {
				for _, row := range ix.Rows.At(k) {
					c.Fail(Episodes, int(row))
				}
			}
		}
	}
	return r
}

// 426: a child cannot have both V3 and V4 in one year.
func rule426() *Rule {
	return &Rule{Code: "426", Message: "A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.", Fields: []string{"LS"},
		Tables: []TableID{Episodes}, Topic: "legal_status", needs: []need{needTable(Episodes)},
		check: func(c *Check) {
			t := c.Table(Episodes)
			ix := c.ByChild(Episodes)
			for _, rows := range ix.Rows.All() {
				v3, v4 := false, false
				for _, r := range rows {
					v3 = v3 || t.Cell(int(r), "LS").Is("V3")
					v4 = v4 || t.Cell(int(r), "LS").Is("V4")
				}
				if v3 && v4 {
					for _, r := range rows {
						if shortBreaks.has(t.Cell(int(r), "LS")) {
							c.Fail(Episodes, int(r))
						}
					}
				}
			}
		}}
}

// Freeing orders (D1) ended and placement orders (E1) began with the
// Adoption and Children Act 2002 coming into force on 30 December 2005;
// the peer's bounds are "after December 2005" (445) and "before December
// 2005" (446).
var (
	freeingOrdersEnd     = stablehomes.MustDate(2005, 12, 31)
	placementOrdersStart = stablehomes.MustDate(2005, 12, 1)
)

func rule445() *Rule {
	return episodeRule("445", "D1 is not a valid code for episodes starting after December 2005.", "legal_status", []string{"LS", "DECOM"},
		func(row *rowCursor) bool {
			d, ok := row.date("DECOM")
			return row.cell("LS").Is("D1") && ok && d.After(freeingOrdersEnd)
		})
}

func rule446() *Rule {
	return episodeRule("446", "E1 is not a valid code for episodes starting before December 2005.", "legal_status", []string{"LS", "DECOM"},
		func(row *rowCursor) bool {
			d, ok := row.date("DECOM")
			return row.cell("LS").Is("E1") && ok && d.Before(placementOrdersStart)
		})
}

// 451: a freeing order (D1) still open (no DEC, no REC).
func rule451() *Rule {
	return episodeRule("451", "Child is still freed for adoption, but freeing orders could not be applied for since 30 December 2005.", "legal_status", []string{"DEC", "REC", "LS"},
		func(row *rowCursor) bool {
			return row.cell("LS").Is("D1") && row.cell("DEC").Blank() && row.cell("REC").Blank()
		})
}

// 554: the decision to place for adoption (PlacedAdoption DATE_PLACED)
// comes on or before the placement order (an E1 episode's start); flags
// both rows.
func rule554() *Rule {
	r := &Rule{Code: "554", Message: "Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant episodes are in previous years; please check carefully!]",
		Fields: []string{"DATE_PLACED", "LS", "DECOM"}, Tables: []TableID{Episodes, PlacedAdoption}, Topic: "legal_status",
		needs: []need{needTable(Episodes), needTable(PlacedAdoption)}}
	r.check = func(c *Check) {
		pa := c.Table(PlacedAdoption)
		placed := map[string][]int{}
		for i := range pa.Len() {
			placed[pa.Cell(i, "CHILD").String()] = append(placed[pa.Cell(i, "CHILD").String()], i)
		}
		ep := c.Table(Episodes)
		for i := range ep.Len() {
			if !ep.Cell(i, "LS").Is("E1") {
				continue
			}
			decom, ok := date(ep, i, "DECOM")
			if !ok {
				continue
			}
			for _, p := range placed[ep.Cell(i, "CHILD").String()] {
				if d, ok := date(pa, p, "DATE_PLACED"); ok && d.After(decom) {
					c.Fail(Episodes, i)
					c.Fail(PlacedAdoption, p)
				}
			}
		}
	}
	return r
}
