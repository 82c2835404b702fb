package dashboard

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
	"github.com/stablehomes/stablehomes/placements"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

var episodeCols = []string{"CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN", "PL_DISTANCE"}

// ep is an Episodes row written the way a return writes it.
type ep struct{ child, decom, rne, place, dec, plPost, dist, ls string }

func buildReturn(year string, header [][2]string, eps []ep, oc3 [][4]string, oc2 [][4]string) *ssda903.Return {
	fy, _ := stablehomes.ParseFinancialYear(year)
	ret := &ssda903.Return{Year: fy}
	h := ssda903.NewTable(ssda903.Header, []string{"CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB", ""})
	for i, r := range header {
		h.AppendStrings([]string{r[0], "M", r[1], "WBRI", "UN1", "", ""}, nil, ssda903.Pos{File: "header.csv", Line: i + 2})
	}
	ret.SetTable(h)
	e := ssda903.NewTable(ssda903.Episodes, episodeCols)
	for i, r := range eps {
		ls := r.ls
		if ls == "" {
			ls = "C2"
		}
		e.AppendStrings([]string{r.child, r.decom, r.rne, ls, "N1", r.place, "PR1", r.dec, "", "", "AB1 1AA", r.plPost, "", r.dist}, nil, ssda903.Pos{File: "episodes.csv", Line: i + 2})
	}
	ret.SetTable(e)
	o3 := ssda903.NewTable(ssda903.OC3, []string{"CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"})
	for i, r := range oc3 {
		o3.AppendStrings([]string{r[0], r[1], "YES", r[2], r[3]}, nil, ssda903.Pos{File: "oc3.csv", Line: i + 2})
	}
	ret.SetTable(o3)
	o2 := ssda903.NewTable(ssda903.OC2, []string{"CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"})
	for i, r := range oc2 {
		o2.AppendStrings([]string{r[0], "01/01/2015", "", "", "0", "1", r[2], r[3], r[1], "0", "", ""}, nil, ssda903.Pos{File: "oc2.csv", Line: i + 2})
	}
	ret.SetTable(o2)
	return ret
}

func get(t *testing.T, counts []Count, id IndicatorID) Count {
	t.Helper()
	for _, c := range counts {
		if c.Indicator == id {
			return c
		}
	}
	t.Fatalf("no %s", id)
	return Count{}
}

