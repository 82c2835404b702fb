package ssda903

import (
	"strings"

	"github.com/stablehomes/stablehomes"
)

// The child: Header and UASC tables (rule index topics "header_child",
// "uasc").

// headerRule builds a row-local rule on table id (Header or UASC).
func headerRule(code, msg, topic string, id TableID, fields []string, fails func(c *Check, row *rowCursor) bool) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{id}, Topic: topic,
		needs: []need{needTable(id)}, rowLocal: true}
	r.check = func(c *Check) {
		eachRow(c, id, func(row *rowCursor) bool { return fails(c, row) })
	}
	return r
}

// 101: SEX must be a code for the year (blank fails too).
func rule101(msg string, valid codeSet) *Rule {
	return headerRule("101", msg, "header_child", Header, []string{"SEX"},
		func(_ *Check, row *rowCursor) bool { return !valid.has(row.cell("SEX")) })
}

// 102: DOB is a valid date.
func rule102() *Rule {
	return headerRule("102", "Date of birth is not a valid date.", "header_child", Header, []string{"DOB"},
		func(_ *Check, row *rowCursor) bool { _, ok := row.date("DOB"); return !ok })
}

// 103: ETHNIC is a valid code.
func rule103() *Rule {
	return headerRule("103", "The ethnicity code is either not valid or has not been entered.", "header_child", Header, []string{"ETHNIC"},
		func(_ *Check, row *rowCursor) bool { return !ethnicCodes.has(row.cell("ETHNIC")) })
}

// 104: DUC, when given, is a valid date on or after the collection start.
func rule104() *Rule {
	return headerRule("104", "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.", "uasc", UASC, []string{"DUC"},
		func(c *Check, row *rowCursor) bool {
			v := row.cell("DUC")
			if !v.Has() {
				return false
			}
			// A DUC after the year is not an error: a child still UASC at
			// 31 March has the status end on their 18th birthday.
			d, ok := v.DateOK()
			return !ok || d.Before(c.Start())
		})
}

// 105: in an XML return, Header UASC is 0 or 1 (CSV returns carry UASC in
// its own table).
func rule105() *Rule {
	return headerRule("105", "Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.", "uasc", Header, []string{"UASC"},
		func(c *Check, row *rowCursor) bool {
			return c.Ret.Metadata.FileFormat == "xml" && !zeroOrOne.has(row.cell("UASC"))
		})
}

// 168: a UPN is 13 characters (a check letter other than I, O or S, 11
// digits, then a digit or such a letter), or UN1-UN5.
func rule168() *Rule {
	return headerRule("168", "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.", "header_child", Header, []string{"UPN"},
		func(_ *Check, row *rowCursor) bool {
			u := row.cell("UPN")
			return u.Has() && !upnUnknown.has(u) && !validUPN(u.String())
		})
}

func validUPN(s string) bool {
	letter := func(b byte) bool { return b >= 'A' && b <= 'Z' && b != 'I' && b != 'O' && b != 'S' }
	if len(s) != 13 || !letter(s[0]) {
		return false
	}
	for i := 1; i < 12; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return (s[12] >= '0' && s[12] <= '9') || letter(s[12])
}

// 171: MC_DOB, when given, is a valid date.
func rule171() *Rule {
	return headerRule("171", "Date of birth of mother's child is not a valid date.", "header_child", Header, []string{"MC_DOB"},
		func(_ *Check, row *rowCursor) bool {
			v := row.cell("MC_DOB")
			_, ok := v.DateOK()
			return v.Has() && !ok
		})
}

// 174: a male child has no mother's-child date of birth.
func rule174(msg, male string) *Rule {
	return headerRule("174", msg, "header_child", Header, []string{"SEX", "MC_DOB"},
		func(_ *Check, row *rowCursor) bool { return row.cell("SEX").Is(male) && row.cell("MC_DOB").Has() })
}

// 209: a child of school age cannot have UN1 (not of school age). DfE's
// rule text fixes the cut-off: "If <DOB> >= 4 years prior to 31/08/YYYY
// then <UPN> should not be 'UN1'", YYYY being the year before the
// collection start (31/08/2018 for 2019-20): a child whose 4th birthday
// fell on or before that day started school that September.
func rule209() *Rule {
	return headerRule("209", "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.", "header_child", Header, []string{"UPN", "DOB"},
		func(c *Check, row *rowCursor) bool {
			dob, ok := row.date("DOB")
			cutoff := stablehomes.MustDate(c.Start().Year()-1, 8, 31)
			return ok && row.cell("UPN").Is("UN1") && !dob.AddYears(4).After(cutoff)
		})
}

// 231 (2024-25): a UASC is expected to be 11 or over at the year end (a
// query). The peer's case names the Header flag UASC_STATUS; a return's
// Header carries UASC, read when UASC_STATUS is absent.
func rule231() *Rule {
	return headerRule("231", "We expect that unaccompanied asylum seeking children are generally older young people. Please check the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.", "uasc", Header, []string{"DOB", "UASC"},
		func(c *Check, row *rowCursor) bool {
			flag := row.cell("UASC_STATUS")
			if flag.IsAbsent() {
				flag = row.cell("UASC")
			}
			dob, ok := row.date("DOB")
			return ok && flag.Is("1") && dob.AgeOn(c.End()) < 11
		})
}

