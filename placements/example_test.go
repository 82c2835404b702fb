package placements_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/placements"
)

// Decoding is strict and judges the placement by the rules in force on its
// start date. A child of 12 in a children's home (K2) 34 miles from home
// needs a recorded reason: a warning, with its path and code.
func ExampleDecodePlacement() {
	p, err := placements.DecodePlacement(strings.NewReader(`{"id":"P-1","childId":"C-1","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"U4","provider":"PR1","ofstedUrn":"SC123456","distanceMiles":"5.5"}`))
	fmt.Println(p.ID, p.Type, err)

	_, err = placements.DecodePlacement(strings.NewReader(`{"id":"P-3","childId":"C-3","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"K2","provider":"PR4","ofstedUrn":"SC345678","distanceMiles":"34.0"}`))
	var vs stablehomes.Violations
	if errors.As(err, &vs) {
		for _, v := range vs {
			fmt.Println(v.Path, v.Code, v.IsWarning())
		}
	}
	// Output:
	// P-1 U4 <nil>
	// /reasonRecorded placements.reason-required true
}

// Rank orders candidate homes by the s22C order of preference (a
// connected person before a foster parent before other homes), giving the
// cited reasons for each place.
func ExampleRank() {
	la, _ := stablehomes.LookupLA("E08000003")
	need := placements.Need{ChildID: "C-1", Siblings: true, HomeAuthority: la, Date: stablehomes.MustDate(2025, 6, 1)}
	miles := func(s string) placements.Distance {
		d, err := placements.ParseDistance(s)
		if err != nil {
			panic(err)
		}
		return d
	}
	ranked, err := placements.Rank(need, []placements.Option{
		{ID: "childrens-home", Preference: placements.PreferOther, Distance: miles("4.0"), SiblingsTogether: true},
		{ID: "aunt", Preference: placements.PreferConnectedPerson, Distance: miles("12.0")},
		{ID: "foster", Preference: placements.PreferFosterParent, Distance: miles("3.0"), SiblingsTogether: true, Authority: la},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range ranked {
		fmt.Println(r.Rank, r.Option.ID)
	}
	fmt.Println(ranked[0].Reasons[0].Source.Document != "")
	// Output:
	// 1 aunt
	// 2 foster
	// 3 childrens-home
	// true
}
