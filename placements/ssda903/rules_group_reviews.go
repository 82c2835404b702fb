package ssda903

import (
	"slices"

	"github.com/stablehomes/stablehomes"
)

// reviewsPermanenceRules are the rules on the Reviews and PrevPerm tables, OC2/OC3 follow-ups and the integrity rules, by collection year: the versions added
// or replacing an earlier one in the year starting in year, and the codes
// removed that year.
//
// From branch rules-b: the rules on the Missing, Reviews and PrevPerm
// tables and the PlacedAdoption rules that compare with last year's table
// (DfE's children looked after return validation rules, published with the
// technical specifications, e.g.
// https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications;
// the messages are DfE's). Each has one version, applied from 2022-23
// through 2026-27 (the years the peer validator applies them: its rule index
// and testdata/conformance/index.json).
func reviewsPermanenceRules(year int) (add []*Rule, remove []string) {
	switch year {
	case 2022:
		// rules-b: Missing, Reviews, PrevPerm and PlacedAdoption/_last.
		add = append(add,
			rule1004(), rule1005(), rule1006(), rule564(), rule565(), rule566(), rule567(),
			rule570(), rule571(), rule574(), rule576(), rule586(),
			rule166(), rule167(), rule440(), rule441(),
			rule631(), rule633(), rule635(), intDuplicates("INT35", PrevPerm),
			rule559(), rule560(), rule561(), rule563(), rule579(), rule583(), rule584(),
		)
	}
	return add, remove
}

// Code sets of these rules, built once (DfE's code lists in the technical
// specifications above).
var (
	// missingCodes are MISSING's values: M missing, A away from placement
	// without authorisation.
	missingCodes = codes("M", "A")
	// missingFlagged are the MISSING values rule 564 reads as "was missing
	// or away"; the peer also takes the lower-case spellings.
	missingFlagged = codes("M", "A", "m", "a")
	// reviewCodes are REVIEW_CODE's participation codes PN0-PN7; PN0 is for
	// a child under 4 at the review.
	reviewCodes      = codes("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")
	reviewCodesOver4 = codes("PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")
	// prevPermCodes are PREV_PERM's values P1-P4 and Z1 (the five the
	// peer's rule 631 holds; the rule needs only the codes, and their
	// meanings are not confirmed here against DfE's guide).
	prevPermCodes = codes("P1", "P2", "P3", "P4", "Z1")
	// laPermCodes are LA_PERM's values: a DfE three-digit local authority
	// code of any English authority the library knows (current or ended:
	// stablehomes.LocalAuthorities, cited per row there), or WAL, SCO, NIR
	// or NUK for an order arranged outside England. The peer also accepts
	// 999 (kept: unconfirmed in DfE's list) and, its list predating them,
	// rejects 838, 839 and 940-943; we accept those authorities.
	laPermCodes = func() codeSet {
		cs := []string{"WAL", "SCO", "NIR", "NUK", "999"}
		for _, la := range stablehomes.LocalAuthorities() {
			cs = append(cs, la.DfECode)
		}
		return codes(cs...)
	}()
)

// rowRule is a row-local rule on one table.
func rowRule(code, msg, topic string, fields []string, id TableID, fails func(c *Check, row *rowCursor) bool) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{id}, Topic: topic,
		needs: []need{needTable(id)}, rowLocal: true}
	r.check = func(c *Check) {
		eachRow(c, id, func(row *rowCursor) bool { return fails(c, row) })
	}
	return r
}

// badDate reports a cell with a value that is not a dd/mm/yyyy date.
func badDate(cell Cell) bool {
	_, ok := cell.DateOK()
	return cell.Has() && !ok
}

// MISSING EPISODES (rule index topic "missing").

// 1004: every missing period has a valid start date.
func rule1004() *Rule {
	return rowRule("1004", "The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.",
		"missing", []string{"MIS_START"}, Missing, func(_ *Check, row *rowCursor) bool {
			_, ok := row.date("MIS_START")
			return !ok
		})
}

