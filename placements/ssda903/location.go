package ssda903

import (
	"math"
	"strconv"
	"strings"
)

// GridRef is an Ordnance Survey National Grid reference in metres (the ONS
// postcode directory's oseast1m/osnrth1m).
type GridRef struct {
	Easting, Northing float64
}

// PostcodeLookup resolves placement and home postcodes. Callers supply it
// (from the ONS postcode directory); the library ships no postcode data.
type PostcodeLookup interface {
	// GridRef returns the postcode's grid reference, ok=false if unknown.
	GridRef(postcode string) (GridRef, bool)
	// Authority returns the upper-tier authority code of the postcode (or
	// SCO/WAL/NIR outside England), ok=false if unknown. A lookup that only
	// knows grid references returns false: PL_LA and PL_LOCATION then stay
	// blank.
	Authority(postcode string) (string, bool)
}

// DistanceMiles is DfE's placement distance: the straight line between two
// grid references, metres/1000 to kilometres, /1.6093 to miles, rounded to
// one decimal (the peer validator's datastore.py, https://github.com/data-to-insight/csc-validator-be-903; DfE derives
// the published distance itself and does not publish its formula). Not a road
// distance.
func DistanceMiles(home, placement GridRef) float64 {
	dx := home.Easting - placement.Easting
	dy := home.Northing - placement.Northing
	miles := math.Sqrt(dx*dx+dy*dy) / 1000 / 1.6093
	return math.Round(miles*10) / 10
}

// NormalisePostcode upper-cases a postcode and removes spaces, the key the
// lookups are asked with.
func NormalisePostcode(p string) string {
	p = strings.TrimSpace(p)
	// Rules normalise two postcodes an episode, millions at a million
	// episodes: an ASCII postcode is done in one pass with at most one
	// allocation (none when it is already upper case without spaces).
	change := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c >= 0x80 {
			return strings.ToUpper(strings.ReplaceAll(p, " ", ""))
		}
		change = change || c == ' ' || 'a' <= c && c <= 'z'
	}
	if !change {
		return p
	}
	b := make([]byte, 0, len(p))
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == ' ':
		case 'a' <= c && c <= 'z':
			b = append(b, c-('a'-'A'))
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// asciiSpace is the ASCII part of what strings.TrimSpace trims.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// appendNormalised appends NormalisePostcode(p) to b when p is ASCII,
// without allocating when b has room; ok is false (and b unchanged) for
// any other p, which NormalisePostcode's Unicode case mapping is left to.
func appendNormalised(b []byte, p string) (_ []byte, ok bool) {
	i, j := 0, len(p)
	for i < j && asciiSpace(p[i]) {
		i++
	}
	for j > i && asciiSpace(p[j-1]) {
		j--
	}
	start := len(b)
	for k := i; k < j; k++ {
		switch c := p[k]; {
		case c >= 0x80:
			return b[:start], false
		case c == ' ':
		case 'a' <= c && c <= 'z':
			b = append(b, c-('a'-'A'))
		default:
			b = append(b, c)
		}
	}
	return b, true
}

// samePostcode is NormalisePostcode(a) == NormalisePostcode(b), without
// building either for ASCII postcodes (rules compare two an episode).
func samePostcode(a, b string) bool {
	var ba, bb [24]byte
	na, ok1 := appendNormalised(ba[:0], a)
	nb, ok2 := appendNormalised(bb[:0], b)
	if ok1 && ok2 {
		return string(na) == string(nb)
	}
	return NormalisePostcode(a) == NormalisePostcode(b)
}

// DeriveLocation adds PL_DISTANCE, PL_LA and PL_LOCATION to the Episodes
// table (and Episodes_last) from HOME_POST and PL_POST when the table does
// not already carry them (a file's own values are kept). PL_LOCATION is IN
// when PL_LA equals the responsible authority (Metadata.LocalAuthority),
// else OUT; without that authority it stays blank. Unknown postcodes leave
// the cells blank. The lookup is kept for rule 392c, which asks it whether
// each postcode exists. A nil lookup does nothing.
func (r *Return) DeriveLocation(l PostcodeLookup) {
	if l == nil {
		return
	}
	r.postcodes = l
	for _, id := range []TableID{Episodes, EpisodesLast} {
		t := r.Table(id)
		if t == nil || t.Len() == 0 {
			continue
		}
		n := t.Len()
		home, place := t.Column("HOME_POST"), t.Column("PL_POST")
		if !t.HasColumn(ColPlacementDistance) {
			cells := make([]Cell, n)
			for i := range n {
				h, ok1 := l.GridRef(NormalisePostcode(home.Cell(i).String()))
				p, ok2 := l.GridRef(NormalisePostcode(place.Cell(i).String()))
				if ok1 && ok2 && home.Cell(i).Has() && place.Cell(i).Has() {
					cells[i] = ValueCell(strconv.FormatFloat(DistanceMiles(h, p), 'f', 1, 64))
				}
			}
			t.addColumn(ColPlacementDistance, cells)
		}
		if !t.HasColumn(ColPlacementLA) {
			cells := make([]Cell, n)
			for i := range n {
				if !place.Cell(i).Has() {
					continue
				}
				if la, ok := l.Authority(NormalisePostcode(place.Cell(i).String())); ok {
					cells[i] = ValueCell(la)
				}
			}
			t.addColumn(ColPlacementLA, cells)
		}
		if !t.HasColumn(ColPlacementLocation) && r.Metadata.LocalAuthority != "" {
			la := t.Column(ColPlacementLA)
			cells := make([]Cell, n)
			for i := range n {
				if c := la.Cell(i); c.Has() {
					if c.String() == r.Metadata.LocalAuthority {
						cells[i] = ValueCell("IN")
					} else {
						cells[i] = ValueCell("OUT")
					}
				}
			}
			t.addColumn(ColPlacementLocation, cells)
		}
	}
}
