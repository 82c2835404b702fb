package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/cli"
	"github.com/stablehomes/stablehomes/placements"
)

func main() { os.Exit(run(os.Stdout, os.Stderr, os.Args[1:])) }

var samples = []string{
	`{"id":"P-1","childId":"C-1","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"U4","provider":"PR1","ofstedUrn":"SC123456","distanceMiles":"5.5"}`,
	`{"id":"P-2","childId":"C-2","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"H5","provider":"PR4","ofstedUrn":"SC234567"}`,
	`{"id":"P-3","childId":"C-3","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"K2","provider":"PR4","ofstedUrn":"SC345678","distanceMiles":"34.0"}`,
	`{"id":"P-4","childId":"C-4","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"K2","provider":"PR4"}`,
	`{"id":"P-5","childId":"C-5","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"U4","distanceTenthsOfMile":55}`,
}

func run(w, stderr io.Writer, args []string) int {
	c := cli.New("placement", "", stderr,
		"Validates sample placements, ranks candidate homes for a sample child with the cited reasons for each place,",
		"and works out DfE's stability measures for a sample child. It takes no arguments.")
	c.Exits("always, once the report is printed (the samples' refusals are the example's own)", "not used")
	if code, done := c.Parse(args); done {
		return code
	}
	if code, done := c.NoArgs(); done {
		return code
	}
	for _, s := range samples {
		p, err := placements.DecodePlacement(strings.NewReader(s))
		if err == nil {
			fmt.Fprintf(w, "%s: valid\n", p.ID)
			continue
		}
		fmt.Fprintf(w, "%s: %v\n", p.ID, err)
	}
	la, _ := stablehomes.LookupLA("E08000003")
	need := placements.Need{ChildID: "C-1", Siblings: true, HomeAuthority: la, Date: stablehomes.MustDate(2025, 6, 1)}
	stockport, _ := stablehomes.LookupLA("356")
	cheshireEast, _ := stablehomes.LookupLA("895")
	opts := []placements.Option{
		{ID: "childrens-home-a", Preference: placements.PreferOther, Distance: miles("4.0"), SiblingsTogether: true},
		{ID: "aunt", Preference: placements.PreferConnectedPerson, Distance: miles("12.0"), Authority: stockport},
		{ID: "foster-b", Preference: placements.PreferFosterParent, Distance: miles("3.0"), SiblingsTogether: true, Authority: la},
		{ID: "foster-c", Preference: placements.PreferFosterParent, Distance: miles("3.0"), Authority: cheshireEast},
		{ID: "foster-d", Preference: placements.PreferFosterParent, SiblingsTogether: true}, // distance not known
	}
	ranked, err := placements.Rank(need, opts)
	if err != nil {
		return c.Errorf("ranking refused: %v", err)
	}
	for _, r := range ranked {
		fmt.Fprintf(w, "%d. %s\n", r.Rank, r.Option.ID)
		for _, why := range r.Reasons {
			fmt.Fprintf(w, "   - %s (%s)\n", why.Text, strings.TrimSpace(why.Source.Document+" "+why.Source.Section))
		}
	}
	stability(w)
	return 0
}

// stability works out DfE's stability measures for one child's episodes
// in 2024-25.
func stability(w io.Writer) {
	d := stablehomes.MustDate
	child := placements.Child{DateOfBirth: d(2013, 2, 1), Episodes: []placements.Episode{
		{Start: d(2022, 1, 10), End: d(2024, 5, 1), Reason: "S", LegalStatus: "C2", Type: "U4", PlacementPostcode: "M1 1AA", Distance: miles("4.2")},
		{Start: d(2024, 5, 1), End: d(2024, 5, 6), Reason: "P", LegalStatus: "C2", Type: "T1"},
		{Start: d(2024, 5, 6), End: d(2024, 11, 2), Reason: "P", LegalStatus: "C2", Type: "U4", PlacementPostcode: "M1 1AA", Distance: miles("4.2")},
		{Start: d(2024, 11, 2), Reason: "P", LegalStatus: "C2", Type: "K2", PlacementPostcode: "LA1 1AA", Distance: miles("48.9")},
	}}
	year := stablehomes.FinancialYearStarting(2024)
	s := child.Stability(year, placements.Method{})
	fmt.Fprintf(w, "stability in %s: looked after at 31 March %v; placements %d (3 or more: %v); long-term cohort %v, stable %v; more than 20 miles from home %v; placed in %s\n",
		year, s.LookedAfter, s.Placements, s.ThreeOrMore, s.LongTermCohort, s.LongTermStable, s.FarFromHome, s.Category)
	t := child.Stability(year, placements.Method{CountTemporaryPlacements: true})
	fmt.Fprintf(w, "counting the hospital stay and the return as moves: placements %d\n", t.Placements)
}

func miles(s string) placements.Distance {
	d, err := placements.ParseDistance(s)
	if err != nil {
		panic(err)
	}
	return d
}