// 1005: an end date, where given, is a valid date.
func rule1005() *Rule {
	return rowRule("1005", "The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.",
		"missing", []string{"MIS_END"}, Missing, func(_ *Check, row *rowCursor) bool { return badDate(row.cell("MIS_END")) })
}

// 1006: MISSING, where given, is M or A.
func rule1006() *Rule {
	return rowRule("1006", "Missing type invalid.", "missing", []string{"MISSING"}, Missing,
		func(_ *Check, row *rowCursor) bool {
			m := row.cell("MISSING")
			return m.Has() && !missingCodes.has(m)
		})
}

// 564: a missing or away period has its start date.
func rule564() *Rule {
	return rowRule("564", "Child was missing or away from placement without authorisation and the date started is blank.",
		"missing", []string{"MISSING", "MIS_START"}, Missing, func(_ *Check, row *rowCursor) bool {
			return missingFlagged.has(row.cell("MISSING")) && row.cell("MIS_START").Blank()
		})
}

// 565: a start date comes with MISSING.
func rule565() *Rule {
	return rowRule("565", "The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.",
		"missing", []string{"MISSING", "MIS_START"}, Missing, func(_ *Check, row *rowCursor) bool {
			return row.cell("MIS_START").Has() && row.cell("MISSING").Blank()
		})
}

// 566: an end date comes with MISSING.
func rule566() *Rule {
	return rowRule("566", "The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.",
		"missing", []string{"MISSING", "MIS_END"}, Missing, func(_ *Check, row *rowCursor) bool {
			return row.cell("MIS_END").Has() && row.cell("MISSING").Blank()
		})
}

// 567: a missing period does not end before it starts.
func rule567() *Rule {
	return rowRule("567", "The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.",
		"missing", []string{"MIS_START", "MIS_END"}, Missing, func(_ *Check, row *rowCursor) bool {
			s, ok1 := row.date("MIS_START")
			e, ok2 := row.date("MIS_END")
			return ok1 && ok2 && e.Before(s)
		})
}

// 570: a missing period does not start after the collection year.
func rule570() *Rule {
	return rowRule("570", "The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.",
		"missing", []string{"MIS_START"}, Missing, func(c *Check, row *rowCursor) bool {
			s, ok := row.date("MIS_START")
			return ok && s.After(c.End())
		})
}

// 571: a missing period's end falls within the collection year.
func rule571() *Rule {
	return rowRule("571", "The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.",
		"missing", []string{"MIS_END"}, Missing, func(c *Check, row *rowCursor) bool {
			e, ok := row.date("MIS_END")
			return ok && (e.Before(c.Start()) || e.After(c.End()))
		})
}

// 586: a missing period starts after the child's birth (the Missing row's
// own DOB); a start on the day of birth is queried too.
func rule586() *Rule {
	return rowRule("586", "Dates of missing periods are before child’s date of birth.",
		"missing", []string{"MIS_START"}, Missing, func(_ *Check, row *rowCursor) bool {
			s, ok1 := row.date("MIS_START")
			dob, ok2 := row.date("DOB")
			return ok1 && ok2 && !s.After(dob)
		})
}

// missingPeriod is a Missing row with its dates (ok false: blank or not a
// date) and its sort key: the end, or the start where the end is not a date.
type missingPeriod struct {
	row                   int
	key, start, end       stablehomes.Date
	keyOK, startOK, endOK bool
}

// compareDates orders valid dates first, in date order.
func compareDates(x stablehomes.Date, xOK bool, y stablehomes.Date, yOK bool) int {
	switch {
	case xOK && yOK:
		return x.Compare(y)
	case xOK:
		return -1
	case yOK:
		return 1
	}
	return 0
}

