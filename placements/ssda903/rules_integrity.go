package ssda903

// Integrity checks between tables (the peer's INTxx rules; rule index topic
// "integrity"): every child in a table is in Header, the child's date of
// birth and sex agree with Header, and one row per child where the return
// allows only one.

// intMissingFromHeader: rows of table id whose CHILD is not in Header.
func intMissingFromHeader(code string, id TableID) *Rule {
	msg := "Internal Check: Child in " + id.String() + " does not exist in Header."
	if code == "INT01" {
		msg = "Data Integrity Check: Child in AD1 does not exist in Header."
	}
	r := &Rule{Code: code, Message: msg, Fields: []string{"CHILD"}, Tables: []TableID{id, Header}, Topic: "integrity",
		needs: []need{needTable(Header), needTable(id)}, rowLocal: true}
	r.check = func(c *Check) {
		known := c.childrenWhere(Header, nil)
		for i, k := range c.keysOf(id) {
			c.poll(i)
			if !known[k] {
				c.Fail(id, i)
			}
		}
	}
	return r
}

// intDiffersFromHeader: rows of table id whose col differs from one of the
// child's Header values (a child held twice in Header is INT32's fault too;
// children not in Header are left to the rules above).
func intDiffersFromHeader(code string, id TableID, col string) *Rule {
	r := &Rule{Code: code, Message: "Internal Check: " + col + " in " + id.String() + " is different to " + col + " in Header.",
		Fields: []string{col}, Tables: []TableID{id, Header}, Topic: "integrity",
		needs: []need{needTable(Header), needTable(id)}, rowLocal: true}
	// Only values both given are compared, and dates as dates: a blank or
	// a cell that is no date is the business of the table's own rules
	// (as the peer reads it, issue 14; before, a blank or junk DOB on
	// one side failed here too, and 1/5/2024 differed from 01/05/2024).
	differs := func(a, b Cell) bool { return a.Has() && b.Has() && !sameValue(a, b, false) }
	if col == "DOB" {
		differs = func(a, b Cell) bool {
			x, ok1 := a.DateOK()
			y, ok2 := b.DateOK()
			return ok1 && ok2 && x != y
		}
	}
	r.check = func(c *Check) {
		hcol, tcol := c.Table(Header).Column(col), c.Table(id).Column(col)
		header := c.rowsOf(Header)
	rows:
		for i, k := range c.keysOf(id) {
			c.poll(i)
			hr := header.of(k)
			if len(hr) == 0 {
				continue
			}
			v := tcol.Cell(i)
			for _, j := range hr {
				if differs(v, hcol.Cell(int(j))) {
					c.Fail(id, i)
					continue rows
				}
			}
		}
	}
	return r
}

// intDuplicates: every row of a child who appears more than once.
func intDuplicates(code string, id TableID) *Rule {
	return &Rule{Code: code, Message: "Internal Check: Child should only exist once in " + id.String() + ".", Fields: []string{"CHILD"},
		Tables: []TableID{id}, Topic: "integrity", needs: []need{needTable(id)},
		check: func(c *Check) {
			for _, rows := range c.ByChild(id).Rows.All() {
				if len(rows) > 1 {
					for _, r := range rows {
						c.Fail(id, int(r))
					}
				}
			}
		}}
}

func integrityRules() []*Rule {
	return []*Rule{
		intMissingFromHeader("INT01", AD1), intMissingFromHeader("INT02", PlacedAdoption),
		intMissingFromHeader("INT03", Episodes), intMissingFromHeader("INT04", Missing),
		intMissingFromHeader("INT05", OC2), intMissingFromHeader("INT06", OC3),
		intMissingFromHeader("INT07", PrevPerm), intMissingFromHeader("INT08", Reviews),
		intMissingFromHeader("INT09", UASC),
		intDiffersFromHeader("INT11", AD1, "DOB"), intDiffersFromHeader("INT12", PlacedAdoption, "DOB"),
		intDiffersFromHeader("INT13", Missing, "DOB"), intDiffersFromHeader("INT14", OC2, "DOB"),
		intDiffersFromHeader("INT15", OC3, "DOB"), intDiffersFromHeader("INT16", PrevPerm, "DOB"),
		intDiffersFromHeader("INT17", Reviews, "DOB"), intDiffersFromHeader("INT18", UASC, "DOB"),
		intDiffersFromHeader("INT21", UASC, "SEX"),
		intDuplicates("INT32", Header), intDuplicates("INT33", OC2), intDuplicates("INT34", OC3), intDuplicates("INT36", UASC),
	}
}
