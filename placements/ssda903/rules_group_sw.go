package ssda903

import (
	"slices"

	"github.com/stablehomes/stablehomes"
)

// socialWorkerDoLoRules are the rules on the SWEpisodes table (SW rules) and the DoLo table (7xx rules), by collection year: the versions added
// or replacing an earlier one in the year starting in year, and the codes
// removed that year.
func socialWorkerDoLoRules(year int) (add []*Rule, remove []string) {
	// branch rules-sw: the SWEpisodes and DoLo rules, one block a year.
	switch year {
	case 2023:
		add = []*Rule{
			ruleSW02STG1(), ruleSW03STG1(), ruleSW04STG1(), ruleSW05STG1(),
			ruleSW06STG2(), ruleSW07STG2(false), ruleSW08STG2(), ruleSW09STG2(),
			ruleSW10STG2(false), ruleSW11aSTG2(), ruleSW11bSTG2(), ruleSW13STG1(false), ruleSW14STG2(),
		}
	case 2024:
		add = []*Rule{
			ruleSW01aSTG1(), ruleSW01bSTG1(),
			ruleSW07STG2(true), ruleSW10STG2(true), ruleSW13STG1(true),
		}
		// SW01aSTG1 and SW01bSTG1 take over SW01STG1's and SW03STG1's
		// completeness checks; SW11aSTG2 and SW14STG2 are not in the
		// 2024-25 rules (the peer's lac2024_25 del_list).
		remove = []string{"SW03STG1", "SW11aSTG2", "SW14STG2"}
	case 2025:
		add = []*Rule{ruleSW17STG2()}
	case 2026:
		add = []*Rule{
			rule700(), rule701(), rule702(), rule703(), rule704(), rule705(), rule706(), rule708(),
		}
	}
	return add, remove
}

// SOCIAL WORKER EPISODES (branch rules-sw).
//
// SWEpisodes (from 2023-24) holds, for each child, the episodes of the
// allocated social worker: SW_ID (a code beginning SW, or XX when not
// known), SW_DECOM and SW_DEC (start and end, dd/mm/yyyy) and SW_REASON (why
// the social worker changed). Items and rule texts: DfE, children looked
// after return technical specifications and validation rules for each year
// (https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications;
// the 2023-24 and 2024-25 editions are the same publication series, not
// opened here). Which version applies in which year, the messages, and the
// detail of each check follow the peer validator's per-year rule folders
// (data-to-insight/csc-validator-be-903, lac2023_24, lac2024_25,
// lac2025_26), not checked against each year's DfE document (unconfirmed).

const swTopic = "social_worker"

// swReasons are the SW_REASON codes (reason for the change of social
// worker), as the peer lists them in SW13STG1, 2023-24 on; DfE's wording for
// each code is not in the sources read here (unconfirmed).
var swReasons = codes("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS")

// swHistoryStart is the first day social worker episodes are collected for
// (1 April 2023, the start of the 2023-24 collection year): SW01aSTG1,
// SW01bSTG1 and SW13STG1 (2024-25 on) ask for less of episodes that began
// before it.
var swHistoryStart = stablehomes.MustDate(2023, 4, 1)

// tableRowRule judges each row of table on its own; the rule is skipped,
// with the reason, when the table or a column it reads is not supplied.
func tableRowRule(code, msg, topic string, table TableID, fields []string, fails func(c *Check, row *rowCursor) bool) *Rule {
	needs := []need{needTable(table)}
	for _, f := range fields {
		needs = append(needs, needColumn(table, f))
	}
	return &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{table}, Topic: topic,
		needs: needs, rowLocal: true,
		check: func(c *Check) { eachRow(c, table, func(row *rowCursor) bool { return fails(c, row) }) }}
}

// tableChildRule judges each child's rows of table together (rows with no
// CHILD are left out); reads are the columns it needs besides CHILD. The
// check may order a child's rows in scratch, which is reused from child to
// child.
func tableChildRule(code, msg, topic string, table TableID, fields, reads []string, check func(c *Check, t *Table, rows []int32, scratch *[]int32)) *Rule {
	needs := []need{needTable(table), needColumn(table, "CHILD")}
	for _, f := range reads {
		needs = append(needs, needColumn(table, f))
	}
	return &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{table}, Topic: topic, needs: needs,
		check: func(c *Check) {
			t := c.Table(table)
			var scratch []int32
			for _, rows := range c.ByChild(table).Rows.All() {
				check(c, t, rows, &scratch)
			}
		}}
}