// 574: a child's missing periods do not overlap and a new one does not
// start while the previous one is open. Each child's periods are put in
// order of end (an open or undated end counting as the start) then start;
// a period fails when the one before it has no valid end, or ended after
// this one started.
func rule574() *Rule {
	r := &Rule{Code: "574", Message: "A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.",
		Fields: []string{"MIS_START", "MIS_END"}, Tables: []TableID{Missing}, Topic: "missing", needs: []need{needTable(Missing)}}
	r.check = func(c *Check) {
		m := c.Table(Missing)
		start, end := m.Column("MIS_START"), m.Column("MIS_END")
		var list []missingPeriod
		for _, rows := range c.ByChild(Missing).Rows.All() {
			if len(rows) < 2 {
				continue
			}
			list = list[:0]
			// SortByDate first, so that periods alike in both dates keep an
			// order set by their content, not by the order rows came in.
			for _, i := range sortedByDate(m, rows, "MIS_START") {
				p := missingPeriod{row: int(i)}
				p.start, p.startOK = start.Cell(int(i)).DateOK()
				p.end, p.endOK = end.Cell(int(i)).DateOK()
				p.key, p.keyOK = p.end, p.endOK
				if !p.keyOK {
					p.key, p.keyOK = p.start, p.startOK
				}
				list = append(list, p)
			}
			slices.SortStableFunc(list, func(x, y missingPeriod) int {
				if r := compareDates(x.key, x.keyOK, y.key, y.keyOK); r != 0 {
					return r
				}
				return compareDates(x.start, x.startOK, y.start, y.startOK)
			})
			for k := 1; k < len(list); k++ {
				prev, cur := list[k-1], list[k]
				if !prev.endOK || (cur.startOK && cur.start.Before(prev.end)) {
					c.Fail(Missing, cur.row)
				}
			}
		}
	}
	return r
}

// 576: a period open at the end of last year's return (no MIS_END) is the
// child's first period this year: the child's earliest missing period this
// year starts on the same day. Flags that earliest row (when none has a
// valid start, the first in SortByDate's order).
func rule576() *Rule {
	r := &Rule{Code: "576", Message: "There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.",
		Fields: []string{"CHILD"}, Tables: []TableID{Missing, MissingLast}, Topic: "missing",
		needs: []need{needTable(Missing), needTable(MissingLast)}}
	r.check = func(c *Check) {
		m, last := c.Table(Missing), c.Table(MissingLast)
		// Last year's open periods with a valid start, by child.
		open := map[string][]stablehomes.Date{}
		lch, lstart, lend := last.Column("CHILD"), last.Column("MIS_START"), last.Column("MIS_END")
		for i := range last.Len() {
			if s, ok := lstart.Cell(i).DateOK(); ok && lend.Cell(i).Blank() && lch.Cell(i).Has() {
				open[lch.Cell(i).String()] = append(open[lch.Cell(i).String()], s)
			}
		}
		if len(open) == 0 {
			return
		}
		ix := c.ByChild(Missing)
		start := m.Column("MIS_START")
		for k, child := range ix.Children.All() {
			starts := open[child]
			if len(starts) == 0 {
				continue
			}
			// The earliest start; among equals (or when no start is a
			// date) the first in SortByDate's content order, so the row
			// flagged does not depend on the order rows came in.
			first := ix.Rows.At(k)[0]
			if len(ix.Rows.At(k)) > 1 {
				first = sortedByDate(m, ix.Rows.At(k), "MIS_START")[0]
			}
			firstDate, firstOK := start.Cell(int(first)).DateOK()
			for _, s := range starts {
				if !firstOK || s != firstDate {
					c.Fail(Missing, int(first))
					break
				}
			}
		}
	}
	return r
}

// REVIEWS (rule index topic "reviews").

// 166: every review has a valid date.
func rule166() *Rule {
	return rowRule("166", "Date of review is invalid or blank.", "reviews", []string{"REVIEW"}, Reviews,
		func(_ *Check, row *rowCursor) bool { _, ok := row.date("REVIEW"); return !ok })
}

