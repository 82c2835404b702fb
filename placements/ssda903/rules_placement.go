package ssda903

import (
	"unsafe"

	"github.com/stablehomes/stablehomes"
)

// Placement type and provider rules (rule index topic "placement").

// episodeRule builds a rule judging each Episodes row on its own.
func episodeRule(code, msg, topic string, fields []string, fails func(row *rowCursor) bool) *Rule {
	return &Rule{
		Code: code, Message: msg, Fields: fields, Tables: []TableID{Episodes}, Topic: topic,
		needs:    []need{needTable(Episodes)},
		check:    func(c *Check) { eachRow(c, Episodes, fails) },
		rowLocal: true,
	}
}

// eachRow fails every row of table id for which fails is true; row.cell(col)
// reads the row's cell in a column (columns are looked up once).
func eachRow(c *Check, id TableID, fails func(row *rowCursor) bool) {
	// eachRowAt's loop, without a wrapper to call in every row.
	t := c.Table(id)
	row := newRowCursor(t)
	keys := c.keysOf(id)
	for i := 0; i < t.Len(); i++ {
		c.poll(i)
		c.cur = keys[i] + 1
		row.at(i)
		if fails(row) {
			c.Fail(id, i)
		}
	}
	c.cur = 0
}

// eachRowAt is eachRow for checks that also need the row's index (to read
// keyed facts: c.childKey(id, i), c.dobAt(id, i)).
func eachRowAt(c *Check, id TableID, fails func(i int, row *rowCursor) bool) {
	t := c.Table(id)
	row := newRowCursor(t)
	keys := c.keysOf(id)
	for i := 0; i < t.Len(); i++ {
		c.poll(i)
		c.cur = keys[i] + 1
		row.at(i)
		if fails(i, row) {
			c.Fail(id, i)
		}
	}
	c.cur = 0
}

// rowCursor reads the cells of one row of a table at a time: row.cell(col)
// is the cell of the current row in column col, row.date(col) that cell
// read as a date (parsed once per column). Each column is looked up once.
//
// Rules read a few cells of every row, hundreds of millions of reads at a
// million episodes, so the usual case is made small enough to be inlined:
// rules name their columns with string literals, the linker keeps one copy
// of each literal, and a rule reads its columns in the same order in every
// row, so the column read after the last one is tried first and recognised
// by where its name's bytes are (one comparison).
type rowCursor struct {
	t    *Table
	i    int
	next int
	cols []cursorColumn
}

type cursorColumn struct {
	data *byte
	n    int
	name string
	col  *Column
}

func newRowCursor(t *Table) *rowCursor { return &rowCursor{t: t} }

// at moves the cursor to row i.
func (r *rowCursor) at(i int) { r.i, r.next = i, 0 }

// cell is the current row's cell in column name (Absent when the table has
// no such column).
func (r *rowCursor) cell(name string) Cell { return r.col(name).Cell(r.i) }

// date is cell(name).DateOK(), from the column's parsed dates.
func (r *rowCursor) date(name string) (stablehomes.Date, bool) { return r.col(name).dateAt(r.i) }

// col is column name: the guess, or found by column.
func (r *rowCursor) col(name string) *Column {
	if k := r.next; k < len(r.cols) {
		if c := &r.cols[k]; c.data == unsafe.StringData(name) && c.n == len(name) {
			r.next = k + 1
			return c.col
		}
	}
	return r.column(name)
}

// column finds column name among those read so far (by address, then by
// bytes) or in the table, and makes the one after it the next guess.
func (r *rowCursor) column(name string) *Column {
	p := unsafe.StringData(name)
	for k := range r.cols {
		if r.cols[k].data == p && r.cols[k].n == len(name) {
			r.next = k + 1
			return r.cols[k].col
		}
	}
	for k := range r.cols {
		if sameName(r.cols[k].name, name) {
			r.next = k + 1
			return r.cols[k].col
		}
	}
	col := r.t.Column(name)
	r.cols = append(r.cols, cursorColumn{p, len(name), name, col})
	r.next = len(r.cols)
	return col
}

// 146: PLACE must be a valid code for the year; a null PLACE is left to
// other rules, but an empty string is not a code.
func rule146(valid codeSet) *Rule {
	return episodeRule("146", "Placement type code is not a valid code.", "placement", []string{"PLACE"},
		func(row *rowCursor) bool {
			p := row.cell("PLACE")
			return p.Has() && !valid.has(p)
		})
}

// 178: PLACE_PROVIDER, when given, must be PR0-PR5 and must be blank for
// placements that take no provider (the list differs by year; see the
// conformance notes on the peer's T4 inconsistency).
func rule178(noProvider codeSet) *Rule {
	return episodeRule("178", "Placement provider code is not a valid code.", "placement", []string{"PLACE_PROVIDER"},
		func(row *rowCursor) bool {
			pp := row.cell("PLACE_PROVIDER")
			if !pp.Has() {
				return false
			}
			return !providerCodes.has(pp) || noProvider.has(row.cell("PLACE"))
		})
}

// 213: no provider for temporary (and, from 2025-26, Z11-Z14) placements.
func rule213(noProvider codeSet) *Rule {
	return episodeRule("213", "Placement provider information not required.", "placement", []string{"PLACE_PROVIDER"},
		func(row *rowCursor) bool {
			return noProvider.has(row.cell("PLACE")) && row.cell("PLACE_PROVIDER").Has()
		})
}

// 526: every other placement needs a provider.
func rule526(noProvider codeSet) *Rule {
	return episodeRule("526", "Child is missing a placement provider code for at least one episode.", "placement", []string{"PLACE", "PLACE_PROVIDER"},
		func(row *rowCursor) bool {
			return !noProvider.has(row.cell("PLACE")) && row.cell("PLACE_PROVIDER").Blank()
		})
}

// providerPlaceRule: provider code `provider` cannot go with these places.
func providerPlaceRule(code, msg, provider string, places codeSet) *Rule {
	return episodeRule(code, msg, "placement", []string{"PLACE", "PLACE_PROVIDER"},
		func(row *rowCursor) bool {
			return row.cell("PLACE_PROVIDER").Is(provider) && places.has(row.cell("PLACE"))
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
		func(row *rowCursor) bool {
			return row.cell("PLACE_PROVIDER").Is("PR0") && !row.cell("PLACE").Is("P1")
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
		eachRow(c, Episodes, func(row *rowCursor) bool {
			place, ls, pl := row.cell("PLACE"), row.cell("LS"), row.cell(ColPlacementLA)
			return row.cell("PLACE_PROVIDER").Is("PR1") && place.Has() && !exempt.has(place) &&
				ls.Has() && !shortBreaks.has(ls) && !pl.Is(la)
		})
	}
	return r
}
