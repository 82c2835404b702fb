package ssda903

// Care leavers (OC3; rule index topic "oc3_care_leavers"; DfE code lists
// and validation rules, https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications).

var oc3Fields = []string{"IN_TOUCH", "ACTIV", "ACCOM"}

// oc3Rule builds a row-local OC3 rule.
func oc3Rule(code, msg string, fields []string, fails func(c *Check, row *rowCursor) bool) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{OC3}, Topic: "oc3_care_leavers",
		needs: []need{needTable(OC3)}, rowLocal: true}
	r.check = func(c *Check) {
		eachRow(c, OC3, func(row *rowCursor) bool { return fails(c, row) })
	}
	return r
}

// requiredCodeRule: the field must hold a valid code; blank fails too.
func requiredCodeRule(code, msg, col string, valid codeSet) *Rule {
	return oc3Rule(code, msg, []string{col}, func(_ *Check, row *rowCursor) bool { return !valid.has(row.cell(col)) })
}

func rule131() *Rule {
	return requiredCodeRule("131", "Data entry for being in touch after leaving care is invalid.", "IN_TOUCH", inTouchCodes)
}

func rule132() *Rule {
	return requiredCodeRule("132", "Data entry for activity after leaving care is invalid.", "ACTIV", activCodes)
}

func rule133() *Rule {
	return requiredCodeRule("133", "Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid", "ACCOM", accomCodes)
}

// 134: no adoption data (AD1) for a young person in the OC3 cohort.
func rule134() *Rule {
	adoption := []string{"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"}
	r := &Rule{Code: "134", Message: "Data on adoption should not be entered for the OC3 cohort.", Fields: append(append([]string{}, oc3Fields...), adoption...),
		Tables: []TableID{OC3, AD1}, Topic: "oc3_care_leavers", needs: []need{needTable(OC3), needTable(AD1)}}
	r.check = func(c *Check) {
		oc3 := c.Table(OC3)
		cohort := map[string]bool{}
		for i := range oc3.Len() {
			for _, f := range oc3Fields {
				if oc3.Cell(i, f).Has() {
					cohort[oc3.Cell(i, "CHILD").String()] = true
				}
			}
		}
		ad := c.Table(AD1)
		for i := range ad.Len() {
			if !cohort[ad.Cell(i, "CHILD").String()] {
				continue
			}
			for _, f := range adoption {
				if ad.Cell(i, f).Has() {
					c.Fail(AD1, i)
					break
				}
			}
		}
	}
	return r
}

// 153: IN_TOUCH, ACTIV and ACCOM all given or all blank.
func rule153() *Rule {
	return oc3Rule("153", "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.", oc3Fields,
		func(_ *Check, row *rowCursor) bool {
			n := 0
			for _, f := range oc3Fields {
				if row.cell(f).Has() {
					n++
				}
			}
			return n > 0 && n < len(oc3Fields)
		})
}

// 344: a young person who died or went home (RHOM) has activity and
// accommodation 0.
func rule344() *Rule {
	return oc3Rule("344", "The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.", oc3Fields,
		func(_ *Check, row *rowCursor) bool {
			it := row.cell("IN_TOUCH")
			return (it.Is("DIED") || it.Is("RHOM")) && (!row.cell("ACTIV").Is("0") || !row.cell("ACCOM").Is("0"))
		})
}

// 345: in touch (YES) means activity and accommodation are known (not 0).
func rule345() *Rule {
	return oc3Rule("345", "The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.", oc3Fields,
		func(_ *Check, row *rowCursor) bool {
			return row.cell("IN_TOUCH").Is("YES") && (row.cell("ACTIV").Is("0") || row.cell("ACCOM").Is("0"))
		})
}

// 347 (2023-24): a care leaver under 18 (at the collection start) cannot be
// in a foyer (ACCOM T1 or T2). The peer compares with a bare "T", which no
// real code equals (reference §1.7); we check T1/T2.
func rule347() *Rule {
	return oc3Rule("347", "Care leavers aged under 18 years, can not be accommodated in a Foyer.", []string{"ACCOM", "DOB"},
		func(c *Check, row *rowCursor) bool {
			if !accomT1T2.has(row.cell("ACCOM")) {
				return false
			}
			dob, ok := row.date("DOB")
			return ok && dob.AgeOn(c.Start()) < 18
		})
}

// 348 (2025-26): a young person reported as having died last year is
// reported as died again.
func rule348() *Rule {
	r := &Rule{Code: "348", Message: "Care leaver has previously been reported as having died. ", Fields: []string{"IN_TOUCH"},
		Tables: []TableID{OC3, OC3Last}, Topic: "oc3_care_leavers", needs: []need{needTable(OC3), needTable(OC3Last)}, rowLocal: true}
	r.check = func(c *Check) {
		last := c.Table(OC3Last)
		died := map[string]bool{}
		for i := range last.Len() {
			if last.Cell(i, "IN_TOUCH").Is("DIED") {
				died[last.Cell(i, "CHILD").String()] = true
			}
		}
		eachRow(c, OC3, func(row *rowCursor) bool {
			return died[row.cell("CHILD").String()] && !row.cell("IN_TOUCH").Is("DIED")
		})
	}
	return r
}

// 391: no OC3 data for a young person under 17 at the collection end. DfE's
// condition tests only that lower bound (DOB less than 17 years before the
// collection end), though the message also names 21.
func rule391() *Rule {
	return oc3Rule("391", "Young person was not 17, 18, 19, 20 or 21 during the current collection year. ", []string{"DOB", "IN_TOUCH", "ACTIV", "ACCOM"},
		func(c *Check, row *rowCursor) bool {
			filled := false
			for _, f := range oc3Fields {
				filled = filled || row.cell(f).Has()
			}
			dob, ok := row.date("DOB")
			if !filled || !ok {
				return false
			}
			return dob.AgeOn(c.End()) < 17
		})
}
