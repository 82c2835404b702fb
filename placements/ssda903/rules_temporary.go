package ssda903

// Temporary placements T0-T4 (rule index topic "placement"; DfE validation
// rules, https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications).

// maxDaysRule: an episode of placement type place lasts at most maxDays.
// Unlike the peer (whose age helper drops open episodes, reference §1.7),
// an episode still open is measured to the collection end: a hospital stay
// open for 60 days at 31 March has already broken the limit.
func maxDaysRule(code, msg, place string, maxDays int) *Rule {
	return dateRule(code, msg, []string{"DECOM", "PLACE"}, func(c *Check, row func(string) Cell) bool {
		if !row("PLACE").Is(place) {
			return false
		}
		decom, ok := row("DECOM").DateOK()
		if !ok {
			return false
		}
		dec, ok := row("DEC").DateOK()
		if !ok {
			if row("DEC").Has() {
				return false
			}
			dec = c.End()
		}
		return decom.DaysUntil(dec) > maxDays
	})
}

func rule375() *Rule {
	return maxDaysRule("375", "Hospitalisation coded as a temporary placement exceeds six weeks.", "T1", 42)
}

func rule376() *Rule {
	return maxDaysRule("376", "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.", "T3", 21)
}

func rule379() *Rule {
	return maxDaysRule("379", "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.", "T4", 7)
}

// 377: at most two T3 (carer's holiday) episodes starting within any
// 12 months. The peer counts all of a child's T3 episodes in the data
// (reference §1.7); we use a rolling window, which agrees with the peer's
// cases (all within one year).
func rule377() *Rule {
	return &Rule{Code: "377", Message: "Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.",
		Fields: []string{"PLACE"}, Tables: []TableID{Episodes}, Topic: "placement", needs: []need{needTable(Episodes)},
		check: func(c *Check) {
			t := c.Table(Episodes)
			for _, seq := range c.Sequences(Episodes) {
				var t3 []int
				for _, r := range seq {
					if t.Cell(r, "PLACE").Is("T3") {
						t3 = append(t3, r)
					}
				}
				// seq is in date order: any three consecutive T3 starts
				// within a year break the rule.
				for i := 0; i+2 < len(t3); i++ {
					a, _ := date(t, t3[i], "DECOM")
					b, _ := date(t, t3[i+2], "DECOM")
					if b.Before(a.AddYears(1)) {
						c.Fail(Episodes, t3[i])
						c.Fail(Episodes, t3[i+1])
						c.Fail(Episodes, t3[i+2])
					}
				}
			}
		}}
}

// 380: a temporary placement is a move from a placement (RNE P or B), never
// the start of care or a legal-status-only change.
func rule380() *Rule {
	return episodeRule("380", "A period of care cannot start with a temporary placement.", "placement", []string{"PLACE", "RNE"},
		func(row func(string) Cell) bool {
			return temporaryPlaces.has(row("PLACE")) && !rnePlacementChange.has(row("RNE"))
		})
}

// 381: care cannot end from a temporary placement (only X1 may close it).
func rule381() *Rule {
	return episodeRule("381", "A period of care cannot end with a temporary placement.", "placement", []string{"PLACE", "REC"},
		func(row func(string) Cell) bool {
			rec := row("REC")
			return temporaryPlaces.has(row("PLACE")) && rec.Has() && !rec.Is("X1")
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
			for _, seq := range c.Sequences(Episodes) {
				for k := 1; k+1 < len(seq); k++ {
					before, temp, after := seq[k-1], seq[k], seq[k+1]
					// DfE's condition has no exception for a temporary
					// placement before or after: from one temporary
					// placement to another is no return.
					if !temporaryPlaces.has(t.Cell(temp, "PLACE")) {
						continue
					}
					back := t.Cell(after, "RNE").Is("P") && !changed(t, before, after, "PLACE")
					if samePostcode && changed(t, before, after, "PL_POST") {
						back = false
					}
					if !back {
						c.Fail(Episodes, after)
					}
				}
			}
		}}
}
