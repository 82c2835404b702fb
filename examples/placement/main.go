// Command placement validates sample placements and ranks candidate homes
// for a sample child, printing the cited reasons.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/placements"
)

func main() { os.Exit(run(os.Stdout, os.Args[1:])) }

var samples = []string{
	`{"id":"P-1","childId":"C-1","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"U4","provider":"PR1","distanceTenthsOfMile":55}`,
	`{"id":"P-2","childId":"C-2","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"H5"}`,
	`{"id":"P-3","childId":"C-3","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"K2","provider":"PR4","distanceTenthsOfMile":340}`,
}

func run(w io.Writer, _ []string) int {
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
		{ID: "childrens-home-a", Preference: placements.PreferOther, DistanceTenths: 40, SiblingsTogether: true},
		{ID: "aunt", Preference: placements.PreferConnectedPerson, DistanceTenths: 120, Authority: stockport},
		{ID: "foster-b", Preference: placements.PreferFosterParent, DistanceTenths: 30, SiblingsTogether: true, Authority: la},
		{ID: "foster-c", Preference: placements.PreferFosterParent, DistanceTenths: 30, Authority: cheshireEast},
	}
	for _, r := range placements.Rank(need, opts) {
		fmt.Fprintf(w, "%d. %s\n", r.Rank, r.Option.ID)
		for _, why := range r.Reasons {
			fmt.Fprintf(w, "   - %s (%s %s)\n", why.Text, why.Source.Document, why.Source.Section)
		}
	}
	return 0
}
