package ssda903

// Distance, postcode and placement-location rules (rule index topic
// "location_distance"; DfE validation rules,
// https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications).

// episodeChildRule builds a row-local Episodes rule that also needs the
// child's UASC history (Header, Header_last, UASC, UASC_last when given).
func episodeChildRule(code, msg string, fields []string, needs []need, fails func(c *Check, row *rowCursor) bool) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{Episodes, Header, HeaderLast, UASC, UASCLast}, Topic: "location_distance",
		needs: append([]need{needTable(Episodes)}, needs...), rowLocal: true}
	r.check = func(c *Check) {
		eachRow(c, Episodes, func(row *rowCursor) bool { return fails(c, row) })
	}
	return r
}

// 164: distance, when given for a non-UASC child outside short breaks,
// must be a number from 0.0 to 999.9.
func rule164() *Rule {
	return episodeChildRule("164", "Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]",
		[]string{"PL_DISTANCE"}, []need{needColumn(Episodes, ColPlacementDistance)}, func(c *Check, row *rowCursor) bool {
			d := row.cell(ColPlacementDistance)
			if !d.Has() || shortBreaks.has(row.cell("LS")) || c.WasUASC(row.cell("CHILD").String()) {
				return false
			}
			f, err := d.Float()
			return err != nil || f < 0 || f > 999.9
		})
}

// 392a: a looked-after child (not UASC, not short breaks) needs a distance.
func rule392a() *Rule {
	return episodeChildRule("392a", "Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for children formerly UASC]",
		[]string{"PL_DISTANCE"}, []need{needColumn(Episodes, ColPlacementDistance)}, func(c *Check, row *rowCursor) bool {
			return row.cell(ColPlacementDistance).Blank() && !shortBreaks.has(row.cell("LS")) && !c.WasUASC(row.cell("CHILD").String())
		})
}

// 392b: ... and both postcodes.
func rule392b() *Rule {
	return episodeChildRule("392b", "Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]",
		[]string{"HOME_POST", "PL_POST"}, nil, func(c *Check, row *rowCursor) bool {
			return (row.cell("HOME_POST").Blank() || row.cell("PL_POST").Blank()) && !shortBreaks.has(row.cell("LS")) && !c.WasUASC(row.cell("CHILD").String())
		})
}

// isPostcodeShape reports whether n has the shape of a full UK postcode
// once spaces are removed: the regular expression
// ^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$ (an outward code of two to four
// characters, then a digit and two letters), tested byte by byte because
// rule 392c asks it of two postcodes in every episode
// (TestPostcodeShapeIsTheRegexp holds it to the expression).
func isPostcodeShape(n string) bool {
	l := len(n)
	if l < 5 || l > 7 || !upper(n[l-1]) || !upper(n[l-2]) || !digit(n[l-3]) {
		return false
	}
	out := n[:l-3] // L D, L D X, L L D or L L D X
	if !upper(out[0]) {
		return false
	}
	rest := out[2:]
	if !digit(out[1]) {
		if len(out) < 3 || !upper(out[1]) || !digit(out[2]) {
			return false
		}
		rest = out[3:]
	}
	return len(rest) == 0 || len(rest) == 1 && (upper(rest[0]) || digit(rest[0]))
}

func upper(b byte) bool { return 'A' <= b && b <= 'Z' }
func digit(b byte) bool { return '0' <= b && b <= '9' }

// 392c: postcodes given must be valid postcodes. DfE checks them against
// the ONS postcode directory it derives distances from, as the key the
// directory is asked with (upper case, spaces removed, so "S5  6QR" and a
// leading space are the same postcode as "S5 6QR"). With the caller's
// lookup (DeriveLocation) a postcode is valid when the directory holds it;
// without one, when it has a postcode's shape.
func rule392c() *Rule {
	r := episodeRule("392c", "Postcode(s) provided are invalid.", "location_distance", []string{"HOME_POST", "PL_POST"}, nil)
	r.check = func(c *Check) {
		l := c.Ret.postcodes
		eachRow(c, Episodes, func(row *rowCursor) bool {
			for _, col := range []string{"HOME_POST", "PL_POST"} {
				p := row.cell(col)
				if !p.Has() {
					continue
				}
				if l == nil {
					// The shape of the normalised postcode, built on the
					// stack when it is ASCII.
					var buf [24]byte
					n, ok := appendNormalised(buf[:0], p.String())
					if !ok {
						n = []byte(NormalisePostcode(p.String()))
					}
					if !isPostcodeShape(string(n)) {
						return true
					}
					continue
				}
				n := NormalisePostcode(p.String())
				_, grid := l.GridRef(n)
				_, la := l.Authority(n)
				if !grid && !la {
					return true
				}
			}
			return false
		})
	}
	return r
}

// 392d: home and placement postcodes may only be the same for P1.
func rule392d() *Rule {
	return episodeRule("392d", "Home and placement postcodes should not be same unless the placement type is P1.", "location_distance", []string{"HOME_POST", "PL_POST", "PLACE"},
		func(row *rowCursor) bool {
			h, p := row.cell("HOME_POST"), row.cell("PL_POST")
			return h.Has() && p.Has() && samePostcode(h.String(), p.String()) && !row.cell("PLACE").Is("P1")
		})
}

// 398: no postcodes (so no distance) for short breaks.
func rule398() *Rule {
	return episodeRule("398", "Distance field completed but child looked after under legal status V3 or V4.", "location_distance", []string{"LS", "HOME_POST", "PL_POST"},
		func(row *rowCursor) bool {
			return shortBreaks.has(row.cell("LS")) && (row.cell("HOME_POST").Has() || row.cell("PL_POST").Has())
		})
}

