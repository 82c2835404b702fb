package ssda903

import (
	"strings"

	"github.com/stablehomes/stablehomes"
)

// Ofsted URN rules (rule index topic "placement"): whether a URN is
// required, allowed, known to Ofsted, and consistent with the provider
// list the caller supplies (Metadata.Providers).

// urnPlaceholder stands for a regional adoption agency without a URN.
const urnPlaceholder = "XXXXXXX"

// outsideEngland reports a placement authority in Scotland, Wales or
// Northern Ireland (SCO/WAL/NIR, or an S/W/N GSS code), where Ofsted does
// not register providers.
func outsideEngland(pl Cell) bool {
	if !pl.Has() || pl.String() == "" {
		return false
	}
	switch pl.String()[0] {
	case 'S', 'W', 'N':
		return true
	}
	return false
}

// 218: a URN is required except for placement types Ofsted does not
// register (noURN), placements outside England, and episodes that ended
// before the collection year. Where a postcode lookup gave the placements'
// authorities (PL_LA), an episode whose placement postcode it could not
// place is not known to be in England and is not judged, as in the peer
// (the postcode rules report the postcode); without a lookup every episode
// is judged.
func rule218(noURN codeSet) *Rule {
	r := &Rule{Code: "218", Message: "Ofsted Unique reference number (URN) is required.", Fields: []string{"URN"},
		Tables: []TableID{Episodes}, Topic: "placement", needs: []need{needTable(Episodes)}, rowLocal: true}
	r.check = func(c *Check) {
		start := c.Start()
		located := c.Table(Episodes).HasColumn(ColPlacementLA)
		eachRow(c, Episodes, func(row *rowCursor) bool {
			la := row.cell(ColPlacementLA)
			if noURN.has(row.cell("PLACE")) || row.cell("URN").Has() || outsideEngland(la) || (located && la.Blank()) {
				return false
			}
			// A DEC that is no date is the date rules' fault: only a blank
			// DEC or one on or after the start is judged (as the peer does,
			// issue 14).
			dec, ok := row.date("DEC")
			return row.cell("DEC").Blank() || (ok && !dec.Before(start))
		})
	}
	return r
}

// 222: no URN for placement types Ofsted does not register (the
// adoption-agency placeholder is allowed).
func rule222(noURN codeSet) *Rule {
	return episodeRule("222", "Ofsted Unique reference number (URN) should not be recorded for this placement type.", "placement", []string{"URN"},
		func(row *rowCursor) bool {
			u := row.cell("URN")
			return noURN.has(row.cell("PLACE")) && u.Has() && u.String() != urnPlaceholder
		})
}

// providerCodesRule: the provider list's comma-separated codes in column
// listCol for the URN must include the episode's value in field (219 place
// type, 224 provider code). A URN missing from the list is left to 1008.
func providerCodesRule(code, msg, field, listCol string) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: []string{field}, Tables: []TableID{Episodes}, Topic: "placement",
		needs: []need{needTable(Episodes), needMeta(needProviders)}, rowLocal: true}
	r.check = func(c *Check) {
		list := c.Ret.Metadata.Providers.Column(listCol)
		eachRow(c, Episodes, func(row *rowCursor) bool {
			u := row.cell("URN")
			if !u.Has() {
				return false
			}
			v := row.cell(field).String()
			for _, p := range c.Providers(u.String()) {
				cell := list.Cell(p)
				if !cell.Has() {
					return true
				}
				found := false
				for part := range strings.SplitSeq(cell.String(), ",") {
					if strings.TrimSpace(part) == v {
						found = true
					}
				}
				if !found {
					return true
				}
			}
			return false
		})
	}
	return r
}