// 167: a review has a participation code PN0-PN7; a row with neither a
// review date nor a code passes.
func rule167() *Rule {
	return rowRule("167", "Data entry for participation is invalid or blank.", "reviews", []string{"REVIEW_CODE"}, Reviews,
		func(_ *Check, row *rowCursor) bool {
			rev, code := row.cell("REVIEW"), row.cell("REVIEW_CODE")
			ok := (rev.Has() && reviewCodes.has(code)) || (rev.Blank() && code.Blank())
			return !ok
		})
}

// reviewAge returns the review date and the child's fourth birthday (from
// the Reviews row's own DOB); ok when both dates are valid.
func reviewAge(row *rowCursor) (review, fourth stablehomes.Date, ok bool) {
	rev, ok1 := row.date("REVIEW")
	dob, ok2 := row.date("DOB")
	return rev, dob.AddYears(4), ok1 && ok2
}

// 440: PN0 (under 4) only for a review before the fourth birthday. A child
// is 4 from the start of the fourth birthday (Family Law Reform Act 1969,
// s. 9, https://www.legislation.gov.uk/ukpga/1969/46/section/9), so PN0 at
// a review on that day is queried, as DfE's message says ("4 years old or
// over"). The peer queries PN0 only after the birthday (a listed
// difference, differences_test.go).
func rule440() *Rule {
	return rowRule("440", "Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.",
		"reviews", []string{"DOB", "REVIEW", "REVIEW_CODE"}, Reviews, func(_ *Check, row *rowCursor) bool {
			rev, fourth, ok := reviewAge(row)
			return ok && row.cell("REVIEW_CODE").Is("PN0") && !rev.Before(fourth)
		})
}

// 441: PN1-PN7 (4 or over) only for a review on or after the fourth
// birthday (the peer agrees).
func rule441() *Rule {
	return rowRule("441", "Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.",
		"reviews", []string{"DOB", "REVIEW", "REVIEW_CODE"}, Reviews, func(_ *Check, row *rowCursor) bool {
			rev, fourth, ok := reviewAge(row)
			return ok && reviewCodesOver4.has(row.cell("REVIEW_CODE")) && rev.Before(fourth)
		})
}

// PREVIOUS PERMANENCE (rule index topic "previous_permanence").

// 631: PREV_PERM, where given, is one of DfE's codes.
func rule631() *Rule {
	return rowRule("631", "Previous permanence option not a valid value.", "previous_permanence", []string{"PREV_PERM"}, PrevPerm,
		func(_ *Check, row *rowCursor) bool {
			p := row.cell("PREV_PERM")
			return p.Has() && !prevPermCodes.has(p)
		})
}

// 633: LA_PERM, where given, is an authority code or an out-of-England
// code.
func rule633() *Rule {
	return rowRule("633", "Local authority code where previous permanence option was arranged is not a valid value.", "previous_permanence", []string{"LA_PERM"}, PrevPerm,
		func(_ *Check, row *rowCursor) bool {
			la := row.cell("LA_PERM")
			return la.Has() && !laPermCodes.has(la)
		})
}

// 635: an order's date or authority comes with the previous permanence
// option. DfE's message speaks of the code Z1; the peer queries a blank
// PREV_PERM and its case passes Z1 with an authority code. We follow the
// peer (DfE's rule condition, beyond its message, unconfirmed here).
func rule635() *Rule {
	return rowRule("635", "There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1",
		"previous_permanence", []string{"LA_PERM", "DATE_PERM", "PREV_PERM"}, PrevPerm, func(_ *Check, row *rowCursor) bool {
			return (row.cell("LA_PERM").Has() || row.cell("DATE_PERM").Has()) && row.cell("PREV_PERM").Blank()
		})
}

// PLACED FOR ADOPTION, THIS YEAR AND LAST (rule index topic "adoption").

// sameDecisionDate reports two DATE_PLACED cells holding the same date (the
// same calendar date, or the same text where either is not a date).
func sameDecisionDate(a, b Cell) bool {
	if !a.Has() || !b.Has() {
		return false
	}
	da, ok1 := a.DateOK()
	db, ok2 := b.DateOK()
	if ok1 && ok2 {
		return da == db
	}
	return a.String() == b.String()
}

