package placements

import (
	"github.com/invopop/jsonschema"

	"github.com/stablehomes/stablehomes"
)

// JSONSchema lists the four places in the s22C order.
func (Preference) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "integer", Title: "s22C preference", Description: "A candidate's place in the Children Act 1989 s22C order of preference.",
		OneOf: []*jsonschema.Schema{
			{Const: 1, Title: "Parent or person with parental responsibility", Description: "s22C(2)-(4)"},
			{Const: 2, Title: "Connected person who is a local authority foster parent", Description: "s22C(7)(a)"},
			{Const: 3, Title: "Other local authority foster parent", Description: "s22C(6)(a)-(b)"},
			{Const: 4, Title: "Other placement (children's home among them)", Description: "s22C(6)(c)-(d)"},
		}}
}

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
