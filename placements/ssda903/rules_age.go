package ssda903

import "github.com/stablehomes/stablehomes"

// Minimum ages for placement types (rule index topics "placement",
// "episode_dates"): the child must have reached the age on the day the
// episode starts.

// minAgeRule fails episodes of placement type place that start before the
// child's birthday of that age. Like the peer (its rule_utils
// decom_before_dob, https://github.com/data-to-insight/csc-validator-be-903),
// it judges ended episodes only: an episode with no valid DEC is left to the
// return that closes it. DfE's message speaks of the child's age in the
// placement, and an open placement's start is known, so judging it too
// would be no worse a reading; but it is no better either, and authorities
// compare our report with the peer's (issue 14, branch agree97). The date
// of birth is each of the child's Header rows' (anyHeaderDOB): a CHILD
// repeated in Header fails if any of its dates does, a blank CHILD never.
func minAgeRule(code, msg, place string, age int) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: []string{"DECOM", "PLACE"}, Tables: []TableID{Episodes, Header}, Topic: "placement",
		needs: []need{needTable(Episodes), needTable(Header)}, rowLocal: true}
	r.check = func(c *Check) {
		rowsOf := headerRowsByChild(c)
		eachRow(c, Episodes, func(row *rowCursor) bool {
			if !row.cell("PLACE").Is(place) {
				return false
			}
			decom, ok := row.date("DECOM")
			if !ok {
				return false
			}
			if _, ok := row.date("DEC"); !ok {
				return false
			}
			return anyHeaderDOB(c, rowsOf, row.cell("CHILD"), func(dob stablehomes.Date) bool { return decom.Before(dob.AddYears(age)) })
		})
	}
	return r
}

func rule370(age int) *Rule {
	return minAgeRule("370", "Child in independent living should be at least "+itoa(age)+".", "P2", age)
}

func rule371(place string, age int) *Rule {
	msg := "Child in semi-independent living accommodation not subject to children’s homes regulations should be at least " + itoa(age) + "."
	if place == "K3" {
		msg = "Child in supported accomodation not subject to children’s homes regulations should be at least " + itoa(age) + "."
	}
	return minAgeRule("371", msg, place, age)
}

func rule372() *Rule {
	return minAgeRule("372", "Child in youth custody or prison should be at least 10.", "R5", 10)
}

func rule373() *Rule {
	return minAgeRule("373", "Child placed in a school should be at least 4 years old.", "S1", 4)
}

func rule374() *Rule {
	return minAgeRule("374", "Child in residential employment should be at least 14 years old.", "P3", 14)
}

// 217: adoption placements with the current foster carer (A3, A5) starting
// on or after 1 April 2015 must have RNE S, T or U.
var adoptionRNEFrom = stablehomes.MustDate(2015, 4, 1)

func rule217() *Rule {
	return episodeRule("217", "Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.", "placement", []string{"PLACE", "DECOM", "RNE"},
		func(row *rowCursor) bool {
			p := row.cell("PLACE")
			if !p.Is("A3") && !p.Is("A5") {
				return false
			}
			d, ok := row.date("DECOM")
			return ok && !d.Before(adoptionRNEFrom) && !rneStartOrTemporary.has(row.cell("RNE"))
		})
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}