// badSWDate: a value given that is not a date. A ZZ day or month
// (or ZZZZ year) counts as a date here, as in the peer's SW04STG1 and
// SW05STG1 (its valid_date helper); DfE allows unknown parts for DATE_PERM,
// and whether it does for social worker dates is not confirmed here.
func badSWDate(v Cell) bool {
	if !v.Has() {
		return false
	}
	_, _, ok := permDate(v.String())
	return !ok
}

// byDates orders rows by the dates in cols, in turn: a row with no valid
// date sorts after those with one (as pandas sorts NaT last); ties keep the
// rows' order. It returns the rows ordered in dst, which it reuses (one or
// two columns).
func byDates(dst *[]int32, t *Table, rows []int32, cols ...string) []int32 {
	out := append((*dst)[:0], rows...)
	*dst = out
	var arr [2]*Column
	cs := arr[:0]
	for _, c := range cols {
		cs = append(cs, t.Column(c))
	}
	slices.SortStableFunc(out, func(a32, b32 int32) int {
		a, b := int(a32), int(b32)
		for _, col := range cs {
			da, oka := col.Cell(a).DateOK()
			db, okb := col.Cell(b).DateOK()
			switch {
			case oka && okb:
				if r := da.Compare(db); r != 0 {
					return r
				}
			case oka:
				return -1
			case okb:
				return 1
			}
		}
		return 0
	})
	return out
}

// latestRow is the child's row with the latest valid SW_DECOM (the last
// such in the table on a tie); a row with no valid SW_DECOM counts as later
// than every dated one, so it is the latest when there is one (the peer
// sorts such rows last). For SW08STG2 and SW14STG2.
func latestRow(scratch *[]int32, t *Table, rows []int32) int {
	s := byDates(scratch, t, rows, "SW_DECOM")
	return int(s[len(s)-1])
}

func swRowRule(code, msg string, fields []string, fails func(c *Check, row *rowCursor) bool) *Rule {
	return tableRowRule(code, msg, swTopic, SWEpisodes, fields, fails)
}

// SW01aSTG1 (2024-25 on): an episode that began before 1 April 2023 has
// SW_ID; every episode has a valid SW_DECOM.
func ruleSW01aSTG1() *Rule {
	return swRowRule("SW01aSTG1", "For each social worker episode, information should be complete", []string{"SW_DECOM", "SW_ID"},
		func(_ *Check, row *rowCursor) bool {
			d, ok := row.date("SW_DECOM")
			return !ok || (d.Before(swHistoryStart) && row.cell("SW_ID").Blank())
		})
}

// SW01bSTG1 (2024-25 on): an episode that began on or after 1 April 2023
// has SW_ID and SW_REASON; every episode has a valid SW_DECOM.
func ruleSW01bSTG1() *Rule {
	return swRowRule("SW01bSTG1", "For each social worker episode, information should be complete", []string{"SW_DECOM", "SW_ID", "SW_REASON"},
		func(_ *Check, row *rowCursor) bool {
			d, ok := row.date("SW_DECOM")
			return !ok || (!d.Before(swHistoryStart) && (row.cell("SW_ID").Blank() || row.cell("SW_REASON").Blank()))
		})
}

// SW02STG1 (2023-24 on): SW_ID begins SW or XX (capitals). A blank SW_ID
// does not, so it fails too, as in the peer.
func ruleSW02STG1() *Rule {
	return swRowRule("SW02STG1", "Social worker ID does not begin with the characters ‘SW’ or ‘XX’.", []string{"SW_ID"},
		func(_ *Check, row *rowCursor) bool {
			s := row.cell("SW_ID").String()
			return len(s) < 2 || (s[:2] != "SW" && s[:2] != "XX")
		})
}

// SW03STG1 (2023-24 only): SW_ID, SW_DECOM and SW_REASON are all given.
func ruleSW03STG1() *Rule {
	fields := []string{"SW_ID", "SW_DECOM", "SW_REASON"}
	return swRowRule("SW03STG1", "For each social worker episode, information should be complete.", fields,
		func(_ *Check, row *rowCursor) bool { return !allHave(row, fields) })
}

