package ssda903

// Social worker episodes (SWEpisodes, from 2023-24) and the care-leaver
// birthday rule 1016.

// 1016 (2023-24): no care-leaver information for a young person who
// ceased to be looked after on or after the 17th or 18th birthday that falls
// in the collection year.
func rule1016() *Rule {
	return oc3ChildRule("1016", "Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.",
		[]string{"IN_TOUCH", "ACTIV", "ACCOM", "DEC"}, []TableID{OC3, Episodes}, []need{needTable(Episodes)}, true, func(c *Check) map[string]bool {
			oc3, dec := c.Table(OC3), c.Table(Episodes).Column("DEC")
			ended := c.rowsOf(Episodes)
			out := map[string]bool{}
			for i, k := range c.keysOf(OC3) {
				dob, ok := date(oc3, i, "DOB")
				if !ok {
					continue
				}
				ch := oc3.Cell(i, "CHILD").String()
				for _, age := range [...]int{17, 18} {
					b := dob.AddYears(age)
					if b.Before(c.Start()) || b.After(c.End()) {
						continue
					}
					for _, e := range ended.of(k) {
						if d, ok := dec.dateAt(int(e)); ok && !d.Before(b) {
							out[ch] = true
						}
					}
				}
			}
			return out
		})
}

// SW01STG1 (2023-24 only): social worker episode rows are complete
// (SW_ID, SW_DECOM, SW_REASON), except for children whose care ended or who
// are on short breaks.
func ruleSW01STG1() *Rule {
	r := &Rule{Code: "SW01STG1", Message: "Child looked after on 31 March, but no social worker episode information is reported",
		Fields: []string{"DEC"}, Tables: []TableID{SWEpisodes, Episodes}, Topic: "social_worker",
		needs: []need{needTable(SWEpisodes), needTable(Episodes)}, rowLocal: true}
	r.check = func(c *Check) {
		ep := c.Table(Episodes)
		exempt := c.childrenWhere(Episodes, func(i int) bool { return ep.Cell(i, "DEC").Has() || shortBreaks.has(ep.Cell(i, "LS")) })
		eachRowAt(c, SWEpisodes, func(i int, row *rowCursor) bool {
			return !exempt.row(c, SWEpisodes, i) && !allHave(row, []string{"SW_ID", "SW_DECOM", "SW_REASON"})
		})
	}
	return r
}
