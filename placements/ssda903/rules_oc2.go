package ssda903

import "math"

// Health and outcomes of children looked after for 12 months (OC2; rule
// index topic "oc2").

// The four items every OC2 child has (rules 182, 191, 544, 547).
var oc2Core = []string{"IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"}

// All the 0/1 items (rules 181, 182, 190).
var oc2Items = []string{"CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
	"SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"}

func anyHas(row *rowCursor, cols []string) bool {
	for _, c := range cols {
		if row.cell(c).Has() {
			return true
		}
	}
	return false
}

// anyHasAt is anyHas for row i of table t.
func anyHasAt(t *Table, i int, cols []string) bool {
	for _, c := range cols {
		if t.Cell(i, c).Has() {
			return true
		}
	}
	return false
}

func allHave(row *rowCursor, cols []string) bool {
	for _, c := range cols {
		if !row.cell(c).Has() {
			return false
		}
	}
	return true
}

// oc2Rule builds a row-local OC2 rule; withCLA adds the Episodes table
// (for the 12-month cohort).
func oc2Rule(code, msg string, fields []string, withCLA bool, fails func(c *Check, row *rowCursor) bool) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{OC2}, Topic: "oc2",
		needs: []need{needTable(OC2)}, rowLocal: true}
	if withCLA {
		r.Tables = append(r.Tables, Episodes)
		r.needs = append(r.needs, needTable(Episodes))
	}
	r.check = func(c *Check) {
		eachRow(c, OC2, func(row *rowCursor) bool { return fails(c, row) })
	}
	return r
}

// cla reports an OC2 row's child in the 12-month cohort.
func cla(c *Check, row *rowCursor) bool {
	_, ok := c.LookedAfter12Months(row.cell("CHILD").String())
	return ok
}

// ages gives the child's age (OC2 DOB) at the collection start and end.
func ages(c *Check, row *rowCursor) (atStart, atEnd int, ok bool) {
	dob, ok := row.date("DOB")
	if !ok {
		return 0, 0, false
	}
	return dob.AgeOn(c.Start()), dob.AgeOn(c.End()), true
}

// 157: SDQ1 (no form: child under 4 or over 16) is wrong, when no score is
// given, for a child aged 4 or more at the start whose 16th birthday falls
// on or after the collection end (DOB + 4 years <= start, DOB + 16 years >=
// end: the peer's reading, followed since issue 14 so that both tools flag
// the same children; before, any child still 16 at the end was flagged and
// a score beside SDQ1 did not excuse it).
func rule157() *Rule {
	return oc2Rule("157", "Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.",
		[]string{"SDQ_REASON", "DOB", "SDQ_SCORE"}, true, func(c *Check, row *rowCursor) bool {
			dob, ok := row.date("DOB")
			return ok && cla(c, row) && !dob.AddYears(4).After(c.Start()) && !dob.AddYears(16).Before(c.End()) &&
				row.cell("SDQ_SCORE").Blank() && row.cell("SDQ_REASON").Is("SDQ1")
		})
}

// 158: an intervention received means the "offered" item stays blank.
func rule158() *Rule {
	return oc2Rule("158", "If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.",
		[]string{"INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"}, false, func(_ *Check, row *rowCursor) bool {
			return row.cell("INTERVENTION_RECEIVED").Is("1") && row.cell("INTERVENTION_OFFERED").Has()
		})
}

// 159: a substance misuse problem without an intervention received needs
// the "offered" item.
func rule159() *Rule {
	return oc2Rule("159", "If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.",
		[]string{"SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"}, false, func(_ *Check, row *rowCursor) bool {
			return row.cell("SUBSTANCE_MISUSE").Is("1") && row.cell("INTERVENTION_RECEIVED").Is("0") && row.cell("INTERVENTION_OFFERED").Blank()
		})
}

// 180: an SDQ score is a whole number from 0 to 40.
func rule180() *Rule {
	return oc2Rule("180", "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.", []string{"SDQ_SCORE"}, false,
		func(_ *Check, row *rowCursor) bool {
			s := row.cell("SDQ_SCORE")
			if !s.Has() {
				return false
			}
			f, err := s.Float()
			return err != nil || f < 0 || f > 40 || f != math.Trunc(f)
		})
}