// SW04STG1 and SW05STG1 (2023-24 on): SW_DECOM and SW_DEC, when given, are
// dates. The peer's message for SW05STG1 says "began" for the end date; the
// messages are kept as published.
func ruleSW04STG1() *Rule {
	return swRowRule("SW04STG1", "Date social worker episode began is not a valid date..", []string{"SW_DECOM"},
		func(_ *Check, row *rowCursor) bool { return badSWDate(row.cell("SW_DECOM")) })
}

func ruleSW05STG1() *Rule {
	return swRowRule("SW05STG1", "Date social worker episode began is not a valid date.", []string{"SW_DEC"},
		func(_ *Check, row *rowCursor) bool { return badSWDate(row.cell("SW_DEC")) })
}

// SW06STG2 (2023-24 on): no episode begins after the collection year.
func ruleSW06STG2() *Rule {
	return swRowRule("SW06STG2", "Social worker episode data should be within the social worker data reporting year.", []string{"SW_DECOM"},
		func(c *Check, row *rowCursor) bool {
			d, ok := row.date("SW_DECOM")
			return ok && d.After(c.End())
		})
}

// SW07STG2: an episode's end lies in the social worker reporting period,
// which is the collection year in 2023-24 and, from 2024-25, the collection
// year and the year before it. (The peer subtracts 365.2425 days from the
// collection start, so in 2024-25 it also flags an end on 1 April 2023; we
// take the year before as starting on that day.)
func ruleSW07STG2(twoYears bool) *Rule {
	return swRowRule("SW07STG2", "Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.", []string{"SW_DEC"},
		func(c *Check, row *rowCursor) bool {
			d, ok := row.date("SW_DEC")
			from := c.Start()
			if twoYears {
				from = from.AddYears(-1)
			}
			return ok && (d.Before(from) || d.After(c.End()))
		})
}

// SW08STG2 (2023-24 on): every episode but the child's latest has ended (a
// valid SW_DEC); an episode with no valid SW_DECOM is not judged.
func ruleSW08STG2() *Rule {
	return tableChildRule("SW08STG2", "A new social worker episode has started, but the previous episode has not ended.", swTopic, SWEpisodes,
		[]string{"SW_DEC"}, []string{"SW_DECOM", "SW_DEC"}, func(c *Check, t *Table, rows []int32, scratch *[]int32) {
			last := latestRow(scratch, t, rows)
			decom, dec := t.Column("SW_DECOM"), t.Column("SW_DEC")
			for _, r := range rows {
				if _, ok := decom.Cell(int(r)).DateOK(); !ok || int(r) == last {
					continue
				}
				if _, ok := dec.Cell(int(r)).DateOK(); !ok {
					c.Fail(SWEpisodes, int(r))
				}
			}
		})
}

// SW09STG2 (2023-24 on): an episode does not end on the day it began (the
// same value in SW_DEC and SW_DECOM, or the same date).
func ruleSW09STG2() *Rule {
	return swRowRule("SW09STG2", "Social worker episode appears to have lasted for less than 24 hours.", []string{"SW_DECOM", "SW_DEC"},
		func(_ *Check, row *rowCursor) bool {
			return sameDate(row.cell("SW_DECOM"), row.cell("SW_DEC"))
		})
}

// SW10STG2: each of a child's episodes after the first (ordered by SW_DECOM,
// then SW_DEC) begins within seven days either side of the end of the one
// before; a previous episode with no valid end, or an episode with no valid
// start, fails. From 2024-25 an episode whose reason is FCONTA is exempt.
func ruleSW10STG2(fconta bool) *Rule {
	reads := []string{"SW_DECOM", "SW_DEC"}
	if fconta {
		reads = append(reads, "SW_REASON")
	}
	return tableChildRule("SW10STG2", "A new social worker episode has started before the end date of the previous social worker episode.", swTopic, SWEpisodes,
		[]string{"SW_DECOM"}, reads, func(c *Check, t *Table, rows []int32, scratch *[]int32) {
			s := byDates(scratch, t, rows, "SW_DECOM", "SW_DEC")
			decom, dec, reason := t.Column("SW_DECOM"), t.Column("SW_DEC"), t.Column("SW_REASON")
			for k := 1; k < len(s); k++ {
				if fconta && reason.Cell(int(s[k])).Is("FCONTA") {
					continue
				}
				start, ok1 := decom.Cell(int(s[k])).DateOK()
				prevEnd, ok2 := dec.Cell(int(s[k-1])).DateOK()
				if !ok1 || !ok2 || start.Before(prevEnd.AddDays(-7)) || start.After(prevEnd.AddDays(7)) {
					c.Fail(SWEpisodes, int(s[k]))
				}
			}
		})
}

