package ssda903

import "github.com/stablehomes/stablehomes"

// Deprivation of liberty orders (DoLo, from 2026-27) against the placement
// the child is in while the order runs (DfE validation rules for 2026-27,
// https://www.gov.uk/government/publications/children-looked-after-return-2026-to-2027-technical-specifications: 709
// expects K2, Z12 or Z13; 710 forbids K1, P1, R5 and K3).

// doloPlacementRule flags each DoLo row and each episode it overlaps whose
// PLACE fails ok. An order or episode with no end runs to the collection
// end. The peer reads a column named PLACEMENT, which no 903 table has; we
// read PLACE (listed in the conformance differences).
func doloPlacementRule(code, msg string, ok func(place Cell) bool) *Rule {
	return &Rule{Code: code, Message: msg, Fields: []string{"DOLO_START", "PLACE"}, Tables: []TableID{DoLo, Episodes}, Topic: "dolo",
		needs: []need{needTable(DoLo), needTable(Episodes)},
		check: func(c *Check) {
			dl, ep := c.Table(DoLo), c.Table(Episodes)
			eps := map[string][]int{}
			for i := range ep.Len() {
				eps[ep.Cell(i, "CHILD").String()] = append(eps[ep.Cell(i, "CHILD").String()], i)
			}
			until := func(t *Table, i int, col string) (stablehomes.Date, bool) {
				if t.Cell(i, col).Blank() {
					return c.End(), true
				}
				return date(t, i, col)
			}
			for i := range dl.Len() {
				from, ok1 := date(dl, i, "DOLO_START")
				to, ok2 := until(dl, i, "DOLO_END")
				if !ok1 || !ok2 {
					continue
				}
				for _, e := range eps[dl.Cell(i, "CHILD").String()] {
					a, ok3 := date(ep, e, "DECOM")
					b, ok4 := until(ep, e, "DEC")
					if !ok3 || !ok4 || from.After(b) || to.Before(a) {
						continue
					}
					if !ok(ep.Cell(e, "PLACE")) {
						c.Fail(DoLo, i)
						c.Fail(Episodes, e)
					}
				}
			}
		}}
}

func rule709() *Rule {
	return doloPlacementRule("709", "Child with a DoLO is in an unexpected placement type.",
		func(p Cell) bool { return placeDoLoExpected.has(p) })
}

func rule710() *Rule {
	return doloPlacementRule("710", "Child with a DoLO can not be placed in secure children's homes, with parents, young offender institutions, or supported accommodation.",
		func(p Cell) bool { return !placeDoLoUnexpected.has(p) })
}
