package ssda903

// 503A-503J: the first episode of this year carries over the episode open
// at the end of last year (rule index topics "placement",
// "location_distance", "new_or_ceased_reason").

// openAtEndLastYear maps each child to last year's latest open episode
// (no DEC).
func openAtEndLastYear(c *Check) map[string]int {
	prev := c.Table(EpisodesLast)
	out := map[string]int{}
	for _, seq := range c.Sequences(EpisodesLast).All() {
		for k := len(seq) - 1; k >= 0; k-- {
			if prev.Cell(int(seq[k]), "DEC").Blank() {
				out[prev.Cell(int(seq[k]), "CHILD").String()] = int(seq[k])
				break
			}
		}
	}
	return out
}

// rule503 compares field col; same reports equal values (after any
// recoding between years).
func rule503(code, msg, col, topic string, same func(now, last Cell) bool) *Rule {
	return &Rule{Code: code, Message: msg, Fields: []string{col}, Tables: []TableID{Episodes, EpisodesLast}, Topic: topic,
		needs: []need{needTable(Episodes), needTable(EpisodesLast)},
		check: func(c *Check) {
			open := openAtEndLastYear(c)
			cur, prev := c.Table(Episodes), c.Table(EpisodesLast)
			for _, seq := range c.Sequences(Episodes).All() {
				first := seq[0]
				l, ok := open[cur.Cell(int(first), "CHILD").String()]
				if ok && !same(cur.Cell(int(first), col), prev.Cell(l, col)) {
					c.Fail(Episodes, int(first))
				}
			}
		}}
}

func exactly(now, last Cell) bool { return sameValue(now, last, false) }

func rule503A() *Rule {
	return rule503("503A", "The reason for new episode in the first episode does not match open episode at end of last year.", "RNE", "new_or_ceased_reason", exactly)
}

func rule503B() *Rule {
	return rule503("503B", "The legal status in the first episode does not match open episode at end of last year.", "LS", "legal_status", exactly)
}

func rule503C() *Rule {
	return rule503("503C", "The category of need in the first episode does not match open episode at end of last year.", "CIN", "header_child", exactly)
}

// 503D: placement type; recodings between years count as the same
// placement (H5 became K3 in 2024-25; Z1 became Z11-Z14 in 2025-26).
func rule503D(recoded map[string]codeSet) *Rule {
	return rule503("503D", "The placement type in the first episode does not match open episode at end of last year", "PLACE", "placement",
		func(now, last Cell) bool {
			if exactly(now, last) {
				return true
			}
			return now.Has() && last.Has() && recoded[last.String()].has(now)
		})
}

func rule503E() *Rule {
	return rule503("503E", "The placement provider in the first episode does not match open episode at end of last year.", "PLACE_PROVIDER", "placement", exactly)
}

func rule503F() *Rule {
	return rule503("503F", "The Ofsted URN in the  first episode does not match open episode at end of last year.", "URN", "placement", exactly)
}

func rule503G() *Rule {
	r := rule503("503G", "The distance in first episode does not match open episode at end of last year.", ColPlacementDistance, "location_distance",
		func(now, last Cell) bool { return sameValue(now, last, true) })
	r.needs = []need{needColumn(Episodes, ColPlacementDistance), needColumn(EpisodesLast, ColPlacementDistance)}
	return r
}

func rule503H() *Rule {
	r := rule503("503H", "The placement LA in first episode does not match open episode at end of last year.", ColPlacementLA, "location_distance", exactly)
	r.needs = []need{needColumn(Episodes, ColPlacementLA), needColumn(EpisodesLast, ColPlacementLA)}
	return r
}

func rule503J() *Rule {
	r := rule503("503J", "The placement location in first episode does not match open episode at end of last year.", ColPlacementLocation, "location_distance", exactly)
	r.needs = []need{needColumn(Episodes, ColPlacementLocation), needColumn(EpisodesLast, ColPlacementLocation)}
	return r
}
