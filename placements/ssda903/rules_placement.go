package ssda903

import "unsafe"

// Placement type and provider rules (rule index topic "placement").

// episodeRule builds a rule judging each Episodes row on its own.
func episodeRule(code, msg, topic string, fields []string, fails func(row func(string) Cell) bool) *Rule {
	return &Rule{
		Code: code, Message: msg, Fields: fields, Tables: []TableID{Episodes}, Topic: topic,
		needs:    []need{needTable(Episodes)},
		check:    func(c *Check) { eachRow(c, Episodes, fails) },
		rowLocal: true,
	}
}

// eachRow fails every row of table id for which fails is true; row(col)
// reads the row's cell in a column (columns are looked up once).
func eachRow(c *Check, id TableID, fails func(row func(string) Cell) bool) {
	// eachRowAt's loop, without a wrapper to call in every row.
	t := c.Table(id)
	row, at := rowReader(t)
	keys := c.keysOf(id)
	for i := 0; i < t.Len(); i++ {
		c.poll(i)
		c.cur = keys[i] + 1
		*at = i
		if fails(row) {
			c.Fail(id, i)
		}
	}
	c.cur = 0
}

// rowReader returns row(col), which reads the cell of row *at in column
// col of t, looking each column up once.
func rowReader(t *Table) (row func(string) Cell, at *int) {
	// Rules name their columns with string literals, and the linker keeps
	// one copy of each literal, so a name is recognised by where its bytes
	// are (one comparison) before it is compared byte by byte.
	type named struct {
		data *byte
		name string
		col  *Column
	}
	var cols []named
	// Checks read their columns in the same order in every row: try the
	// one after the last read (or the first, for a new row) before
	// scanning.
	i, next := 0, 0
	row = func(name string) Cell {
		if next >= len(cols) {
			next = 0
		}
		if next < len(cols) {
			if n := &cols[next]; n.data == unsafe.StringData(name) && len(n.name) == len(name) {
				next++
				return n.col.Cell(i)
			}
		}
		for p := range cols {
			if n := &cols[p]; sameName(n.name, name) {
				next = p + 1
				return n.col.Cell(i)
			}
		}
		col := t.Column(name)
		cols = append(cols, named{unsafe.StringData(name), name, col})
		next = len(cols)
		return col.Cell(i)
	}
	return row, &i
}

// eachRowAt is eachRow for checks that also need the row's index (to read
// keyed facts: c.childKey(id, i), c.dobAt(id, i)).
func eachRowAt(c *Check, id TableID, fails func(i int, row func(string) Cell) bool) {
	t := c.Table(id)
	row, at := rowReader(t)
	keys := c.keysOf(id)
	for i := 0; i < t.Len(); i++ {
		c.poll(i)
		c.cur = keys[i] + 1
		*at = i
		if fails(i, row) {
			c.Fail(id, i)
		}
	}
	c.cur = 0
}

// 146: PLACE must be a valid code for the year; a null PLACE is left to
// other rules, but an empty string is not a code.
func rule146(valid codeSet) *Rule {
	return episodeRule("146", "Placement type code is not a valid code.", "placement", []string{"PLACE"},
		func(row func(string) Cell) bool {
			p := row("PLACE")
			return p.Has() && !valid.has(p)
		})
}

// 178: PLACE_PROVIDER, when given, must be PR0-PR5 and must be blank for
// placements that take no provider (the list differs by year; see the
// conformance notes on the peer's T4 inconsistency).
func rule178(noProvider codeSet) *Rule {
	return episodeRule("178", "Placement provider code is not a valid code.", "placement", []string{"PLACE_PROVIDER"},
		func(row func(string) Cell) bool {
			pp := row("PLACE_PROVIDER")
			if !pp.Has() {
				return false
			}
			return !providerCodes.has(pp) || noProvider.has(row("PLACE"))
		})
}

// 213: no provider for temporary (and, from 2025-26, Z11-Z14) placements.
func rule213(noProvider codeSet) *Rule {
	return episodeRule("213", "Placement provider information not required.", "placement", []string{"PLACE_PROVIDER"},
		func(row func(string) Cell) bool {
			return noProvider.has(row("PLACE")) && row("PLACE_PROVIDER").Has()
		})
}

// 526: every other placement needs a provider.
func rule526(noProvider codeSet) *Rule {
	return episodeRule("526", "Child is missing a placement provider code for at least one episode.", "placement", []string{"PLACE", "PLACE_PROVIDER"},
		func(row func(string) Cell) bool {
			return !noProvider.has(row("PLACE")) && row("PLACE_PROVIDER").Blank()
		})
}

// providerPlaceRule: provider code `provider` cannot go with these places.
func providerPlaceRule(code, msg, provider string, places codeSet) *Rule {
	return episodeRule(code, msg, "placement", []string{"PLACE", "PLACE_PROVIDER"},
		func(row func(string) Cell) bool {
			return row("PLACE_PROVIDER").Is(provider) && places.has(row("PLACE"))
		})
}

func rule527() *Rule {
	return providerPlaceRule("527", "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.", "PR1", codes("P1", "R2", "R5"))
}

func rule528() *Rule {
	return providerPlaceRule("528", "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.", "PR2", codes("P1", "R2", "R5"))
}

func rule529() *Rule {
	return providerPlaceRule("529", "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.",
		"PR3", adoptionPlaces.with("P1", "K1", "K2", "U1", "U2", "U3", "U4", "U5", "U6"))
}

func rule530() *Rule {
	return providerPlaceRule("530", "A placement provider code of PR4 cannot be associated with placement P1.", "PR4", codes("P1"))
}

func rule531() *Rule {
	return providerPlaceRule("531", "A placement provider code of PR5 cannot be associated with placements P1.", "PR5", codes("P1"))
}

// 550: PR0 (parents) only with P1. A blank PLACE with PR0 fails too.
func rule550() *Rule {
	return episodeRule("550", "A placement provider code of PR0 can only be associated with placement P1.", "placement", []string{"PLACE", "PLACE_PROVIDER"},
		func(row func(string) Cell) bool {
			return row("PLACE_PROVIDER").Is("PR0") && !row("PLACE").Is("P1")
		})
}

// 1015: own provision (PR1), other than foster or adoption placements and
// short breaks, must be inside the authority's own area. DfE's condition is
// that PL_LA must equal the authority: a PL_LA left blank (no placement
// postcode, or one the postcode directory does not hold) does not, so it
// fails too, as in the peer.
func rule1015() *Rule {
	r := &Rule{
		Code: "1015", Message: "Placement provider is own provision but child not placed in own LA.",
		Fields: []string{"PL_LA"}, Tables: []TableID{Episodes}, Topic: "location_distance",
		needs:    []need{needTable(Episodes), needMeta(needLocalAuthority), needColumn(Episodes, ColPlacementLA)},
		rowLocal: true,
	}
	exempt := adoptionPlaces.with("U1", "U2", "U3", "U4", "U5", "U6")
	r.check = func(c *Check) {
		la := c.Ret.Metadata.LocalAuthority
		eachRow(c, Episodes, func(row func(string) Cell) bool {
			place, ls, pl := row("PLACE"), row("LS"), row(ColPlacementLA)
			return row("PLACE_PROVIDER").Is("PR1") && place.Has() && !exempt.has(place) &&
				ls.Has() && !shortBreaks.has(ls) && !pl.Is(la)
		})
	}
	return r
}
