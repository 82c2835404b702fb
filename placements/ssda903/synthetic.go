package ssda903

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/stablehomes/stablehomes"
)

// The distributions the generator draws from, each row citing its source;
// rows flagged unconfirmed are figures we could not check against a stored
// source (DfE publishes few national shares of these).
//
//go:embed data/synthetic_distributions.csv
var distributionsCSV []byte

// Distribution is one weighted choice of the generator.
type Distribution struct {
	Name    string
	Keys    []string
	Weights []int
	Sources []string
	// Unconfirmed marks rows whose figure was not checked against a source.
	Unconfirmed []bool
	total       int
}

func (d *Distribution) pick(r *rand.Rand) string {
	n := r.IntN(d.total)
	for i, w := range d.Weights {
		if n < w {
			return d.Keys[i]
		}
		n -= w
	}
	return d.Keys[len(d.Keys)-1]
}

// Distributions returns the generator's embedded distributions by name. The
// map and its values are copies: changing them changes nothing Generate does.
func Distributions() map[string]Distribution {
	src := distributions()
	out := make(map[string]Distribution, len(src))
	for k, d := range src {
		c := *d
		c.Keys = slices.Clone(d.Keys)
		c.Weights = slices.Clone(d.Weights)
		c.Sources = slices.Clone(d.Sources)
		c.Unconfirmed = slices.Clone(d.Unconfirmed)
		out[k] = c
	}
	return out
}

var distributions = sync.OnceValue(func() map[string]*Distribution {
	recs, err := csv.NewReader(bytes.NewReader(distributionsCSV)).ReadAll()
	if err != nil {
		panic(err)
	}
	out := map[string]*Distribution{}
	for _, rec := range recs[1:] {
		d := out[rec[0]]
		if d == nil {
			d = &Distribution{Name: rec[0]}
			out[rec[0]] = d
		}
		w, err := strconv.Atoi(rec[2])
		if err != nil || rec[3] == "" {
			panic("ssda903: bad distribution row " + strings.Join(rec, ","))
		}
		d.Keys = append(d.Keys, rec[1])
		d.Weights = append(d.Weights, w)
		d.Sources = append(d.Sources, rec[3])
		d.Unconfirmed = append(d.Unconfirmed, rec[4] == "yes")
		d.total += w
	}
	return out
})

// GenerateOptions size a synthetic return.
type GenerateOptions struct {
	Seed uint64
	Year stablehomes.FinancialYear
	// Episodes is the target number of episode rows (children are added
	// until it is reached).
	Episodes int
	// LocalAuthority is the responsible authority code written in PL_LA
	// for placements inside it (default E09000001, an arbitrary code).
	LocalAuthority string
}

// Generate builds a synthetic, reproducible return: the same options give the
// same return. Nothing in it is real: child identifiers are sequence
// numbers, postcodes use the area QQ (which no UK postcode uses), and URNs
// are random. Placement types, placements per child, ages, distance and
// care leavers' accommodation follow Distributions. The Episodes table
// carries PL_DISTANCE, PL_LA and PL_LOCATION.
//
// Generate stops promptly when ctx is cancelled and returns an error wrapping
// ctx.Err().
func Generate(ctx context.Context, opts GenerateOptions) (*Return, error) {
	if opts.Year.IsZero() {
		opts.Year = stablehomes.FinancialYearStarting(2024)
	}
	if opts.LocalAuthority == "" {
		opts.LocalAuthority = "E09000001"
	}
	g := &generator{
		r:     rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x903)),
		dist:  distributions(),
		year:  opts.Year,
		la:    opts.LocalAuthority,
		start: opts.Year.Start(),
		end:   opts.Year.End(),
	}
	y := opts.Year
	hreq, _, _ := Columns(Header, y)
	ereq, _, _ := Columns(Episodes, y)
	g.header = NewTable(Header, hreq)
	g.episodes = NewTable(Episodes, append(append([]string{}, ereq...), ColPlacementLA, ColPlacementLocation, ColPlacementDistance))
	ureq, _, _ := Columns(UASC, y)
	g.uasc = NewTable(UASC, ureq)
	oc2, _, _ := Columns(OC2, y)
	g.oc2 = NewTable(OC2, oc2)
	oc3, _, _ := Columns(OC3, y)
	g.oc3 = NewTable(OC3, oc3)
	for child := 1; g.episodes.Len() < opts.Episodes; child++ {
		if child%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("ssda903: generating stopped after %d episodes: %w", g.episodes.Len(), err)
			}
		}
		g.child(child)
	}
	ret := &Return{Year: y, Metadata: Metadata{LocalAuthority: opts.LocalAuthority}}
	for _, t := range []*Table{g.header, g.episodes, g.uasc, g.oc2, g.oc3} {
		ret.SetTable(t)
	}
	return ret, nil
}