// A small return whose every indicator is counted by hand in the comments.
func TestHandCountedReturn(t *testing.T) {
	header := [][2]string{{"A", "01/06/2012"}, {"B", "01/06/2010"}, {"C", "01/06/2008"}, {"D", "01/06/2015"}, {"E", "01/06/2011"}, {"F", "01/06/2016"}}
	eps := []ep{
		// A: one long foster placement since 2019; in care at 31 March; 1 placement;
		// under 16, in care 2.5y, same carer 2y: stable. 25.3 miles: over 20.
		{"A", "01/05/2019", "S", "U4", "", "AB2 2AA", "25.3", ""},
		// B: kinship (U1) from 2024-04-10, then P to U4 on 2024-08-01, then a
		// temporary T1 on 2024-11-01 and back to U4 at the same postcode on
		// 2024-11-05 (does not count), then P to R1 on 2025-01-01.
		// Placements in year: U1, U4, R1 = 3. At 31 March in R1 (not family-based).
		{"B", "10/04/2024", "S", "U1", "01/08/2024", "AB3 3AA", "3.0", ""},
		{"B", "01/08/2024", "P", "U4", "01/11/2024", "AB4 4AA", "20.0", ""},
		{"B", "01/11/2024", "P", "T1", "05/11/2024", "AB9 9AA", "", ""},
		{"B", "05/11/2024", "P", "U4", "01/01/2025", "AB4 4AA", "20.0", ""},
		{"B", "01/01/2025", "P", "R1", "", "AB5 5AA", "20.1", ""},
		// C: kinship U2 since 2020 but a legal-status change (L) in 2024 keeps
		// the carer: stable; over 16 at 31 March 2025 (born 2008): not in the
		// long-term cohort. 5 miles.
		{"C", "01/01/2020", "S", "U2", "01/07/2024", "AB6 6AA", "5.0", ""},
		{"C", "01/07/2024", "L", "U2", "", "AB6 6AA", "5.0", ""},
		// D: left care on 31 March 2025 (DEC = 31/03/2025): not looked after at 31 March.
		{"D", "01/01/2024", "S", "U4", "31/03/2025", "AB7 7AA", "1.0", ""},
		// E: short breaks only (V4): excluded from every measure.
		{"E", "01/01/2023", "S", "U4", "", "AB8 8AA", "50.0", "V4"},
		// F: in care since 01/10/2022 (2 years 6 months less a day at
		// 31 March 2025: not 2.5 years), same placement: not in the cohort.
		{"F", "01/10/2022", "S", "U5", "", "AC1 1AA", "0.5", ""},
	}
	oc3 := [][4]string{
		{"L1", "15/05/2005", "F2", "B1"}, // 19: EET, suitable
		{"L2", "15/05/2004", "G4", "B2"}, // 20: NEET, not suitable
		{"L3", "15/05/2003", "0", "0"},   // 21: no information (in denominator)
		{"L4", "15/05/2007", "F1", "C1"}, // 17: outside 19 to 21
		{"L5", "15/05/2002", "F1", "C1"}, // 22: outside
	}
	oc2 := [][4]string{{"A", "1", "1", "0"}, {"C", "1", "0", "1"}, {"F", "0", "1", "1"}}
	ret := buildReturn("2024-25", header, eps, oc3, oc2)
	counts, excluded := compute(ret, Options{})
	if len(excluded) != 0 {
		t.Errorf("excluded: %v", excluded)
	}
	// Looked after at 31 March 2025 (excluding short breaks): A, B, C, F = 4.
	want := map[IndicatorID][2]int64{
		ThreeOrMorePlacements:            {1, 4}, // B
		PlacedOver20Miles:                {2, 4}, // A (25.3) and B (20.1); 20.0 is not more than 20
		FamilyBasedPlacements:            {3, 4}, // A U4, C U2, F U5
		KinshipFosterPlacements:          {1, 4}, // C
		LongTermStability:                {1, 1}, // cohort: A only (B too recent, C 16, F short of 2.5y)
		CareLeaversSuitableAccommodation: {1, 3},
		CareLeaversEET:                   {1, 3},
		HealthAssessments:                {2, 3},
		Immunisations:                    {2, 3},
		DentalChecks:                     {2, 3},
	}
	for id, w := range want {
		c := get(t, counts, id)
		if c.Numerator != w[0] || c.Denominator != w[1] {
			t.Errorf("%s = %d/%d, want %d/%d", id, c.Numerator, c.Denominator, w[0], w[1])
		}
	}
	// With temporary placements counted, B has 5 placements (U1, U4, T1, U4, R1).
	b, flat := mustChild(t, ret, "B")
	history := columnsOf(ret.Table(ssda903.Episodes)).historyOf(nil, b.episodesIn(flat))
	if got := placements.PlacementsInYear(history, ret.Year, placements.Method{CountTemporaryPlacements: true}); got != 5 {
		t.Errorf("B with temporary placements counted: %d, want 5", got)
	}
}

func mustChild(t *testing.T, ret *ssda903.Return, id string) (child, []episode) {
	kids, flat, _ := children(ret)
	for _, c := range kids {
		if c.id == id {
			return c, flat
		}
	}
	t.Fatalf("no child %s", id)
	return child{}, nil
}

func TestUnusableRowsAreReported(t *testing.T) {
	ret := buildReturn("2024-25", nil, []ep{
		{"", "01/01/2024", "S", "U1", "", "", "", ""},
		{"X", "2024-01-01", "S", "U1", "", "", "", ""},
		{"Y", "01/01/2024", "S", "U1", "01/01/2023", "", "", ""},
		{"Z", "01/01/2024", "S", "U1", "", "", "", ""},
	}, [][4]string{{"L", "bad", "F1", "B1"}}, nil)
	_, excluded := compute(ret, Options{})
	if len(excluded) != 4 {
		t.Fatalf("excluded %v, want 4 rows", excluded)
	}
	for _, e := range excluded {
		if e.Pos.Line == 0 || e.Reason == "" || strings.Contains(e.Reason, "2024") {
			t.Errorf("bad exclusion %+v", e)
		}
	}
}