// SW11aSTG2 (2023-24 only): an episode that ended five days or more before
// the collection end is followed, within five days either side of that end,
// by the child's next episode (ordered by SW_DECOM); the next episode is
// flagged when it starts outside that window or has no valid start.
func ruleSW11aSTG2() *Rule {
	return tableChildRule("SW11aSTG2", "Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.", swTopic, SWEpisodes,
		[]string{"SW_DEC"}, []string{"SW_DECOM", "SW_DEC"}, func(c *Check, t *Table, rows []int32, scratch *[]int32) {
			s := byDates(scratch, t, rows, "SW_DECOM")
			decom, dec := t.Column("SW_DECOM"), t.Column("SW_DEC")
			cutoff := c.End().AddDays(-5)
			for k := 1; k < len(s); k++ {
				prevEnd, ok := dec.Cell(int(s[k-1])).DateOK()
				if !ok || prevEnd.After(cutoff) {
					continue
				}
				start, ok := decom.Cell(int(s[k])).DateOK()
				if !ok || start.Before(prevEnd.AddDays(-5)) || start.After(prevEnd.AddDays(5)) {
					c.Fail(SWEpisodes, int(s[k]))
				}
			}
		})
}

// SW11bSTG2 (2023-24 on): an episode that ended in the last five days of
// the collection year (SW_DEC from 26 to 31 March) is followed by another
// episode. Ordered by SW_DECOM (no valid start last), the next episode is
// flagged when it has no valid start; an episode with none after it is
// flagged when it is the child's only one, or when the episode before it
// began before it ended (otherwise the child's episodes are out of order,
// which SW10STG2 reports).
//
// The peer flags an episode ending in those days whenever the child's
// episode before it began before that end, even when a later episode
// follows it. We follow the rule's text (no subsequent episode); the peer's
// case agrees with this reading.
func ruleSW11bSTG2() *Rule {
	return tableChildRule("SW11bSTG2", "Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.", swTopic, SWEpisodes,
		[]string{"SW_DEC"}, []string{"SW_DECOM", "SW_DEC"}, func(c *Check, t *Table, rows []int32, scratch *[]int32) {
			s := byDates(scratch, t, rows, "SW_DECOM")
			decom, dec := t.Column("SW_DECOM"), t.Column("SW_DEC")
			from, to := c.End().AddDays(-5), c.End()
			for k, r := range s {
				end, ok := dec.Cell(int(r)).DateOK()
				if !ok || end.Before(from) || end.After(to) {
					continue
				}
				if k < len(s)-1 {
					if _, ok := decom.Cell(int(s[k+1])).DateOK(); !ok {
						c.Fail(SWEpisodes, int(s[k+1]))
					}
					continue
				}
				if k == 0 {
					c.Fail(SWEpisodes, int(r))
				} else if before, ok := decom.Cell(int(s[k-1])).DateOK(); ok && before.Before(end) {
					c.Fail(SWEpisodes, int(r))
				}
			}
		})
}

// SW13STG1: SW_REASON is one of the codes. In 2023-24 a blank reason fails
// too; from 2024-25 a blank reason fails only for an episode that began on
// or after 1 April 2023 (SW01bSTG1 reports it as incomplete as well).
func ruleSW13STG1(fromHistory bool) *Rule {
	if !fromHistory {
		return swRowRule("SW13STG1", "The reason for social worker change is either not valid or has not been entered.", []string{"SW_REASON"},
			func(_ *Check, row *rowCursor) bool { return !swReasons.has(row.cell("SW_REASON")) })
	}
	return swRowRule("SW13STG1", "The reason for social worker change is not valid.", []string{"SW_REASON", "SW_DECOM"},
		func(_ *Check, row *rowCursor) bool {
			v := row.cell("SW_REASON")
			if v.Has() {
				return !swReasons.has(v)
			}
			d, ok := row.date("SW_DECOM")
			return ok && !d.Before(swHistoryStart)
		})
}

