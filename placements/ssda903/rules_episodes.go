package ssda903

// Reasons for new episodes and for ceasing (rule index topic
// "new_or_ceased_reason"; DfE code lists and validation rules,
// https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications).

// placementFields are the fields that identify a placement (carer and
// place): RNE says whether they changed.
var placementFields = []string{"PLACE", "PL_POST", "URN", "PLACE_PROVIDER"}

// changed reports whether any of cols differs between rows a and b (blank
// equals blank).
func changed(t *Table, a, b int, cols ...string) bool {
	for _, col := range cols {
		if t.Cell(a, col) != t.Cell(b, col) {
			x, y := t.Cell(a, col), t.Cell(b, col)
			if x.Blank() && y.Blank() {
				continue
			}
			return true
		}
	}
	return false
}

// 357: a child's first episode starting in the collection year must be
// RNE S (started to be looked after).
func rule357() *Rule {
	return seqRule("357", "If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.",
		"new_or_ceased_reason", []string{"RNE"},
		func(c *Check, t *Table, prev, cur, _ int) bool {
			if prev >= 0 {
				return false
			}
			d, _ := date(t, cur, "DECOM")
			return !d.Before(c.Start()) && !t.Cell(cur, "RNE").Is("S")
		})
}

// ageAtEndRule: an episode ceasing for reason recs needs the child's age at
// DEC to satisfy ok (open episodes and unknown dates of birth are skipped).
func ageAtEndRule(code, msg string, recs codeSet, alsoHeader bool, ok func(age int) bool) *Rule {
	return ageAtEndRuleUnknown(code, msg, recs, alsoHeader, false, ok)
}

// ageAtEndRuleUnknown is ageAtEndRule where unknownFails says whether an
// ended episode whose child's date of birth is unknown (no Header row, DOB
// blank or not a date) fails: it does where DfE's condition is that DOB
// plus N years is on or before DEC, which an unknown DOB cannot meet.
func ageAtEndRuleUnknown(code, msg string, recs codeSet, alsoHeader, unknownFails bool, ok func(age int) bool) *Rule {
	tables := []TableID{Episodes, Header}
	r := &Rule{Code: code, Message: msg, Fields: []string{"DEC", "DOB", "REC"}, Tables: tables, Topic: "new_or_ceased_reason",
		needs: []need{needTable(Episodes), needTable(Header)}, rowLocal: !alsoHeader}
	r.check = func(c *Check) {
		t := c.Table(Episodes)
		bad := map[string]bool{}
		for i := range t.Len() {
			if !recs.has(t.Cell(i, "REC")) {
				continue
			}
			dec, ok1 := date(t, i, "DEC")
			child := t.Cell(i, "CHILD").String()
			dob, ok2 := c.DOB(child)
			if child == "" {
				ok2 = false // a blank CHILD names no child: no date of birth (as 389)
			}
			if ok1 && ((ok2 && !ok(dob.AgeOn(dec))) || (!ok2 && unknownFails)) {
				c.Fail(Episodes, i)
				bad[child] = true
			}
		}
		if alsoHeader {
			h := c.Table(Header)
			for i := range h.Len() {
				if bad[h.Cell(i, "CHILD").String()] {
					c.Fail(Header, i)
				}
			}
		}
	}
	return r
}

func rule386() *Rule {
	return ageAtEndRule("386", "Reason episode ceased is adopted but child has reached age 18.", recAdopted, false, func(a int) bool { return a < 18 })
}

// 387: an episode ending E5/E6 (independent living) needs the child 14 or
// over on DEC; as for 389, an ended one whose child's date of birth is
// unknown fails (DOB + 14 years must be on or before DEC), as the peer
// reads it.
func rule387() *Rule {
	return ageAtEndRuleUnknown("387", "Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.", codes("E5", "E6"), false, true, func(a int) bool { return a >= 14 })
}

// 389: an episode ending E7 (moved to adult social care) needs the child 16
// or over on DEC. Unlike the other age-at-end rules, an E7 episode whose
// age cannot be shown (DEC or DOB missing or not a date) fails: DfE's
// condition is that DOB + 16 years must be on or before DEC, which a
// missing date does not meet, and the peer reads it so (issue 14; before,
// such an episode was not judged). An episode with a blank CHILD belongs to
// no known child, so its age cannot be shown either.
func rule389() *Rule {
	return &Rule{Code: "389", Message: "Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.",
		Fields: []string{"DEC", "DOB", "REC"}, Tables: []TableID{Episodes, Header}, Topic: "new_or_ceased_reason",
		needs: []need{needTable(Episodes), needTable(Header)}, rowLocal: true,
		check: func(c *Check) {
			t := c.Table(Episodes)
			for i := range t.Len() {
				if !t.Cell(i, "REC").Is("E7") {
					continue
				}
				dec, ok1 := date(t, i, "DEC")
				dob, ok2 := c.DOB(t.Cell(i, "CHILD").String())
				ok2 = ok2 && !t.Cell(i, "CHILD").Blank() // a blank CHILD has no date of birth
				if !ok1 || !ok2 || dob.AgeOn(dec) < 16 {
					c.Fail(Episodes, i)
				}
			}
		}}
}

func rule407() *Rule {
	return ageAtEndRule("407", "Reason episode ceased is Special Guardianship Order, but child has reached age 18.", codes("E45", "E46", "E47", "E48"), true, func(a int) bool { return a < 18 })
}

func rule460() *Rule {
	return ageAtEndRule("460", "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.", codes("E17"), false, func(a int) bool { return a >= 18 })
}

