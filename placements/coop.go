package placements

import "github.com/stablehomes/stablehomes"

// CoOperative is a regional care co-operative pathfinder: authorities that
// plan, commission and provide homes for children in care together.
type CoOperative struct {
	Name    string
	From    stablehomes.Date // the date the pathfinder regions were published
	Members []stablehomes.LocalAuthority
	Source  stablehomes.Source
}

var coopSource = stablehomes.Source{Document: "DfE, Regional care co-operatives: pathfinder regions (18 November 2024)", URL: "https://gov.uk/government/publications/regional-care-co-operatives-pathfinder-areas/regional-care-cooperatives-rccs-pathfinder-regions"}

// CoOperatives returns the two pathfinders. Greater Manchester's ten
// authorities are listed; the South East pathfinder's members are not in
// the library's reference and are left empty, flagged unconfirmed.
func CoOperatives() []CoOperative {
	gm := CoOperative{Name: "Greater Manchester", From: stablehomes.MustDate(2024, 11, 18), Source: coopSource}
	for _, c := range []string{"350", "351", "352", "353", "354", "355", "356", "357", "358", "359"} {
		la, err := stablehomes.LookupLA(c)
		if err != nil {
			panic("placements: co-operative member " + c + ": " + err.Error())
		}
		gm.Members = append(gm.Members, la)
	}
	se := CoOperative{Name: "South East", From: stablehomes.MustDate(2024, 11, 18), Source: stablehomes.Source{Document: coopSource.Document, URL: coopSource.URL,
		Unconfirmed: "member authorities not in the reference; none are listed"}}
	return []CoOperative{gm, se}
}

// CoOperativeOf returns the co-operative an authority belonged to on a date.
func CoOperativeOf(la stablehomes.LocalAuthority, on stablehomes.Date) (CoOperative, bool) {
	for _, c := range CoOperatives() {
		if on.Before(c.From) {
			continue
		}
		for _, m := range c.Members {
			if m.GSSCode == la.GSSCode {
				return c, true
			}
		}
	}
	return CoOperative{}, false
}

var srcNearHome = stablehomes.Source{Document: "Children Act 1989", Section: "s22C(8)(a) and (9) (near home; within the authority's area where reasonably practicable)", URL: "https://www.legislation.gov.uk/ukpga/1989/41/section/22C"}

// locationReason says where an option lies relative to the child's
// authority and its co-operative, as a reason only: the law states no
// preference for a co-operative's footprint.
func locationReason(need Need, o Option) (Reason, bool) {
	if o.Authority.IsZero() || need.HomeAuthority.IsZero() {
		return Reason{}, false
	}
	if o.Authority.GSSCode == need.HomeAuthority.GSSCode {
		return Reason{Text: "inside the child's home authority", Source: srcNearHome}, true
	}
	if need.Date.IsZero() {
		return Reason{Text: "outside the child's home authority (no decision date given, so the co-operative footprint is not judged)", Source: srcNearHome}, true
	}
	home, ok1 := CoOperativeOf(need.HomeAuthority, need.Date)
	there, ok2 := CoOperativeOf(o.Authority, need.Date)
	if ok1 && ok2 && home.Name == there.Name {
		return Reason{Text: "outside the child's home authority but inside the " + home.Name + " regional care co-operative's footprint (reported, not preferred: the law states no preference for it)", Source: home.Source}, true
	}
	return Reason{Text: "outside the child's home authority and any regional care co-operative it belongs to", Source: srcNearHome}, true
}