// 406: no distance for a child who is or was UASC.
func rule406() *Rule {
	return episodeChildRule("406", "Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. [NOTE: This check will result in false negatives for children formerly UASC not identified as such in loaded data]",
		[]string{"PL_DISTANCE"}, []need{needColumn(Episodes, ColPlacementDistance)}, func(c *Check, row *rowCursor) bool {
			return row.cell(ColPlacementDistance).Has() && c.WasUASC(row.cell("CHILD").String())
		})
}

// 411: PL_LOCATION IN needs the placement in the responsible authority.
func rule411() *Rule {
	return episodeChildRule("411", "Placement location code disagrees with LA of placement.", []string{"PL_LOCATION"},
		[]need{needMeta(needLocalAuthority), needColumn(Episodes, ColPlacementLA)}, func(c *Check, row *rowCursor) bool {
			pl := row.cell(ColPlacementLA)
			return row.cell(ColPlacementLocation).Is("IN") && pl.Has() && pl.String() != c.Ret.Metadata.LocalAuthority
		})
}

// 420: no placement authority for short breaks.
func rule420() *Rule {
	return episodeChildRule("420", "LA of placement completed but child is looked after under legal status V3 or V4.", []string{"PL_LA"},
		[]need{needColumn(Episodes, ColPlacementLA)}, func(_ *Check, row *rowCursor) bool {
			return shortBreaks.has(row.cell("LS")) && row.cell(ColPlacementLA).Has()
		})
}

// 454 (2025-26): a distance over 350 miles is queried (999.9 is the
// "not known" value).
func rule454() *Rule {
	return episodeChildRule("454", "Placement distance from home is over 350 miles. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]", []string{"PL_DISTANCE"},
		[]need{needColumn(Episodes, ColPlacementDistance)}, func(_ *Check, row *rowCursor) bool {
			f, err := row.cell(ColPlacementDistance).Float()
			return err == nil && f > 350 && f != 999.9
		})
}

// carriedOver compares, for each child in both years, the first episode of
// this year with the latest episode of last year; differ says whether a
// field disagrees. Used by 452, 453 and the 503 family.
func carriedOver(c *Check, differ func(now, last func(string) Cell) bool) {
	cur, prev := c.Table(Episodes), c.Table(EpisodesLast)
	lastByChild := map[string]int{}
	pix := c.ByChild(EpisodesLast)
	for k, child := range pix.Children.All() {
		rows := sortedByDate(prev, pix.Rows.At(k), "DECOM")
		lastByChild[child] = int(rows[len(rows)-1])
	}
	cix := c.ByChild(Episodes)
	for k, child := range cix.Children.All() {
		l, ok := lastByChild[child]
		if !ok {
			continue
		}
		first := sortedByDate(cur, cix.Rows.At(k), "DECOM")[0]
		now := func(col string) Cell { return cur.Cell(int(first), col) }
		last := func(col string) Cell { return prev.Cell(l, col) }
		if differ(now, last) {
			c.Fail(Episodes, int(first))
		}
	}
}

// sameValue compares two cells; numbers compare as numbers.
func sameValue(a, b Cell, numeric bool) bool {
	if a.Blank() || b.Blank() {
		return a.Blank() == b.Blank()
	}
	if numeric {
		x, err1 := a.Float()
		y, err2 := b.Float()
		if err1 == nil && err2 == nil {
			return x == y
		}
	}
	return a.String() == b.String()
}

func carryRule(code, msg, col string, numeric bool) *Rule {
	return &Rule{Code: code, Message: msg, Fields: []string{col}, Tables: []TableID{Episodes, EpisodesLast}, Topic: "location_distance",
		needs: []need{needColumn(Episodes, col), needColumn(EpisodesLast, col)},
		check: func(c *Check) {
			carriedOver(c, func(now, last func(string) Cell) bool { return !sameValue(now(col), last(col), numeric) })
		}}
}

func rule452() *Rule {
	return carryRule("452", "Contradiction between local authority of placement code in the last episode of the previous year and in the first episode of the current year.", ColPlacementLA, false)
}

func rule453() *Rule {
	return carryRule("453", "Contradiction between placement distance in the last episode of the previous year and in the first episode of the current year.", ColPlacementDistance, true)
}

// 169: a placement authority (PL_LA) for every episode except short breaks.
func rule169() *Rule {
	return episodeChildRule("169", "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.", []string{"PL_LA"},
		[]need{needColumn(Episodes, ColPlacementLA)}, func(_ *Check, row *rowCursor) bool {
			return row.cell(ColPlacementLA).Blank() && !shortBreaks.has(row.cell("LS"))
		})
}

// 179: PL_LOCATION is IN or OUT except for short breaks.
func rule179() *Rule {
	return episodeChildRule("179", "Placement location code is not a valid code.", []string{"PL_LOCATION"},
		[]need{needColumn(Episodes, ColPlacementLocation)}, func(_ *Check, row *rowCursor) bool {
			l := row.cell(ColPlacementLocation)
			if shortBreaks.has(row.cell("LS")) && l.Blank() {
				return false
			}
			return !l.Is("IN") && !l.Is("OUT")
		})
}

// 214: no placement postcode or URN for short breaks.
func rule214() *Rule {
	return episodeRule("214", "Placement location information not required.", "location_distance", []string{"PL_POST", "URN"},
		func(row *rowCursor) bool {
			return shortBreaks.has(row.cell("LS")) && (row.cell("PL_POST").Has() || row.cell("URN").Has())
		})
}