// An independent, plain computation of the 31 March measures over a
// generated return, written without the package's helpers: for each child
// take the episode open at 31 March by scanning the raw table.
func TestAgainstPlainCount(t *testing.T) {
	ret := generate(ssda903.GenerateOptions{Seed: 7, Year: stablehomes.FinancialYearStarting(2024), Episodes: 20000})
	counts, _ := compute(ret, Options{})
	e := ret.Table(ssda903.Episodes)
	end := ret.End()
	type open struct {
		place, dist, ls string
	}
	latest := map[string]open{}
	for i := 0; i < e.Len(); i++ {
		start, ok1 := e.Cell(i, "DECOM").DateOK()
		dec := e.Cell(i, "DEC")
		if !ok1 || start.After(end) {
			continue
		}
		if dec.String() != "" {
			d, ok := dec.DateOK()
			if !ok || !d.After(end) {
				continue
			}
		}
		latest[e.Cell(i, "CHILD").String()] = open{e.Cell(i, "PLACE").String(), e.Cell(i, "PL_DISTANCE").String(), e.Cell(i, "LS").String()}
	}
	var cla, fam, kin, far int64
	for _, o := range latest {
		if o.ls == "V3" || o.ls == "V4" { // short breaks only
			continue
		}
		cla++
		if strings.HasPrefix(o.place, "U") {
			fam++
			if o.place <= "U3" {
				kin++
			}
		}
		if o.dist != "" {
			var whole, tenth int
			parts := strings.SplitN(o.dist, ".", 2)
			for _, c := range parts[0] {
				whole = whole*10 + int(c-'0')
			}
			if len(parts) == 2 && len(parts[1]) > 0 {
				tenth = int(parts[1][0] - '0')
			}
			if whole*10+tenth > 200 {
				far++
			}
		}
	}
	if cla == 0 {
		t.Fatal("generated return has no children looked after at 31 March")
	}
	for id, w := range map[IndicatorID][2]int64{FamilyBasedPlacements: {fam, cla}, KinshipFosterPlacements: {kin, cla}, PlacedOver20Miles: {far, cla}} {
		c := get(t, counts, id)
		if c.Numerator != w[0] || c.Denominator != w[1] {
			t.Errorf("%s = %d/%d, plain count %d/%d", id, c.Numerator, c.Denominator, w[0], w[1])
		}
	}
	// OC3 and OC2 counted plainly too.
	var leavers, suitable, eet int64
	o3 := ret.Table(ssda903.OC3)
	for i := 0; i < o3.Len(); i++ {
		d, ok := o3.Cell(i, "DOB").DateOK()
		if !ok {
			continue
		}
		if age := d.AgeOn(end); age >= 19 && age <= 21 {
			leavers++
			if strings.HasSuffix(o3.Cell(i, "ACCOM").String(), "1") {
				suitable++
			}
			switch o3.Cell(i, "ACTIV").String() {
			case "F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5":
				eet++
			}
		}
	}
	for id, w := range map[IndicatorID][2]int64{CareLeaversSuitableAccommodation: {suitable, leavers}, CareLeaversEET: {eet, leavers}} {
		if c := get(t, counts, id); c.Numerator != w[0] || c.Denominator != w[1] {
			t.Errorf("%s = %d/%d, plain count %d/%d", id, c.Numerator, c.Denominator, w[0], w[1])
		}
	}
}

// reorder returns a copy of the return with the Episodes rows shuffled.
func reorder(ret *ssda903.Return, seed uint64) *ssda903.Return {
	e := ret.Table(ssda903.Episodes)
	rows := make([]int, e.Len())
	for i := range rows {
		rows[i] = i
	}
	r := rand.New(rand.NewPCG(seed, 1))
	r.Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
	out := *ret
	out.SetTable(e.Subset(rows))
	return &out
}

func TestProperties(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	props.Property("shuffling rows changes no indicator", prop.ForAll(func(seed uint64) bool {
		ret := generate(ssda903.GenerateOptions{Seed: seed, Year: stablehomes.FinancialYearStarting(2024), Episodes: 300})
		a, _ := compute(ret, Options{})
		b, _ := compute(reorder(ret, seed+1), Options{})
		return equalCounts(a, b)
	}, gen.UInt64()))
	props.Property("splitting by child and adding gives the whole", prop.ForAll(func(seed uint64) bool {
		ret := generate(ssda903.GenerateOptions{Seed: seed, Year: stablehomes.FinancialYearStarting(2024), Episodes: 300})
		whole, _ := compute(ret, Options{})
		x, y := splitByChild(ret, seed)
		a, _ := compute(x, Options{})
		b, _ := compute(y, Options{})
		for i := range whole {
			if a[i].Numerator+b[i].Numerator != whole[i].Numerator || a[i].Denominator+b[i].Denominator != whole[i].Denominator {
				return false
			}
		}
		return true
	}, gen.UInt64()))
	props.Property("a child with one long placement is always stable", prop.ForAll(func(years int, dobOffset int) bool {
		end := stablehomes.MustDate(2025, 3, 31)
		start := end.AddYears(-years).AddDays(-1)
		dob := end.AddYears(-15).AddDays(dobOffset) // under 16 at 31 March
		ret := buildReturn("2024-25", [][2]string{{"K", ssda903.FormatReturnDate(dob)}},
			[]ep{{"K", ssda903.FormatReturnDate(start), "S", "U4", "", "AB1 1AB", "2.0", ""}}, nil, nil)
		counts, _ := compute(ret, Options{})
		lts := get(t, counts, LongTermStability)
		three := get(t, counts, ThreeOrMorePlacements)
		return lts.Numerator == 1 && lts.Denominator == 1 && three.Numerator == 0 && three.Denominator == 1
	}, gen.IntRange(3, 14), gen.IntRange(0, 300)))
	props.TestingRun(t)
}

