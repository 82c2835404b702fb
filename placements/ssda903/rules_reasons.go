package ssda903

// Code validity and reasons (rule index topics "new_or_ceased_reason",
// "legal_status", "placement"): RNE, LS, CIN, REC, REASON_PLACE_CHANGE.

// validCodeRule: a value (even "") must be in the list; null is left to the
// rules on required fields.
func validCodeRule(code, msg, topic string, table TableID, col string, valid codeSet) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: []string{col}, Tables: []TableID{table}, Topic: topic,
		needs: []need{needTable(table)}, rowLocal: true}
	r.check = func(c *Check) {
		eachRow(c, table, func(row *rowCursor) bool {
			v := row.cell(col)
			return v.Has() && !valid.has(v)
		})
	}
	return r
}

func rule143() *Rule {
	return validCodeRule("143", "The reason for new episode code is not a valid code.", "new_or_ceased_reason", Episodes, "RNE", rneCodes)
}

func rule144() *Rule {
	return validCodeRule("144", "The legal status code is not a valid code.", "legal_status", Episodes, "LS", legalStatusCodes)
}

func rule145() *Rule {
	return validCodeRule("145", "Category of need code is not a valid code.", "header_child", Episodes, "CIN", cinCodes)
}

func rule149() *Rule {
	return validCodeRule("149", "Reason episode ceased code is not valid. ", "new_or_ceased_reason", Episodes, "REC", recCodes)
}

func rule1009() *Rule {
	return validCodeRule("1009", "Reason for placement change is not a valid code.", "placement", Episodes, "REASON_PLACE_CHANGE", placeChangeCodes)
}

// 225: when an episode ends in a continuation (X1) into a new placement
// (RNE P, B, T or U), the reason for the placement change is needed;
// temporary placements on either side are excluded. The next episode is
// the next in the child's DECOM order with episodes of no readable DECOM
// last (allSeqRule), as the peer orders them: an episode with a damaged
// start date still follows the last dated one.
func rule225() *Rule {
	change := codes("P", "B", "T", "U")
	return allSeqRule("225", "Reason for placement change must be recorded.", "placement", []string{"REASON_PLACE_CHANGE"},
		func(_ *Check, t *Table, _, cur, next int) bool {
			if next < 0 || !t.Cell(cur, "REC").Is("X1") || !change.has(t.Cell(next, "RNE")) {
				return false
			}
			if temporaryPlaces.has(t.Cell(cur, "PLACE")) || temporaryPlaces.has(t.Cell(next, "PLACE")) {
				return false
			}
			return t.Cell(cur, "REASON_PLACE_CHANGE").Blank()
		})
}

// 226: a temporary placement is not a placement change: no reason on the
// temporary episode or on the episode before it.
func rule226(msg string) *Rule {
	return allSeqRule("226", msg, "placement", []string{"REASON_PLACE_CHANGE", "PLACE"},
		func(_ *Check, t *Table, prev, cur, _ int) bool {
			if !temporaryPlaces.has(t.Cell(cur, "PLACE")) {
				return false
			}
			return t.Cell(cur, "REASON_PLACE_CHANGE").Has() || (prev >= 0 && t.Cell(prev, "REASON_PLACE_CHANGE").Has())
		})
}

// 233 (2025-26): the reason is only recorded on an episode that ceased.
func rule233() *Rule {
	return episodeRule("233", "Reason for placement change is not required when the episode has not ceased.", "placement", []string{"REASON_PLACE_CHANGE", "REASON_PLACE_CHANGE"},
		func(row *rowCursor) bool {
			return row.cell("REASON_PLACE_CHANGE").Has() && row.cell("DEC").Blank()
		})
}

// 234 (2025-26): CUSTOD (custody) is not a placement-change reason for a
// child under 10 at the start of the episode (the age of criminal
// responsibility); flags the episode and the child's Header row.
func rule234() *Rule {
	r := &Rule{Code: "234", Message: "A child aged under 10 can not change placement due to being admitted to custody",
		Fields: []string{"REASON_PLACE_CHANGE", "DOB"}, Tables: []TableID{Episodes, Header}, Topic: "placement",
		needs: []need{needTable(Episodes), needTable(Header)}}
	r.check = func(c *Check) {
		t := c.Table(Episodes)
		bad := map[string]bool{}
		for i := range t.Len() {
			if !t.Cell(i, "REASON_PLACE_CHANGE").Is("CUSTOD") {
				continue
			}
			decom, ok1 := date(t, i, "DECOM")
			child := t.Cell(i, "CHILD").String()
			dob, ok2 := c.DOB(child)
			if ok1 && ok2 && decom.Before(dob.AddYears(10)) {
				c.Fail(Episodes, i)
				bad[child] = true
			}
		}
		h := c.Table(Header)
		for i := range h.Len() {
			if bad[h.Cell(i, "CHILD").String()] {
				c.Fail(Header, i)
			}
		}
	}
	return r
}