// 390: an episode ending in adoption (REC E11, E12) is an adoption
// placement (PL A3-A6), DfE's condition on the episode itself.
func rule390() *Rule {
	return episodeRule("390", "Reason episode ceased is adopted but child has not been previously placed for adoption.", "new_or_ceased_reason", []string{"PLACE", "REC"},
		func(row *rowCursor) bool {
			return recAdopted.has(row.cell("REC")) && !adoptionPlaces.has(row.cell("PLACE"))
		})
}

// 432: after an episode that ended care (a REC code other than X1) the
// next must be RNE S. As the peer: a REC that is no code is not judged
// (rule 149 reports it), and an episode with no valid DECOM counts, after
// the child's dated ones.
func rule432() *Rule {
	return allSeqRule("432", "The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.",
		"new_or_ceased_reason", []string{"RNE"},
		func(_ *Check, t *Table, prev, cur, _ int) bool {
			if prev < 0 {
				return false
			}
			rec := t.Cell(prev, "REC")
			return recCodes.has(rec) && !rec.Is("X1") && !t.Cell(cur, "RNE").Is("S")
		})
}

// rneChangeRule: the RNE of an episode after another of the child's says
// whether the legal status (LS) and the placement (placementFields) changed;
// failing when they did not change as it says. Episodes with no valid DECOM
// come after the dated ones and an episode with no CHILD has no episode
// before it, as in the peer's sorted tables. How a blank compares is the
// peer's, rule by rule (its pandas comparisons): 434 and 435 take a blank LS
// as no match for anything (a blank LS on either side is a change for 435
// and not "the same LS" for 434), 435 takes a blank in any placement field
// as no match ("the same placement" needs all four given and equal), and
// otherwise, as in 436, a blank equals a blank.
func rneChangeRule(code, msg string, rnes codeSet, wantLS, wantPlace bool, lsChanged, placeChanged func(t *Table, prev, cur int) bool) *Rule {
	return allSeqRule(code, msg, "new_or_ceased_reason", append([]string{"RNE", "LS"}, placementFields...),
		func(_ *Check, t *Table, prev, cur, _ int) bool {
			if prev < 0 || !rnes.has(t.Cell(cur, "RNE")) {
				return false
			}
			return lsChanged(t, prev, cur) != wantLS || placeChanged(t, prev, cur) != wantPlace
		})
}

// blankEqualsBlank: any of cols differs, a blank equal to a blank.
func blankEqualsBlank(cols ...string) func(t *Table, prev, cur int) bool {
	return func(t *Table, prev, cur int) bool { return changed(t, prev, cur, cols...) }
}

// blankMatchesNothing: some of cols is blank on either side or differs.
func blankMatchesNothing(cols ...string) func(t *Table, prev, cur int) bool {
	return func(t *Table, prev, cur int) bool {
		for _, col := range cols {
			a, b := t.Cell(prev, col), t.Cell(cur, col)
			if !a.Has() || !b.Has() || a.String() != b.String() {
				return true
			}
		}
		return false
	}
}

func rule434() *Rule {
	return rneChangeRule("434", "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.", codes("L"), true, false,
		blankMatchesNothing("LS"), blankEqualsBlank(placementFields...))
}

func rule435() *Rule {
	// RNE T (change of placement, same carer) is a placement change with
	// the legal status unchanged, as P is.
	return rneChangeRule("435", "Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.", codes("P", "T"), false, true,
		blankMatchesNothing("LS"), blankMatchesNothing(placementFields...))
}

func rule436() *Rule {
	return rneChangeRule("436", "Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.", codes("B", "U"), true, true,
		blankEqualsBlank("LS"), blankEqualsBlank(placementFields...))
}

// 437: a child who died (E2) or was found to be 18 or over (E15) has no
// later episodes.
func rule437() *Rule {
	// As the peer: an episode with no valid DECOM is not judged but counts
	// as a further episode (after the dated ones).
	return allSeqRule("437", "Reason episode ceased is child has died or is aged 18 or over but there are further episodes.", "new_or_ceased_reason", []string{"REC"},
		func(_ *Check, t *Table, _, cur, next int) bool {
			if _, ok := date(t, cur, "DECOM"); !ok {
				return false
			}
			return next >= 0 && recDiedOrCustody.has(t.Cell(cur, "REC"))
		})
}

// 516: a special guardianship order to former foster carers (E45, E46)
// needs the episode to be a foster placement (U1-U6).
func rule516() *Rule {
	return episodeRule("516", "The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.", "new_or_ceased_reason", []string{"REC", "PLACE"},
		func(row *rowCursor) bool {
			return recSGOFormerFoster.has(row.cell("REC")) && !fosterPlaces.has(row.cell("PLACE"))
		})
}

// 580: a child who was missing or away when care ended (a Missing episode
// ending on DEC) should have REC E8.
func rule580() *Rule {
	r := &Rule{Code: "580", Message: "Child is missing when cease being looked after but reason episode ceased not ‘E8’.", Fields: []string{"REC"},
		Tables: []TableID{Episodes, Missing}, Topic: "new_or_ceased_reason", needs: []need{needTable(Episodes), needTable(Missing)}, rowLocal: true}
	r.check = func(c *Check) {
		m := c.Table(Missing)
		type key struct {
			child string
			end   string
		}
		ends := map[key]bool{}
		for i := range m.Len() {
			if d, ok := date(m, i, "MIS_END"); ok {
				ends[key{m.Cell(i, "CHILD").String(), FormatReturnDate(d)}] = true
			}
		}
		eachRow(c, Episodes, func(row *rowCursor) bool {
			dec, ok := row.date("DEC")
			rec := row.cell("REC")
			return ok && rec.Has() && !rec.Is("E8") && !rec.Is("X1") && ends[key{row.cell("CHILD").String(), FormatReturnDate(dec)}]
		})
	}
	return r
}