// SW14STG2 (2023-24 only): only the child's latest episode (by SW_DECOM)
// may have no (valid) end date.
func ruleSW14STG2() *Rule {
	return tableChildRule("SW14STG2", "Social worker episode date ceased is blank.", swTopic, SWEpisodes,
		[]string{"SW_DEC"}, []string{"SW_DECOM", "SW_DEC"}, func(c *Check, t *Table, rows []int32, scratch *[]int32) {
			last := latestRow(scratch, t, rows)
			dec := t.Column("SW_DEC")
			for _, r := range rows {
				if _, ok := dec.Cell(int(r)).DateOK(); !ok && int(r) != last {
					c.Fail(SWEpisodes, int(r))
				}
			}
		})
}

// SW17STG2 (2025-26 on): the child's latest episode (the latest valid
// SW_DECOM) is open (no SW_DEC). As in the peer, every child in the table
// is judged, not only those looked after on 31 March (DfE's scope for the
// rule is not confirmed here).
func ruleSW17STG2() *Rule {
	return tableChildRule("SW17STG2", "There is no social worker episode open at 31 March", swTopic, SWEpisodes,
		[]string{"SW_DEC", "SW_DECOM"}, []string{"SW_DECOM", "SW_DEC"}, func(c *Check, t *Table, rows []int32, scratch *[]int32) {
			decom := t.Column("SW_DECOM")
			latest, when := -1, stablehomes.Date{}
			for _, r := range rows {
				if d, ok := decom.Cell(int(r)).DateOK(); ok && (latest < 0 || d.After(when)) {
					latest, when = int(r), d
				}
			}
			if latest < 0 {
				latest = int(rows[0])
			}
			if t.Cell(latest, "SW_DEC").Has() {
				c.Fail(SWEpisodes, latest)
			}
		})
}

// DEPRIVATION OF LIBERTY ORDERS, the DoLo table on its own (from 2026-27;
// branch rules-sw). Rule texts: DfE validation rules for 2026-27
// (https://www.gov.uk/government/publications/children-looked-after-return-2026-to-2027-technical-specifications);
// the detail of each check follows the peer's lac2026_27 folder
// (unconfirmed against DfE's document).

const doloTopic = "dolo"

func doloRowRule(code, msg string, fields []string, fails func(c *Check, row *rowCursor) bool) *Rule {
	return tableRowRule(code, msg, doloTopic, DoLo, fields, fails)
}

// 700: every order has a valid start date.
func rule700() *Rule {
	return doloRowRule("700", "The start date of the DoLO is not a valid date.", []string{"DOLO_START"},
		func(_ *Check, row *rowCursor) bool {
			_, ok := row.date("DOLO_START")
			return !ok
		})
}

// 701: an end date, when given, is valid.
func rule701() *Rule {
	return doloRowRule("701", "The end date of the DoLO is not a valid date.", []string{"DOLO_END"},
		func(_ *Check, row *rowCursor) bool { return invalidDate(row.cell("DOLO_END")) })
}

// 702: an order ends after the day it starts (an end on the start day
// fails, as in the peer).
func rule702() *Rule {
	return doloRowRule("702", "The date that the DoLO ended is before the date that it started.", []string{"DOLO_START", "DOLO_END"},
		func(_ *Check, row *rowCursor) bool {
			s, ok1 := row.date("DOLO_START")
			e, ok2 := row.date("DOLO_END")
			return ok1 && ok2 && !e.After(s)
		})
}

// 703: no order starts after the collection year.
func rule703() *Rule {
	return doloRowRule("703", "The date that the DoLO started is after the end of the collection year.", []string{"DOLO_START"},
		func(c *Check, row *rowCursor) bool {
			s, ok := row.date("DOLO_START")
			return ok && s.After(c.End())
		})
}

// 704: an order's end lies in the collection year.
func rule704() *Rule {
	return doloRowRule("704", "The date that the DoLO ended is before the start or after the end of the collection year.", []string{"DOLO_END"},
		func(c *Check, row *rowCursor) bool {
			e, ok := row.date("DOLO_END")
			return ok && (e.Before(c.Start()) || e.After(c.End()))
		})
}