// 181: the 0/1 items hold 0 or 1.
func rule181() *Rule {
	return oc2Rule("181", "Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.", oc2Items, false,
		func(_ *Check, row *rowCursor) bool {
			for _, col := range oc2Items {
				if v := row.cell(col); v.Has() && !v.Is("0") && !v.Is("1") {
					return true
				}
			}
			return false
		})
}

// 182: the four core items are all completed, or every item is blank.
func rule182() *Rule {
	return oc2Rule("182", "Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.", oc2Items, false,
		func(_ *Check, row *rowCursor) bool {
			return !allHave(row, oc2Core) && anyHas(row, oc2Items)
		})
}

// 185, 190, 198: OC2 data only for the 12-month cohort.
func notCLARule(code, msg string, cols []string) *Rule {
	return oc2Rule(code, msg, cols, true, func(c *Check, row *rowCursor) bool {
		return !cla(c, row) && anyHas(row, cols)
	})
}

func rule185() *Rule {
	return notCLARule("185", "Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.", []string{"SDQ_SCORE"})
}

func rule190() *Rule {
	return notCLARule("190", "Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.", oc2Items)
}

func rule198() *Rule {
	return notCLARule("198", "Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed. ", []string{"SDQ_REASON"})
}

// 186: an SDQ score or a reason for none for cohort children aged 4 to 16.
func rule186() *Rule {
	return oc2Rule("186", "Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.",
		[]string{"SDQ_SCORE"}, true, func(c *Check, row *rowCursor) bool {
			s, e, ok := ages(c, row)
			return ok && cla(c, row) && s >= 4 && e < 17 && row.cell("SDQ_SCORE").Blank() && row.cell("SDQ_REASON").Blank()
		})
}

// 188, 189: no SDQ for children under 4 at the end or 17 or over at the
// start.
func rule188() *Rule {
	return oc2Rule("188", "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed. ",
		[]string{"SDQ_SCORE"}, false, func(c *Check, row *rowCursor) bool {
			_, e, ok := ages(c, row)
			return ok && e < 4 && (row.cell("SDQ_SCORE").Has() || row.cell("SDQ_REASON").Has())
		})
}

func rule189() *Rule {
	return oc2Rule("189", "Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.",
		[]string{"DOB", "SDQ_SCORE", "SDQ_REASON"}, false, func(c *Check, row *rowCursor) bool {
			// DfE's condition: DOB more than 17 years before the
			// collection start, so a child turning 17 on 1 April passes.
			dob, ok := row.date("DOB")
			return ok && dob.AddYears(17).Before(c.Start()) && (row.cell("SDQ_SCORE").Has() || row.cell("SDQ_REASON").Has())
		})
}

// 191: cohort children have the four core items; a cohort child with no
// OC2 row at all is flagged on the episode open at the end.
func rule191() *Rule {
	return &Rule{Code: "191", Message: "Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.",
		Fields: oc2Core, Tables: []TableID{OC2, Episodes}, Topic: "oc2", needs: []need{needTable(OC2), needTable(Episodes)},
		check: func(c *Check) {
			has := c.childrenWhere(OC2, nil)
			eachRow(c, OC2, func(row *rowCursor) bool { return cla(c, row) && !allHave(row, oc2Core) })
			for _, child := range c.ByChild(Episodes).Children.All() {
				if row, ok := c.LookedAfter12Months(child); ok && !has.has(c, child) {
					c.Fail(Episodes, row)
				}
			}
		}}
}

// 192: a substance misuse problem needs "intervention received".
func rule192() *Rule {
	return oc2Rule("192", "Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.",
		[]string{"SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED"}, false, func(_ *Check, row *rowCursor) bool {
			return row.cell("SUBSTANCE_MISUSE").Is("1") && row.cell("INTERVENTION_RECEIVED").Blank()
		})
}

