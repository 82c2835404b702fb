package placements

import (
	"github.com/stablehomes/stablehomes"
)

// RuleRankingInput is what a need, an option or a ranked option must carry.
var RuleRankingInput = stablehomes.Rule{ID: "placements.ranking-input", Title: "A need names the child and home authority; an option its ID and s22C preference; a ranked option its rank and reasons",
	Source: srcS22C}

// Validate checks a need.
func (n Need) Validate() error {
	var vs stablehomes.Violations
	if n.ChildID == "" || n.HomeAuthority.IsZero() {
		vs.Add("", "placements.ranking-input", "a need names the child and the home authority", stablehomes.SeverityError, RuleRankingInput)
	}
	return vs.Err()
}

// Validate checks an option.
func (o Option) Validate() error {
	var vs stablehomes.Violations
	if o.ID == "" {
		vs.Add("/id", "placements.ranking-input", "an option needs an ID", stablehomes.SeverityError, RuleRankingInput)
	}
	if o.Preference < PreferParent || o.Preference > PreferOther {
		vs.Add("/preference", "placements.ranking-input", "the preference is 1 to 4 in the s22C order", stablehomes.SeverityError, RuleRankingInput)
	}
	return vs.Err()
}

// Validate checks a ranked option.
func (r Ranked) Validate() error {
	var vs stablehomes.Violations
	if r.Rank < 1 || len(r.Reasons) == 0 {
		vs.Add("", "placements.ranking-input", "a ranked option has a rank from 1 and its reasons", stablehomes.SeverityError, RuleRankingInput)
	}
	if err := r.Option.Validate(); err != nil {
		if ovs, ok := err.(stablehomes.Violations); ok {
			vs = append(vs, ovs.Prefix("/option")...)
		}
	}
	return vs.Err()
}