// decisionCols are a PlacedAdoption table's decision columns, looked up once.
type decisionCols struct{ placed, ceased, reason *Column }

func decisionColumns(t *Table) decisionCols {
	return decisionCols{t.Column("DATE_PLACED"), t.Column("DATE_PLACED_CEASED"), t.Column("REASON_PLACED_CEASED")}
}

// ended reports a decision with a date or a reason it ceased.
func (d decisionCols) ended(i int) bool { return d.ceased.Cell(i).Has() || d.reason.Cell(i).Has() }

// placedLastYearRule judges each PlacedAdoption row i against the child's
// rows in PlacedAdoption_last (none when the child is not there).
func placedLastYearRule(code, msg string, fields []string, fails func(c *Check, now decisionCols, i int, last decisionCols, lastRows []int32) bool) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{PlacedAdoption, PlacedAdoptionLast}, Topic: "adoption",
		needs: []need{needTable(PlacedAdoption), needTable(PlacedAdoptionLast)}}
	r.check = func(c *Check) {
		pa := c.Table(PlacedAdoption)
		ix := c.ByChild(PlacedAdoptionLast)
		byChild := make(map[string][]int32, ix.Children.Len())
		for k, ch := range ix.Children.All() {
			byChild[ch] = ix.Rows.At(k)
		}
		now, last := decisionColumns(pa), decisionColumns(c.Table(PlacedAdoptionLast))
		child := pa.Column("CHILD")
		for i := range pa.Len() {
			var rows []int32
			if ch := child.Cell(i); ch.Has() {
				rows = byChild[ch.String()]
			}
			if fails(c, now, i, last, rows) {
				c.Fail(PlacedAdoption, i)
			}
		}
	}
	return r
}

// 559: a decision dated before this year was in last year's return: the
// child has a row there with a valid DATE_PLACED.
func rule559() *Rule {
	return placedLastYearRule("559", "Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.",
		[]string{"DATE_PLACED"}, func(c *Check, now decisionCols, i int, last decisionCols, rows []int32) bool {
			d, ok := now.placed.Cell(i).DateOK()
			if !ok || !d.Before(c.Start()) {
				return false
			}
			for _, l := range rows {
				if _, ok := last.placed.Cell(int(l)).DateOK(); ok {
					return false
				}
			}
			return true
		})
}

// 560: a decision open at the end of last year (DATE_PLACED given, no
// DATE_PLACED_CEASED) keeps its date this year.
func rule560() *Rule {
	return placedLastYearRule("560", "Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.",
		[]string{"DATE_PLACED", "DATE_PLACED_CEASED"}, func(_ *Check, now decisionCols, i int, last decisionCols, rows []int32) bool {
			for _, l := range rows {
				if last.placed.Cell(int(l)).Has() && last.ceased.Cell(int(l)).Blank() && !sameDecisionDate(now.placed.Cell(i), last.placed.Cell(int(l))) {
					return true
				}
			}
			return false
		})
}

// 561: this year's decision is not the one that ceased last year (same
// DATE_PLACED as a last-year row with a date or reason ceased).
func rule561() *Rule {
	return placedLastYearRule("561", "Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.",
		[]string{"DATE_PLACED"}, func(_ *Check, now decisionCols, i int, last decisionCols, rows []int32) bool {
			for _, l := range rows {
				if last.ended(int(l)) && sameDecisionDate(now.placed.Cell(i), last.placed.Cell(int(l))) {
					return true
				}
			}
			return false
		})
}