// 193: without a substance misuse problem, the intervention items stay
// blank.
// 193: no substance misuse problem (SUBSTANCE_MISUSE 0 or blank) means the
// intervention items stay blank. A SUBSTANCE_MISUSE that is no code is 181's
// fault, not this rule's (as the peer reads it, issue 14; before, any value
// but 1 counted as "no problem").
func rule193() *Rule {
	return oc2Rule("193", "Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.",
		[]string{"SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"}, false, func(_ *Check, row *rowCursor) bool {
			sm := row.cell("SUBSTANCE_MISUSE")
			return (sm.Blank() || sm.Is("0")) && (row.cell("INTERVENTION_RECEIVED").Has() || row.cell("INTERVENTION_OFFERED").Has())
		})
}

func rule196() *Rule {
	return validCodeRule("196", "Strengths and Difficulties (SDQ) reason is not a valid code.", "oc2", OC2, "SDQ_REASON", sdqReasonCodes)
}

// 197a: a reason for no SDQ score only when there is no score.
func rule197a() *Rule {
	return oc2Rule("197a", "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.",
		[]string{"SDQ_SCORE", "SDQ_REASON"}, false, func(_ *Check, row *rowCursor) bool {
			return row.cell("SDQ_SCORE").Has() && row.cell("SDQ_REASON").Has()
		})
}

// 197B: cohort children turning 4 or 17 in the year need a score or a
// reason.
func rule197B() *Rule {
	return oc2Rule("197B", "SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.", []string{"SDQ_REASON", "DOB"}, true,
		func(c *Check, row *rowCursor) bool {
			dob, ok := row.date("DOB")
			if !ok || !cla(c, row) || row.cell("SDQ_SCORE").Has() || row.cell("SDQ_REASON").Has() {
				return false
			}
			for _, age := range []int{4, 17} {
				if b := dob.AddYears(age); !b.Before(c.Start()) && !b.After(c.End()) {
					return true
				}
			}
			return false
		})
}

// 542: no conviction item under 10 at 31 March (age of criminal
// responsibility).
func rule542() *Rule {
	return oc2Rule("542", "A child aged under 10 at 31 March should not have conviction information completed.", []string{"CONVICTED"}, false,
		func(c *Check, row *rowCursor) bool {
			_, e, ok := ages(c, row)
			return ok && e < 10 && row.cell("CONVICTED").Has()
		})
}

// 543: cohort children aged 10 or over need the conviction item.
func rule543() *Rule {
	return oc2Rule("543", "Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.", []string{"CONVICTED"}, true,
		func(c *Check, row *rowCursor) bool {
			_, e, ok := ages(c, row)
			return ok && cla(c, row) && e >= 10 && row.cell("CONVICTED").Blank()
		})
}

// 544, 547: conviction or health-promotion information needs the four core
// items.
// 544: a child convicted during the year (CONVICTED 1) has the four core
// items. "Conviction information completed" read as for 547's health
// promotion: the item answered 1, as the peer checks (issue 14; before, a
// CONVICTED of 0 counted too).
func rule544() *Rule {
	return oc2Rule("544", "Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.",
		append([]string{"CONVICTED"}, oc2Core...), false, func(_ *Check, row *rowCursor) bool {
			return row.cell("CONVICTED").Is("1") && !allHave(row, oc2Core)
		})
}

func rule547() *Rule {
	return oc2Rule("547", "Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.",
		append([]string{"HEALTH_CHECK"}, oc2Core...), false, func(_ *Check, row *rowCursor) bool {
			return row.cell("HEALTH_CHECK").Is("1") && !allHave(row, oc2Core)
		})
}

// 545: cohort children under 5 need the health-promotion (development
// check) item; 546: not for cohort children 5 or over (DfE's condition
// names CONTINUOUSLY_LOOKED_AFTER = 'Y'; a child outside the cohort with
// OC2 data is rule 190's).
func rule545() *Rule {
	return oc2Rule("545", "Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.", []string{"HEALTH_CHECK"}, true,
		func(c *Check, row *rowCursor) bool {
			_, e, ok := ages(c, row)
			return ok && cla(c, row) && e < 5 && row.cell("HEALTH_CHECK").Blank()
		})
}

func rule546() *Rule {
	return oc2Rule("546", "Children aged 5 or over at 31 March should not have health promotion information completed.", []string{"DOB", "HEALTH_CHECK"}, true,
		func(c *Check, row *rowCursor) bool {
			_, e, ok := ages(c, row)
			return ok && e >= 5 && cla(c, row) && row.cell("HEALTH_CHECK").Has()
		})
}