type generator struct {
	r                                *rand.Rand
	dist                             map[string]*Distribution
	year                             stablehomes.FinancialYear
	la                               string
	start, end                       stablehomes.Date
	header, episodes, uasc, oc2, oc3 *Table
	lastLS                           string // legal status of the last episode written
}

func (g *generator) date(d stablehomes.Date) string { return FormatReturnDate(d) }

func (g *generator) postcode() string {
	return fmt.Sprintf("QQ%d %d%c%c", 1+g.r.IntN(99), g.r.IntN(10), 'A'+rune(g.r.IntN(26)), 'A'+rune(g.r.IntN(26)))
}

// provider picks a PLACE_PROVIDER consistent with the placement type (the
// peer's rules 178, 213, 526-531).
func (g *generator) provider(place string) string {
	switch place[0] {
	case 'T', 'Z':
		return ""
	case 'P':
		if place == "P1" {
			return "PR0"
		}
		return "PR4"
	case 'U', 'A':
		if g.r.IntN(3) == 0 {
			return "PR4"
		}
		return "PR1"
	}
	return []string{"PR1", "PR4", "PR4", "PR5"}[g.r.IntN(4)]
}

// upn makes a syntactically valid unique pupil number: a check letter
// other than I, O or S and twelve digits (the check letter is not
// computed: these are not real pupils).
func (g *generator) upn() string {
	letters := "ABCDEFGHJKLMNPQRTUVWXYZ"
	b := []byte{letters[g.r.IntN(len(letters))]}
	for range 12 {
		b = append(b, byte('0'+g.r.IntN(10)))
	}
	return string(b)
}

