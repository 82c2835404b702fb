package placements

import (
	"errors"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
)

// breaks reports whether err carries a violation of rule at severity sev.
func breaks(err error, rule stablehomes.Rule, sev stablehomes.Severity) bool {
	var vs stablehomes.Violations
	if !errors.As(err, &vs) {
		return false
	}
	for _, v := range vs {
		if v.Rule.ID == rule.ID && v.Severity == sev {
			return true
		}
	}
	return false
}

// Each rule added for the Ofsted URN, childhood and end reasons, applied
// to placements that break nothing else: breaking the rule's condition is
// always reported, as that rule, at its severity.
func TestRuleProperties(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	props.Property("starting on or after the 18th birthday is refused", prop.ForAll(func(p Placement, days int) bool {
		p.EndDate, p.EndReason, p.ChangeReason = stablehomes.Date{}, "", ""
		p.StartDate = p.DateOfBirth.AddYears(18) // the birthday itself
		onBirthday := breaks(p.Validate(), RuleAge, stablehomes.SeverityError)
		p.StartDate = p.StartDate.AddDays(days)
		return onBirthday && breaks(p.Validate(), RuleAge, stablehomes.SeverityError)
	}, genPlacement(), gen.IntRange(0, 400)))
	props.Property("running past the 18th birthday outside a children's home is queried", prop.ForAll(func(p Placement, days int) bool {
		if p.Type.Category() == CategoryChildrensHome {
			return true
		}
		p.EndDate, p.EndReason, p.ChangeReason = p.DateOfBirth.AddYears(18).AddDays(1+days), "E17", ""
		return breaks(p.Validate(), RuleAfter18, stablehomes.SeverityWarning)
	}, genPlacement(), gen.IntRange(0, 400)))
	props.Property("an end date without a reason, or a reason without an end date, is refused", prop.ForAll(func(p Placement, withDate bool) bool {
		if withDate {
			p.EndDate, p.EndReason, p.ChangeReason = p.StartDate, "", ""
		} else {
			p.EndDate, p.EndReason, p.ChangeReason = stablehomes.Date{}, "E8", ""
		}
		return breaks(p.Validate(), RuleEndReason, stablehomes.SeverityError)
	}, genPlacement(), gen.Bool()))
	props.Property("a reason for a move without an end date is refused", prop.ForAll(func(p Placement) bool {
		p.EndDate, p.EndReason, p.ChangeReason = stablehomes.Date{}, "", "CARPL"
		return breaks(p.Validate(), RuleChangeReason, stablehomes.SeverityError)
	}, genPlacement()))
	props.Property("a registered setting in England without a URN is refused; a URN where none is expected too", prop.ForAll(func(p Placement) bool {
		if !RuleURNRequired.AppliesOn(p.StartDate) {
			return !breaks(p.Validate(), RuleURNRequired, stablehomes.SeverityError)
		}
		p.OutsideEngland = false
		if p.Type.NeedsOfstedURN(p.StartDate) {
			p.OfstedURN = ""
			return breaks(p.Validate(), RuleURNRequired, stablehomes.SeverityError)
		}
		p.OfstedURN = "SC123456"
		return breaks(p.Validate(), RuleURNNotExpected, stablehomes.SeverityError)
	}, genPlacement()))
	props.TestingRun(t)
}