func rule219() *Rule {
	return providerCodesRule("219", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement type recorded.", "PLACE", "PLACE_CODES")
}

func rule224() *Rule {
	return providerCodesRule("224", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.", "PLACE_PROVIDER", "PROVIDER_CODES")
}

// 221: the provider's registered postcode must match the placement
// postcode (spaces ignored).
func rule221() *Rule {
	r := &Rule{Code: "221", Message: "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement postcode provided.",
		Fields: []string{"PL_POST"}, Tables: []TableID{Episodes}, Topic: "placement",
		needs: []need{needTable(Episodes), needMeta(needProviders)}, rowLocal: true}
	r.check = func(c *Check) {
		post := c.Ret.Metadata.Providers.Column("POSTCODE")
		eachRow(c, Episodes, func(row *rowCursor) bool {
			u, pl := row.cell("URN"), row.cell("PL_POST")
			if !u.Has() || !pl.Has() {
				return false
			}
			for _, p := range c.Providers(u.String()) {
				if got := post.Cell(p); !got.Has() || !samePostcode(got.String(), pl.String()) {
					return true
				}
			}
			return false
		})
	}
	return r
}

// 227 and 228: the provider's registration must not have ended by the
// episode's start (227: on or after REG_END) or end (228: after REG_END; an
// open episode is measured at the collection end).
func rule227() *Rule {
	return regEndRule("227", "Ofsted Unique reference number (URN) is not valid for the episode start date.", "DECOM",
		func(_ *Check, d stablehomes.Date, ok bool, end stablehomes.Date) bool { return ok && !d.Before(end) })
}

func rule228() *Rule {
	return regEndRule("228", "Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false positives on open episodes at providers who close during the year]", "DEC",
		func(c *Check, d stablehomes.Date, ok bool, end stablehomes.Date) bool {
			if !ok {
				d = c.End()
			}
			return d.After(end)
		})
}

func regEndRule(code, msg, field string, fails func(c *Check, d stablehomes.Date, ok bool, regEnd stablehomes.Date) bool) *Rule {
	r := &Rule{Code: code, Message: msg, Fields: []string{"URN", field}, Tables: []TableID{Episodes}, Topic: "placement",
		needs: []need{needTable(Episodes), needMeta(needProviders)}, rowLocal: true}
	r.check = func(c *Check) {
		regEnd := c.Ret.Metadata.Providers.Column("REG_END")
		eachRow(c, Episodes, func(row *rowCursor) bool {
			u := row.cell("URN")
			if !u.Has() {
				return false
			}
			cell := row.cell(field)
			d, ok := cell.DateOK()
			if !ok && cell.Has() {
				return false // a bad date is other rules' business
			}
			for _, p := range c.Providers(u.String()) {
				if end, ok2 := regEnd.Cell(p).DateOK(); ok2 && fails(c, d, ok, end) {
					return true
				}
			}
			return false
		})
	}
	return r
}

// 229: own provision (PR1) must be in the authority, another authority's
// (PR2) must not be, judged by the authority the provider list infers from
// the provider's postcode.
func rule229() *Rule {
	r := &Rule{Code: "229", Message: "Placement provider does not match between the placing authority and the local authority code of the provider. [NOTE: The provider's LA code is inferred from the its postcode, and may be inaccurate in some cases.]",
		Fields: []string{"PLACE_PROVIDER"}, Tables: []TableID{Episodes}, Topic: "placement",
		needs: []need{needTable(Episodes), needMeta(needProviders), needMeta(needLocalAuthority)}, rowLocal: true}
	r.check = func(c *Check) {
		la := c.Ret.Metadata.LocalAuthority
		inferred := c.Ret.Metadata.Providers.Column("LA_CODE_INFERRED")
		eachRow(c, Episodes, func(row *rowCursor) bool {
			u, pp := row.cell("URN"), row.cell("PLACE_PROVIDER")
			if !u.Has() {
				return false
			}
			for _, p := range c.Providers(u.String()) {
				same := inferred.Cell(p).Is(la)
				if (pp.Is("PR1") && !same) || (pp.Is("PR2") && same) {
					return true
				}
			}
			return false
		})
	}
	return r
}

// 1008: a URN must be on Ofsted's list (or the adoption-agency
// placeholder).
func rule1008() *Rule {
	r := &Rule{Code: "1008", Message: "Ofsted Unique Reference Number (URN) is not valid.", Fields: []string{"URN"},
		Tables: []TableID{Episodes}, Topic: "placement", needs: []need{needTable(Episodes), needMeta(needProviders)}, rowLocal: true}
	r.check = func(c *Check) {
		eachRow(c, Episodes, func(row *rowCursor) bool {
			u := row.cell("URN")
			return u.Has() && u.String() != urnPlaceholder && len(c.Providers(u.String())) == 0
		})
	}
	return r
}

// reformDate is when P2 ended and H5 needed a URN: 28 October 2023
// (Supported Accommodation (England) Regulations 2023, SI 2023/416,
// https://www.legislation.gov.uk/uksi/2023/416).
var reformDate = stablehomes.MustDate(2023, 10, 28)

// openAfterReform reports an episode still open after 28 October 2023.
func openAfterReform(row *rowCursor) bool {
	dec, ok := row.date("DEC")
	if row.cell("DEC").Has() && !ok {
		return false
	}
	return !ok || dec.After(reformDate)
}

// 217t (2023-24): P2 is not valid for episodes open after 28 October 2023.
func rule217t() *Rule {
	return episodeRule("217t", "Placement type 'P2' is not a valid placement type from 28 October 2023.", "placement", []string{"PLACE", "DECOM"},
		func(row *rowCursor) bool {
			return row.cell("PLACE").Is("P2") && openAfterReform(row)
		})
}

// 230 (2023-24): English H5 placements open after 28 October 2023 need a
// real URN.
func rule230() *Rule {
	return episodeRule("230", "Ofsted Unique reference number (URN) is required for any English H5 placements from 28 October 2023.", "placement", []string{"PLACE", "DEC", "URN"},
		func(row *rowCursor) bool {
			u := row.cell("URN")
			return row.cell("PLACE").Is("H5") && openAfterReform(row) && !outsideEngland(row.cell(ColPlacementLA)) &&
				(!u.Has() || u.String() == urnPlaceholder)
		})
}