func (g *generator) child(n int) {
	id := strconv.Itoa(100000 + n)
	ageBand := g.dist["age_at_year_end"].pick(g.r)
	lo, hi := 0, 0
	if a, b, ok := strings.Cut(ageBand, "-"); ok {
		lo, _ = strconv.Atoi(a)
		hi, _ = strconv.Atoi(b)
	} else {
		lo, _ = strconv.Atoi(ageBand)
		hi = lo
	}
	age := lo + g.r.IntN(hi-lo+1)
	dob := g.end.AddYears(-age - 1).AddDays(1 + g.r.IntN(365))
	female := g.r.IntN(100) < 44
	sex, mother := "M", ""
	if female {
		sex, mother = "F", "0"
	}
	if g.year.StartYear() < 2024 {
		sex = map[string]string{"M": "1", "F": "2"}[sex]
	}
	upn := "UN1" // not of school age
	if dob.AgeOn(g.start) >= 5 {
		upn = g.upn()
	}
	ethnic := []string{"WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "BAFR", "AOTH", "ABAN"}[g.r.IntN(10)]
	g.header.AppendStrings([]string{id, sex, g.date(dob), ethnic, upn, mother, ""}, []bool{false, false, false, false, false, mother == "", true}, Pos{})

	// Period of care: started before the year for about 60% of children.
	var decom stablehomes.Date
	rne := "S"
	if g.r.IntN(100) < 60 && age > 1 {
		back := 1 + g.r.IntN(min(age, 8)*365)
		decom = g.start.AddDays(-back)
		rne = "P"
	} else {
		decom = g.start.AddDays(g.r.IntN(300))
	}
	if decom.Before(dob) {
		decom = dob.AddDays(1)
	}
	count := 1
	if k, err := strconv.Atoi(g.dist["placements_in_year"].pick(g.r)); err == nil {
		count = k
	}
	ls := []string{"C2", "C2", "C2", "C1", "V2", "E1"}[g.r.IntN(6)]
	cin := []string{"N1", "N1", "N1", "N4", "N2", "N5", "N6", "N8"}[g.r.IntN(8)]
	home := g.postcode()
	span := max(g.end.Days()-max(decom.Days(), g.start.Days()), count)
	cur := decom
	ceases := g.r.IntN(100) < 30
	prevPlace := ""
	for e := 0; e < count; e++ {
		ageNow := dob.AgeOn(cur)
		place := g.dist["place"].pick(g.r)
		// Keep each episode consistent with the rules on ages and
		// placement sequences, staying close to the distribution.
		switch {
		case (place == "H5" || place == "P2") && ageNow < 16:
			place = "K2" // under 16: a children's home, not semi-independence (370, 371)
		case place == "S1" && ageNow < 4:
			place = "U6" // residential school from 4 (373)
		case in(adoptionPlaces, place) && prevPlace == "" && (place == "A4" || place == "A6"):
			place = map[string]string{"A4": "A3", "A6": "A5"}[place] // first episode: with the current foster carer
		case in(adoptionPlaces, place) && prevPlace != "" && !in(fosterPlaces, prevPlace):
			place = "U4" // adoption follows a foster placement (336)
		}
		if place == "P1" && ls == "V2" {
			ls = "C2" // placed with parents is not s20 accommodation (378)
		}
		if g.year.StartYear() >= 2024 && place == "H5" {
			place = "K3"
		}
		if g.year.StartYear() >= 2025 {
			switch place {
			case "Z1":
				place = "Z11"
			case "P2", "H5":
				place = "K3"
			}
		}
		epLS := ls
		if place == "A5" || place == "A6" {
			epLS = "E1" // placed under a placement order (rule 408)
		}
		if e > 0 && epLS != prevLS(g) {
			rne = "B"
		}
		var dec stablehomes.Date
		rec, rpc := "", ""
		last := e == count-1
		if !last {
			step := 1 + g.r.IntN(max(span/count, 1))
			dec = cur.AddDays(step)
			if dec.Before(g.start) {
				dec = g.start.AddDays(1 + g.r.IntN(30))
			}
			if !dec.After(cur) || !dec.Before(g.end) {
				// No room for another episode before 31 March: this
				// one stays open.
				dec, last = stablehomes.Date{}, true
			}
			if !last {
				rec, rpc = "X1", []string{"CARPL", "CREQB", "CREQO", "CHILD", "LAREQ", "OTHER"}[g.r.IntN(6)]
			}
		}
		if last && ceases {
			dec = cur.AddDays(1 + g.r.IntN(max(g.end.Days()-cur.Days(), 1)))
			if dec.After(g.end) {
				dec = g.end
			}
			switch {
			case in(adoptionPlaces, place):
				rec = []string{"E11", "E12"}[g.r.IntN(2)]
			case in(fosterPlaces, place) && g.r.IntN(4) == 0:
				rec = "E45"
			case dob.AgeOn(dec) >= 18:
				rec = "E17"
			default:
				rec = []string{"E4A", "E13", "E8", "E41"}[g.r.IntN(4)]
			}
		}
		far := g.dist["distance_over_20_miles"].pick(g.r) == "yes"
		dist := float64(g.r.IntN(200)) / 10
		if far {
			dist = 20.1 + float64(g.r.IntN(1500))/10
		}
		plLA, loc := g.la, "IN"
		if far || g.r.IntN(5) == 0 {
			plLA, loc = "E09000002", "OUT"
		}
		provider := g.provider(place)
		if provider == "PR1" && loc == "OUT" && !in(adoptionPlaces, place) && !in(fosterPlaces, place) {
			provider = "PR4" // own provision is inside the authority (rule 1015)
		}
		urn := ""
		if !noURNFor(g.year).has(ValueCell(place)) {
			urn = "SC" + strconv.Itoa(100000+g.r.IntN(900000))
		}
		values := []string{id, g.date(cur), rne, epLS, cin, place, provider, "", rec, rpc, home, g.postcode(), urn, plLA, loc, strconv.FormatFloat(dist, 'f', 1, 64)}
		nulls := make([]bool, len(values))
		if !dec.IsZero() {
			values[7] = g.date(dec)
		}
		for i, v := range values {
			nulls[i] = v == ""
		}
		g.episodes.AppendStrings(values, nulls, Pos{})
		g.lastLS = epLS
		prevPlace = place
		if last {
			break
		}
		cur = dec
		rne = "P"
	}
	// Unaccompanied asylum-seeking children: about 9% of CLA, mostly 16-17.
	if age >= 14 && g.r.IntN(100) < 25 {
		g.uasc.AppendStrings([]string{id, sex, g.date(dob), ""}, []bool{false, false, false, true}, Pos{})
	}
	// OC2: looked after 12 months or more at 31 March.
	if !ceases && g.end.Days()-decom.Days() >= 365 {
		hc := "" // development check: under 5s only (rules 545, 546)
		if age < 5 {
			hc = "1"
		}
		convicted := "" // 10 and over only (rules 542, 543)
		if age >= 10 {
			convicted = "0"
		}
		sdq := ""
		if age >= 4 && dob.AgeOn(g.start) < 17 {
			sdq = strconv.Itoa(g.r.IntN(41))
		}
		row := []string{id, g.date(dob), sdq, "", convicted, hc, "1", "1", "1", "0", "", ""}
		nulls := make([]bool, len(row))
		for i, v := range row {
			nulls[i] = v == ""
		}
		g.oc2.AppendStrings(row, nulls, Pos{})
	}
	// OC3: care leavers aged 17-21, a separate cohort (identifiers offset)
	// who left care in earlier years, so they are in Header but have no
	// episodes this year.
	if age >= 16 {
		leaverAge := 18 + g.r.IntN(4)
		ldob := g.end.AddYears(-leaverAge - 1).AddDays(1 + g.r.IntN(365))
		accom := []string{"B", "D", "E", "K", "U", "Z"}[g.r.IntN(6)]
		if g.dist["care_leaver_suitable"].pick(g.r) == "yes" {
			accom += "1"
		} else {
			accom += "2"
		}
		activ := []string{"F1", "F2", "F5", "P5", "F4", "G4", "G5", "G6"}[g.r.IntN(8)]
		lid := strconv.Itoa(900000 + n)
		// No MOTHER for care leavers not looked after this year (rule 628).
		g.header.AppendStrings([]string{lid, sex, g.date(ldob), ethnic, g.upn(), "", ""}, []bool{false, false, false, false, false, true, true}, Pos{})
		g.oc3.AppendStrings([]string{lid, g.date(ldob), "YES", activ, accom}, nil, Pos{})
	}
}

func prevLS(g *generator) string { return g.lastLS }

func in(s codeSet, code string) bool { return s.hasString(code) }

// noURNFor is the year's list of placement types without an Ofsted URN.
func noURNFor(y stablehomes.FinancialYear) codeSet {
	switch {
	case y.StartYear() >= 2025:
		return noURN2025
	case y.StartYear() >= 2024:
		return noURN2024
	}
	return noURN2022
}