// 584: after a decision ceased last year (date or reason ceased given),
// this year's decision is a new one: its DATE_PLACED is given and later
// than that decision's.
func rule584() *Rule {
	return placedLastYearRule("584", "Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.",
		[]string{"DATE_PLACED"}, func(_ *Check, now decisionCols, i int, last decisionCols, rows []int32) bool {
			cell := now.placed.Cell(i)
			d, ok := cell.DateOK()
			for _, l := range rows {
				if !last.ended(int(l)) {
					continue
				}
				if cell.Blank() {
					return true
				}
				if ld, lok := last.placed.Cell(int(l)).DateOK(); ok && lok && !d.After(ld) {
					return true
				}
			}
			return false
		})
}

// 563: a ceased decision (reason and date ceased given) has its
// DATE_PLACED.
func rule563() *Rule {
	return rowRule("563", "The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank",
		"adoption", []string{"DATE_PLACED", "REASON_PLACED_CEASED", "DATE_PLACED_CEASED"}, PlacedAdoption, func(_ *Check, row *rowCursor) bool {
			return row.cell("REASON_PLACED_CEASED").Has() && row.cell("DATE_PLACED_CEASED").Has() && row.cell("DATE_PLACED").Blank()
		})
}

// 579: a child's decisions do not overlap: in order of DATE_PLACED, each
// decision after the first follows one that has a valid date ceased no
// later than this one's DATE_PLACED. Flags the later decision.
func rule579() *Rule {
	r := &Rule{Code: "579", Message: "A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.",
		Fields: []string{"DATE_PLACED", "DATE_PLACED_CEASED"}, Tables: []TableID{PlacedAdoption}, Topic: "adoption", needs: []need{needTable(PlacedAdoption)}}
	r.check = func(c *Check) {
		pa := c.Table(PlacedAdoption)
		ceased := pa.Column("DATE_PLACED_CEASED")
		placed := pa.Column("DATE_PLACED")
		for _, rows := range c.ByChild(PlacedAdoption).Rows.All() {
			if len(rows) < 2 {
				continue
			}
			sorted := sortedByDate(pa, rows, "DATE_PLACED")
			for k := 1; k < len(sorted); k++ {
				end, ok := ceased.Cell(int(sorted[k-1])).DateOK()
				d, dok := placed.Cell(int(sorted[k])).DateOK()
				if !ok || (dok && d.Before(end)) {
					c.Fail(PlacedAdoption, int(sorted[k]))
				}
			}
		}
	}
	return r
}

// 583: of a child's decisions, all but the latest (latest valid
// DATE_PLACED) have a DATE_PLACED_CEASED. Where several share the latest
// date (or none has a valid date, so all count as latest), one of them
// still open is taken as the latest (the first in SortByDate's content
// order), so the verdict does not depend on the order rows came in.
func rule583() *Rule {
	r := &Rule{Code: "583", Message: "More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.",
		Fields: []string{"DATE_PLACED", "DATE_PLACED_CEASED"}, Tables: []TableID{PlacedAdoption}, Topic: "adoption", needs: []need{needTable(PlacedAdoption)}}
	r.check = func(c *Check) {
		pa := c.Table(PlacedAdoption)
		ceased, placed := pa.Column("DATE_PLACED_CEASED"), pa.Column("DATE_PLACED")
		for _, rows := range c.ByChild(PlacedAdoption).Rows.All() {
			if len(rows) < 2 {
				continue
			}
			var latestDate stablehomes.Date
			anyDate := false
			for _, i := range rows {
				if d, ok := placed.Cell(int(i)).DateOK(); ok && (!anyDate || d.After(latestDate)) {
					latestDate, anyDate = d, true
				}
			}
			isLatest := func(i int) bool {
				d, ok := placed.Cell(i).DateOK()
				return !anyDate || (ok && d == latestDate)
			}
			latest := -1
			for _, i := range sortedByDate(pa, rows, "DATE_PLACED") {
				if isLatest(int(i)) && ceased.Cell(int(i)).Blank() {
					latest = int(i)
					break
				}
			}
			for _, i := range rows {
				if int(i) != latest && ceased.Cell(int(i)).Blank() {
					c.Fail(PlacedAdoption, int(i))
				}
			}
		}
	}
	return r
}
