package ssda903

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"

	"github.com/stablehomes/stablehomes"
)

// The distributions the generator draws from, each row citing its source;
// rows flagged unconfirmed are figures we could not check against a stored
// source (reference ssda903.md gives few national shares).
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

// Distributions returns the generator's embedded distributions by name.
var Distributions = sync.OnceValue(func() map[string]*Distribution {
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
func Generate(opts GenerateOptions) *Return {
	if opts.Year.IsZero() {
		opts.Year = stablehomes.FinancialYearStarting(2024)
	}
	if opts.LocalAuthority == "" {
		opts.LocalAuthority = "E09000001"
	}
	g := &generator{
		r:     rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x903)),
		dist:  Distributions(),
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
		g.child(child)
	}
	ret := &Return{Year: y, Metadata: Metadata{LocalAuthority: opts.LocalAuthority}}
	for _, t := range []*Table{g.header, g.episodes, g.uasc, g.oc2, g.oc3} {
		ret.SetTable(t)
	}
	return ret
}

type generator struct {
	r                                *rand.Rand
	dist                             map[string]*Distribution
	year                             stablehomes.FinancialYear
	la                               string
	start, end                       stablehomes.Date
	header, episodes, uasc, oc2, oc3 *Table
	row                              []string
	nulls                            []bool
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
	sex := "M"
	if g.r.IntN(100) < 44 {
		sex = "F"
	}
	if g.year.StartYear() < 2024 {
		sex = map[string]string{"M": "1", "F": "2"}[sex]
	}
	ethnic := []string{"WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "BAFR", "AOTH", "ABAN"}[g.r.IntN(10)]
	g.header.AppendStrings([]string{id, sex, g.date(dob), ethnic, "UN" + strconv.Itoa(1+g.r.IntN(5)), "", ""}, []bool{false, false, false, false, false, true, true}, Pos{})

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
		decom = dob
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
	for e := 0; e < count; e++ {
		place := g.dist["place"].pick(g.r)
		if age < 16 && (place == "H5" || place == "P2") {
			place = "U6"
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
		var dec stablehomes.Date
		rec, rpc := "", ""
		last := e == count-1
		if !last {
			step := 1 + g.r.IntN(max(span/count, 1))
			dec = cur.AddDays(step)
			if dec.Before(g.start) {
				dec = g.start.AddDays(g.r.IntN(30))
			}
			rec, rpc = "X1", []string{"CARPL", "CREQB", "CREQO", "CHILD", "LAREQ", "OTHER"}[g.r.IntN(6)]
		} else if ceases {
			dec = cur.AddDays(1 + g.r.IntN(max(g.end.Days()-cur.Days(), 1)))
			if dec.After(g.end) {
				dec = g.end
			}
			rec = []string{"E4A", "E13", "E11", "E12", "E17", "E45", "E8"}[g.r.IntN(7)]
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
		urn := ""
		switch place {
		case "K1", "K2", "R1", "S1", "K3":
			urn = "SC" + strconv.Itoa(100000+g.r.IntN(900000))
		}
		values := []string{id, g.date(cur), rne, ls, cin, place, g.provider(place), "", rec, rpc, home, g.postcode(), urn, plLA, loc, strconv.FormatFloat(dist, 'f', 1, 64)}
		nulls := make([]bool, len(values))
		if !dec.IsZero() {
			values[7] = g.date(dec)
		}
		for i, v := range values {
			nulls[i] = v == ""
		}
		g.episodes.AppendStrings(values, nulls, Pos{})
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
		hc := "1"
		if g.r.IntN(10) == 0 {
			hc = "0"
		}
		sdq := ""
		if age >= 4 && age <= 16 {
			sdq = strconv.Itoa(g.r.IntN(41))
		}
		row := []string{id, g.date(dob), sdq, "", "0", hc, "1", "1", "1", "0", "", ""}
		nulls := make([]bool, len(row))
		for i, v := range row {
			nulls[i] = v == ""
		}
		g.oc2.AppendStrings(row, nulls, Pos{})
	}
	// OC3: care leavers, aged 17-21 in the year; generated for older
	// children as a separate cohort (same identifier space, offset).
	if age >= 16 {
		leaverAge := 17 + g.r.IntN(5)
		ldob := g.end.AddYears(-leaverAge - 1).AddDays(1 + g.r.IntN(365))
		accom := []string{"B", "D", "E", "K", "U", "Z"}[g.r.IntN(6)]
		if g.dist["care_leaver_suitable"].pick(g.r) == "yes" {
			accom += "1"
		} else {
			accom += "2"
		}
		activ := []string{"F1", "F2", "F5", "P5", "F4", "G4", "G5", "G6"}[g.r.IntN(8)]
		g.oc3.AppendStrings([]string{strconv.Itoa(900000 + n), g.date(ldob), "YES", activ, accom}, nil, Pos{})
	}
}