// 232 (2024-25): SEX reported as unknown (U) is queried.
func rule232() *Rule {
	return headerRule("232", "Sex of the child/young person has been reported as unknown.", "header_child", Header, []string{"SEX"},
		func(_ *Check, row *rowCursor) bool {
			return strings.EqualFold(row.cell("SEX").String(), "U") && row.cell("SEX").Has()
		})
}

// 301: born after the collection year ended.
func rule301() *Rule {
	return headerRule("301", "Date of birth falls after the year ended.", "header_child", Header, []string{"DOB"},
		func(c *Check, row *rowCursor) bool {
			d, ok := row.date("DOB")
			return ok && d.After(c.End())
		})
}

// 302: a child's first episode cannot start before birth; flags the episode
// and the Header row.
func rule302() *Rule {
	r := &Rule{Code: "302", Message: "First episode starts before child was born.", Fields: []string{"DECOM", "DOB"}, Tables: []TableID{Episodes, Header},
		Topic: "header_child", needs: []need{needTable(Episodes), needTable(Header)}}
	r.check = func(c *Check) {
		ep := c.Table(Episodes)
		bad := c.marks()
		for _, seq := range c.Sequences(Episodes).All() {
			first := seq[0]
			decom, _ := date(ep, int(first), "DECOM")
			if dob, ok := c.dobAt(Episodes, int(first)); ok && decom.Before(dob) {
				c.Fail(Episodes, int(first))
				bad[c.childKey(Episodes, int(first))] = true
			}
		}
		for i, k := range c.keysOf(Header) {
			if bad[k] {
				c.Fail(Header, i)
			}
		}
	}
	return r
}

// 303: a date UASC status ceased means Header UASC is 1; flags both rows.
// A blank CHILD links no UASC row to a Header row.
func rule303() *Rule {
	r := &Rule{Code: "303", Message: "If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.",
		Fields: []string{"DUC", "UASC"}, Tables: []TableID{UASC, Header}, Topic: "uasc", needs: []need{needTable(UASC), needColumn(Header, "UASC")}}
	r.check = func(c *Check) {
		u, h := c.Table(UASC), c.Table(Header)
		ceased := c.childrenWhere(UASC, func(i int) bool { return u.Cell(i, "DUC").Has() && u.Cell(i, "CHILD").Has() })
		bad := c.marks()
		for i, k := range c.keysOf(Header) {
			if ceased[k] && !h.Cell(i, "UASC").Is("1") {
				c.Fail(Header, i)
				bad[k] = true
			}
		}
		for i, k := range c.keysOf(UASC) {
			if bad[k] && u.Cell(i, "DUC").Has() {
				c.Fail(UASC, i)
			}
		}
	}
	return r
}

// 304: UASC status ceases on or before the 18th birthday.
func rule304() *Rule {
	return headerRule("304", "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.", "uasc", UASC, []string{"DUC", "DOB"},
		func(_ *Check, row *rowCursor) bool {
			dob, ok1 := row.date("DOB")
			duc, ok2 := row.date("DUC")
			return ok1 && ok2 && duc.After(dob.AddYears(18))
		})
}

// changedSinceLastYear: a Header field agrees with last year's Header for
// children in both (blank equals blank); fold ignores case.
func changedSinceLastYear(code, msg, col string, fold bool) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: []string{col}, Tables: []TableID{Header, HeaderLast}, Topic: "header_child",
		needs: []need{needTable(Header), needTable(HeaderLast)}, rowLocal: true}
	r.check = func(c *Check) {
		last := c.Table(HeaderLast)
		prev := map[string]Cell{}
		for i := range last.Len() {
			prev[last.Cell(i, "CHILD").String()] = last.Cell(i, col)
		}
		eachRow(c, Header, func(row *rowCursor) bool {
			p, ok := prev[row.cell("CHILD").String()]
			if !ok {
				return false
			}
			now := row.cell(col)
			if now.Blank() || p.Blank() {
				return now.Blank() != p.Blank()
			}
			if fold {
				return !strings.EqualFold(now.String(), p.String())
			}
			return now.String() != p.String()
		})
	}
	return r
}

func rule202() *Rule {
	return changedSinceLastYear("202", "The gender code conflicts with the gender already recorded for this child.", "SEX", false)
}

func rule203() *Rule {
	return changedSinceLastYear("203", "Date of birth disagrees with the date of birth already recorded for this child.", "DOB", false)
}

func rule204() *Rule {
	return changedSinceLastYear("204", "Ethnic origin code disagrees with the ethnic origin already recorded for this child.", "ETHNIC", true)
}

// 207: a child recorded as a mother (1) last year is still one.
func rule207() *Rule {
	r := &Rule{Code: "207", Message: "Mother status for the current year disagrees with the mother status already recorded for this child.", Fields: []string{"MOTHER"},
		Tables: []TableID{Header, HeaderLast, Episodes}, Topic: "header_child", needs: []need{needTable(Header), needTable(HeaderLast), needTable(Episodes)}}
	r.check = func(c *Check) {
		last := c.Table(HeaderLast)
		wasMother := c.childrenWhere(HeaderLast, func(i int) bool { return last.Cell(i, "MOTHER").Is("1") })
		inCare := c.childrenWhere(Episodes, nil)
		eachRowAt(c, Header, func(i int, row *rowCursor) bool {
			k := c.childKey(Header, i)
			return wasMother[k] && inCare[k] && !row.cell("MOTHER").Is("1")
		})
	}
	return r
}
