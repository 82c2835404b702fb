package ssda903

import (
	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/placements"
)

// CODE LISTS USED BY THE RULES.
//
// The placement, provider, legal status and reason code sets come from the
// placements package's lists (one table in the library, effective by
// collection year); this file only picks each year's codes from them. The
// lists placements does not hold (CIN, OC3, OC2, sex, ethnicity, UPN) are
// kept here. Sources: DfE's technical specifications
// (https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications) and the
// per-code CSVs in placements/data (ssda903_placement_types.csv, ..._providers,
// ..._legal_status, ..._reason_new_episode, ..._reason_episode_ceased,
// ..._reason_placement_change, ..._oc3_*, ..._other_codes.csv), which follow
// the peer validator's per-year lists.

// codeSet is a set of codes; has reports whether a cell holds one of them
// (a blank cell never does). Build one with codes, with or without, once
// per package or per rule (TestCodeSetsBuiltOnce), never per row.
//
// Rules ask a set about every row, tens of millions of times at a million
// episodes, so a set of short codes (the usual case: seven bytes at most)
// also holds them packed into integers in a small collision-free table:
// has is then a multiply, a shift and one comparison, with no hashing of
// the string. Other sets answer from the map.
type codeSet struct {
	m     map[string]struct{}
	tab   []uint64 // packed codes by slot (emptySlot where none), or nil
	mul   uint64
	shift uint8
}

// emptySlot is no packed code: a packed code's top byte is its length, at
// most maxPacked.
const (
	emptySlot = ^uint64(0)
	maxPacked = 7
)

// packCode is a code of at most maxPacked bytes as one integer: its bytes,
// and its length in the top byte (so "A" and "A\x00" differ).
func packCode(v string) uint64 {
	x := uint64(len(v)) << 56
	for i := 0; i < len(v); i++ {
		x |= uint64(v[i]) << (8 * i)
	}
	return x
}

func codes(cs ...string) codeSet {
	m := make(map[string]struct{}, len(cs))
	for _, c := range cs {
		m[c] = struct{}{}
	}
	return newCodeSet(m)
}

// newCodeSet makes the set of m's codes (m is kept: do not change it).
func newCodeSet(m map[string]struct{}) codeSet {
	s := codeSet{m: m}
	for c := range m {
		if len(c) > maxPacked {
			return s
		}
	}
	// Find a multiplier that sends every code to its own slot, growing the
	// table when a few tries fail (sets hold a few dozen codes, at most a
	// few hundred, so this is quick and the table small).
	for bits := 3; bits <= 16; bits++ {
		if 1<<bits < 2*len(m) {
			continue
		}
		tab := make([]uint64, 1<<bits)
		for try := uint64(1); try <= 64; try++ {
			mul := try*0x9E3779B97F4A7C15 | 1
			shift := uint8(64 - bits)
			for i := range tab {
				tab[i] = emptySlot
			}
			ok := true
			for c := range m {
				x := packCode(c)
				slot := (x * mul) >> shift
				if tab[slot] != emptySlot {
					ok = false
					break
				}
				tab[slot] = x
			}
			if ok {
				s.tab, s.mul, s.shift = tab, mul, shift
				return s
			}
		}
	}
	return s
}

// has and hasString are small enough to be inlined where rules call them
// (the map lookup, for sets of longer codes, is a call).
func (s codeSet) has(c Cell) bool {
	return c.state == Value && s.hasString(c.s)
}

// hasString reports whether v is one of the codes.
func (s codeSet) hasString(v string) bool {
	if s.tab == nil {
		return s.inMap(v)
	}
	if len(v) > maxPacked {
		return false
	}
	x := packCode(v)
	return s.tab[(x*s.mul)>>s.shift] == x
}

func (s codeSet) inMap(v string) bool {
	_, ok := s.m[v]
	return ok
}

func (s codeSet) with(cs ...string) codeSet {
	out := make(map[string]struct{}, len(s.m)+len(cs))
	for c := range s.m {
		out[c] = struct{}{}
	}
	for _, c := range cs {
		out[c] = struct{}{}
	}
	return newCodeSet(out)
}

func (s codeSet) without(cs ...string) codeSet {
	out := make(map[string]struct{}, len(s.m))
	for c := range s.m {
		out[c] = struct{}{}
	}
	for _, c := range cs {
		delete(out, c)
	}
	return newCodeSet(out)
}