// 705: a child's orders do not overlap. Ordered by end date (an open order
// by its start), then start, each order after the first fails when the one
// before it has no valid end or ends after it starts.
func rule705() *Rule {
	return tableChildRule("705", "A DoLO cannot start when the previous DoLO is still open.", doloTopic, DoLo,
		[]string{"DOLO_START", "DOLO_END"}, []string{"DOLO_START", "DOLO_END"}, func(c *Check, t *Table, rows []int32, scratch *[]int32) {
			if len(rows) < 2 {
				return
			}
			start, end := t.Column("DOLO_START"), t.Column("DOLO_END")
			key := func(r int) (stablehomes.Date, bool) {
				if d, ok := end.Cell(r).DateOK(); ok {
					return d, true
				}
				return start.Cell(r).DateOK()
			}
			s := append((*scratch)[:0], rows...)
			*scratch = s
			slices.SortStableFunc(s, func(a32, b32 int32) int {
				a, b := int(a32), int(b32)
				ka, oka := key(a)
				kb, okb := key(b)
				switch {
				case oka && okb:
					if r := ka.Compare(kb); r != 0 {
						return r
					}
				case oka:
					return -1
				case okb:
					return 1
				}
				sa, oka := start.Cell(a).DateOK()
				sb, okb := start.Cell(b).DateOK()
				switch {
				case oka && okb:
					return sa.Compare(sb)
				case oka:
					return -1
				case okb:
					return 1
				}
				return 0
			})
			for k := 1; k < len(s); k++ {
				prevEnd, ok := end.Cell(int(s[k-1])).DateOK()
				if !ok {
					c.Fail(DoLo, int(s[k]))
					continue
				}
				if st, ok := start.Cell(int(s[k])).DateOK(); ok && st.Before(prevEnd) {
					c.Fail(DoLo, int(s[k]))
				}
			}
		})
}

// 706: an order open at the end of last year's return (no DOLO_END) is in
// this year's return with the same start. The order is flagged in
// DoLo_last, the table it is in (the peer names the row DoLo).
func rule706() *Rule {
	return &Rule{Code: "706", Message: "There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year..",
		Fields: []string{"DOLO_START"}, Tables: []TableID{DoLo, DoLoLast}, Topic: doloTopic,
		needs: []need{needTable(DoLo), needColumn(DoLo, "CHILD"), needColumn(DoLo, "DOLO_START"),
			needTable(DoLoLast), needColumn(DoLoLast, "CHILD"), needColumn(DoLoLast, "DOLO_START"), needColumn(DoLoLast, "DOLO_END")},
		check: func(c *Check) {
			this, last := c.Table(DoLo), c.Table(DoLoLast)
			ix := c.ByChild(DoLo)
			pos := make(map[string]int, ix.Children.Len())
			for k, ch := range ix.Children.All() {
				pos[ch] = k
			}
			startNow := this.Column("DOLO_START")
			child, start, end := last.Column("CHILD"), last.Column("DOLO_START"), last.Column("DOLO_END")
			for i := range last.Len() {
				if end.Cell(i).Has() || child.Cell(i).Blank() {
					continue
				}
				found := false
				if k, ok := pos[child.Cell(i).String()]; ok {
					for _, r := range ix.Rows.At(k) {
						if sameDate(startNow.Cell(int(r)), start.Cell(i)) {
							found = true
							break
						}
					}
				}
				if !found {
					c.Fail(DoLoLast, i)
				}
			}
		}}
}

// sameDate: the same value, or the same valid date written differently.
func sameDate(a, b Cell) bool {
	if !a.Has() || !b.Has() {
		return false
	}
	if a.String() == b.String() {
		return true
	}
	da, oka := a.DateOK()
	db, okb := b.DateOK()
	return oka && okb && da == db
}

// 708: no order starts on or before the child's date of birth (DoLo's own
// DOB when given, otherwise the child's Header DOB).
func rule708() *Rule {
	return &Rule{Code: "708", Message: "Dates of DoLOs are before child’s date of birth.",
		Fields: []string{"DOLO_START"}, Tables: []TableID{DoLo, Header}, Topic: doloTopic,
		needs: []need{needTable(DoLo), needColumn(DoLo, "DOLO_START")}, rowLocal: true,
		check: func(c *Check) {
			eachRow(c, DoLo, func(row *rowCursor) bool {
				s, ok := row.date("DOLO_START")
				if !ok {
					return false
				}
				dob, ok := row.date("DOB")
				if ch := row.cell("CHILD"); !ok && ch.Has() {
					dob, ok = c.DOB(ch.String())
				}
				return ok && !s.After(dob)
			})
		}}
}