func equalCounts(a, b []Count) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// splitByChild puts each child's rows, in every table, into one of two returns.
func splitByChild(ret *ssda903.Return, seed uint64) (*ssda903.Return, *ssda903.Return) {
	inFirst := func(id string) bool {
		h := seed
		for i := 0; i < len(id); i++ {
			h = h*31 + uint64(id[i])
		}
		return h%2 == 0
	}
	x, y := *ret, *ret
	for _, id := range []ssda903.TableID{ssda903.Header, ssda903.Episodes, ssda903.OC2, ssda903.OC3, ssda903.UASC} {
		t := ret.Table(id)
		if t == nil {
			continue
		}
		var a, b []int
		for i := 0; i < t.Len(); i++ {
			if inFirst(t.Cell(i, "CHILD").String()) {
				a = append(a, i)
			} else {
				b = append(b, i)
			}
		}
		x.SetTable(t.Subset(a))
		y.SetTable(t.Subset(b))
	}
	return &x, &y
}

// Every measurement the dashboard produces passes missions' own checks:
// known indicator, consistent value, percentage range, period and area.
func TestMeasurementsValidate(t *testing.T) {
	ret := generate(ssda903.GenerateOptions{Seed: 3, Year: stablehomes.FinancialYearStarting(2024), Episodes: 5000})
	counts, _ := compute(ret, Options{})
	ms := Measurements("E09000018", ret.Year, counts)
	if len(ms) != len(counts) {
		t.Errorf("%d measurements for %d counts", len(ms), len(counts))
	}
	for _, m := range ms {
		if err := m.Validate(); err != nil {
			t.Errorf("%s: %v", m.Indicator, err)
		}
	}
}

// A return whose placements carry no distance (PL_DISTANCE blank, as in an
// export without a postcode lookup) must not show "0% placed more than 20
// miles", a figure better than England's made of missing data: the
// indicator is listed as not computed with its reason, and so are the care
// leaver indicators of a return without OC3 rows.
func TestNotComputedWithoutDistances(t *testing.T) {
	header := [][2]string{{"A", "01/06/2012"}, {"B", "01/06/2010"}}
	eps := []ep{
		{"A", "01/05/2019", "S", "U4", "", "AB2 2AA", "", ""},
		{"B", "10/04/2024", "S", "U1", "", "AB3 3AA", "", ""},
	}
	ret := buildReturn("2024-25", header, eps, nil, [][4]string{{"A", "1", "1", "0"}})
	rep, err := Compute(context.Background(), ret, Options{})
	if err != nil {
		t.Fatal(err)
	}
	not := map[IndicatorID]string{}
	for _, n := range rep.NotComputed {
		not[n.Indicator] = n.Reason
	}
	for _, id := range []IndicatorID{PlacedOver20Miles, CareLeaversSuitableAccommodation, CareLeaversEET} {
		if not[id] == "" {
			t.Errorf("%s: not listed as not computed (got %v)", id, rep.NotComputed)
		}
	}
	if len(rep.NotComputed) != 3 {
		t.Errorf("not computed: %v, want the three above only", rep.NotComputed)
	}
	if c := get(t, rep.Counts, PlacedOver20Miles); c.Denominator != 0 {
		t.Errorf("PlacedOver20Miles = %d/%d, want no denominator", c.Numerator, c.Denominator)
	}
	for _, m := range Measurements("E09000018", ret.Year, rep.Counts) {
		if m.Indicator == string(PlacedOver20Miles) {
			t.Errorf("Measurements shows %s: %s%%", m.Indicator, m.Value)
		}
	}
	// One known distance is enough for the figure to be computed.
	eps[0].dist = "25.3"
	rep, _ = Compute(context.Background(), buildReturn("2024-25", header, eps, nil, nil), Options{})
	if c := get(t, rep.Counts, PlacedOver20Miles); c.Numerator != 1 || c.Denominator != 2 {
		t.Errorf("with a distance: %d/%d, want 1/2", c.Numerator, c.Denominator)
	}
}