var (
	// PLACE, 2022-23 and 2023-24 (reference §2.1).
	placeCodes2022 = fromList(placements.TypeEntries(), placements.ValidTypeIn, 2022)
	// PLACE 2024-25: K3 added. The peer lists it as lower-case "k3" (a
	// typo, reference §1.7); we accept K3.
	placeCodes2024 = fromList(placements.TypeEntries(), placements.ValidTypeIn, 2024)
	// PLACE 2025-26: H5, P2 and Z1 gone; Z11-Z14 added.
	placeCodes2025 = fromList(placements.TypeEntries(), placements.ValidTypeIn, 2025)

	// Placement types Ofsted does not register (rules 218 and 222), from
	// the table placements shares with Placement.Validate, as each
	// collection year's list stands on its first day: 2022-23 and 2023-24
	// (H5 and P2 exempt), 2024-25 (not), 2025-26 (Z1 replaced by Z11-Z14).
	noURN2022 = noURNOn(stablehomes.MustDate(2022, 4, 1))
	noURN2024 = noURNOn(stablehomes.MustDate(2024, 4, 1))
	noURN2025 = noURNOn(stablehomes.MustDate(2025, 4, 1))

	// PLACE_PROVIDER, unchanged 2016-17 onwards (§2.2).
	providerCodes = fromList(placements.ProviderEntries(), placements.ValidProviderIn, 2022)

	// Placements that take no provider: temporary and "other".
	temporaryPlaces = codes("T0", "T1", "T2", "T3", "T4")
	otherPlaces2025 = codes("Z11", "Z12", "Z13", "Z14")

	adoptionPlaces = codes("A3", "A4", "A5", "A6")
	fosterPlaces   = codes("U1", "U2", "U3", "U4", "U5", "U6")

	// LS (§2.3).
	legalStatusCodes = fromList(placements.LegalStatusEntries(), placements.ValidLegalStatusIn, 2022)
	shortBreaks      = codes("V3", "V4")

	// RNE (§2.4).
	rneCodes = fromList(placements.ReasonNewEpisodeEntries(), placements.ValidReasonNewEpisodeIn, 2022)

	// CIN (§2.8, ssda903_other_codes.csv).
	cinCodes = codes("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8")

	// REC, from 2018-19 (E43/E44 replaced by E45-E48; §2.5).
	recCodes = fromList(placements.ReasonEpisodeCeasedEntries(), placements.ValidReasonEpisodeCeasedIn, 2022)

	// REASON_PLACE_CHANGE (§2.6).
	placeChangeCodes = fromList(placements.ReasonPlacementChangeEntries(), placements.ValidReasonPlacementChangeIn, 2022)

	// OC3 IN_TOUCH, ACTIV and ACCOM (§2.7). F3/P3 were replaced by F4/F5/P4/P5
	// from 2021-22, before the base year. ACCOM is a letter and 1 (suitable)
	// or 2 (not suitable), or 0; S1 (homeless) and X1 (custody) are left out
	// as the peer's rule 133 does, since neither can be suitable, although
	// LIIA's copy of DfE's schema lists them (reference §2.7).
	inTouchCodes = codes("YES", "NO", "DIED", "REFU", "NREQ", "RHOM")
	activCodes   = codes("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0")
	accomCodes   = codes("B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2",
		"R1", "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0")

	// OC2 SDQ_REASON (ssda903_other_codes.csv).
	sdqReasonCodes = codes("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5")

	// SEX: 1/2 to 2023-24; M/F/U from 2024-25 (§2.8; V903 rule 101).
	sexCodes2022 = codes("1", "2")
	sexCodes2024 = codes("M", "F", "U")

	// ETHNIC (ssda903_other_codes.csv).
	ethnicCodes = codes("WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
		"APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT")

	// UPN unknown codes (§2.8).
	upnUnknown = codes("UN1", "UN2", "UN3", "UN4", "UN5")
)

// Small code sets the rules read, built once for the package (a set built
// inside a check would be rebuilt for every row or every validation).
var (
	recAdopted            = codes("E11", "E12")       // REC: adopted
	recContinuedOrAdopted = codes("X1", "E11", "E12") // REC: continuing, or adopted
	recDiedOrCustody      = codes("E2", "E15")        // REC: died, or sentenced to custody
	recSGOFormerFoster    = codes("E45", "E46")       // REC: special guardianship with former foster carers
	placeAdoptionOrder    = codes("A5", "A6")         // PLACE: placed for adoption with a placement order
	placeFosterFriends    = codes("U1", "U4")         // PLACE: foster placement with a relative or friend
	placeDoLoExpected     = codes("K2", "Z12", "Z13")
	placeDoLoUnexpected   = codes("K1", "P1", "R5", "K3")
	rneStartOrTemporary   = codes("S", "T", "U")
	rnePlacementChange    = codes("P", "B")
	accomT1T2             = codes("T1", "T2")
	accomFormerFoster     = codes("Z1", "Z2") // OC3 ACCOM: with former foster carers
	zeroOrOne             = codes("0", "1")
)

// fromList picks the codes of a placements list valid in the collection
// year starting in April of year.
func fromList(entries []placements.CodeEntry, valid func(string, stablehomes.FinancialYear) bool, year int) codeSet {
	fy := stablehomes.FinancialYearStarting(year)
	var cs []string
	for _, e := range entries {
		if valid(e.Code, fy) {
			cs = append(cs, e.Code)
		}
	}
	return codes(cs...)
}

// noURNOn lists the placement types exempt from an Ofsted URN on d.
func noURNOn(d stablehomes.Date) codeSet {
	var cs []string
	for _, e := range placements.OfstedExemptions() {
		if e.HeldOn(d) {
			cs = append(cs, string(e.Type))
		}
	}
	return codes(cs...)
}
