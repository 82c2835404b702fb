package ssda903

// Temporary placements T0-T4 (rule index topic "placement"; DfE validation
// rules, https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications).

// maxDaysRule: an episode of placement type place lasts at most maxDays,
// measured from DECOM to DEC. As the peer reports on a whole return, 375 and
// 379 judge ended episodes only (its rule_utils dec_after_decom drops an
// episode with no DEC), while 376 measures an episode still open to the
// collection end: the peer's 376 runs after its 365, which writes the
// collection end into every blank DEC of the table the rules share, so on a
// whole return the peer measures open T3 placements to 31 March. Both
// readings are defensible (an open placement has lasted at least until 31
// March; DEC is what the rule measures to), and an authority compares our
// report with the peer's, so each rule follows the peer's report (issue 14,
// branch agree97). An episode whose DEC is not a date is never judged.
func maxDaysRule(code, msg, place string, maxDays int, openToEnd bool) *Rule {
	return dateRule(code, msg, []string{"DECOM", "PLACE"}, func(c *Check, row *rowCursor) bool {
		if !row.cell("PLACE").Is(place) {
			return false
		}
		decom, ok := row.date("DECOM")
		if !ok {
			return false
		}
		dec, ok := row.date("DEC")
		if !ok {
			if !openToEnd || row.cell("DEC").Has() {
				return false
			}
			dec = c.End()
		}
		return decom.DaysUntil(dec) > maxDays
	})
}

func rule375() *Rule {
	return maxDaysRule("375", "Hospitalisation coded as a temporary placement exceeds six weeks.", "T1", 42, false)
}

func rule376() *Rule {
	return maxDaysRule("376", "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.", "T3", 21, true)
}

func rule379() *Rule {
	return maxDaysRule("379", "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.", "T4", 7, false)
}

// 377: at most two T3 (carer's holiday) episodes in any 12 months. A
// return covers one collection year, so, as the peer does, we count all of a
// child's T3 episodes in the return and fail every one of them when there
// are more than two. A rolling window over the episode starts differs only
// for T3 episodes more than a year apart in one return, which a return of
// one year hardly holds (issue 14, branch agree97).
func rule377() *Rule {
	return &Rule{Code: "377", Message: "Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.",
		Fields: []string{"PLACE"}, Tables: []TableID{Episodes}, Topic: "placement", needs: []need{needTable(Episodes)},
		check: func(c *Check) {
			t := c.Table(Episodes)
			byChild := map[string][]int{}
			var order []string
			for r := range t.Len() {
				if !t.Cell(r, "PLACE").Is("T3") {
					continue
				}
				child := t.Cell(r, "CHILD")
				if !child.Has() {
					continue
				}
				id := child.String()
				if _, ok := byChild[id]; !ok {
					order = append(order, id)
				}
				byChild[id] = append(byChild[id], r)
			}
			for _, id := range order {
				if rows := byChild[id]; len(rows) > 2 {
					for _, r := range rows {
						c.Fail(Episodes, r)
					}
				}
			}
		}}
}

// 380: a temporary placement is a move from a placement (RNE P or B), never
// the start of care or a legal-status-only change.
func rule380() *Rule {
	return episodeRule("380", "A period of care cannot start with a temporary placement.", "placement", []string{"PLACE", "RNE"},
		func(row *rowCursor) bool {
			return temporaryPlaces.has(row.cell("PLACE")) && !rnePlacementChange.has(row.cell("RNE"))
		})
}

// 381: care cannot end from a temporary placement (only X1 may close it).
func rule381() *Rule {
	return episodeRule("381", "A period of care cannot end with a temporary placement.", "placement", []string{"PLACE", "REC"},
		func(row *rowCursor) bool {
			rec := row.cell("REC")
			return temporaryPlaces.has(row.cell("PLACE")) && rec.Has() && !rec.Is("X1")
		})
}

// 383: after a temporary placement the child returns to the placement
// before it: the next episode has RNE P and the same PLACE (and, from
// 2025-26, the same PL_POST) as the episode before the temporary one.
func rule383(samePostcode bool) *Rule {
	fields := []string{"PLACE"}
	if samePostcode {
		fields = []string{"PLACE", "RNE", "PL_POST"}
	}
	return &Rule{Code: "383", Message: "A child in a temporary placement must subsequently return to his/her normal placement.",
		Fields: fields, Tables: []TableID{Episodes}, Topic: "placement", needs: []need{needTable(Episodes)},
		check: func(c *Check) {
			t := c.Table(Episodes)
			for n, seq := range c.AllSequences(Episodes).All() {
				c.poll(n)
				// As the peer: a child's episodes with no valid DECOM come
				// after the dated ones, and a blank PLACE (PL_POST) is no
				// return to anything.
				for k := 1; k+1 < len(seq); k++ {
					before, temp, after := seq[k-1], seq[k], seq[k+1]
					// DfE's condition has no exception for a temporary
					// placement before or after: from one temporary
					// placement to another is no return.
					if !temporaryPlaces.has(t.Cell(int(temp), "PLACE")) {
						continue
					}
					back := t.Cell(int(after), "RNE").Is("P") && !blankMatchesNothing("PLACE")(t, int(before), int(after))
					if samePostcode && blankMatchesNothing("PL_POST")(t, int(before), int(after)) {
						back = false
					}
					if !back {
						c.Fail(Episodes, int(after))
					}
				}
			}
		}}
}
