package workforce_test

import (
	"fmt"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
	"github.com/stablehomes/stablehomes/workforce"
)

func TestAct2026ListedNotCommenced(t *testing.T) {
	act := []stablehomes.Rule{workforce.RuleMultiAgencyChildProtectionTeam, workforce.RuleAgencyWorkerRegulations}
	listed := map[string]bool{}
	for _, r := range workforce.Rules() {
		listed[r.ID] = true
	}
	for _, r := range act {
		if !listed[r.ID] {
			t.Errorf("Rules() does not list %s", r.ID)
		}
	}
	props := gopter.NewProperties(gens.Params(t))
	props.Property("the Act's workforce rules apply on no date", prop.ForAll(func(d stablehomes.Date) bool {
		for _, r := range act {
			if r.AppliesOn(d) || r.Commenced() {
				return false
			}
		}
		return true
	}, gens.AnyDate()))
	props.TestingRun(t)
}

func ExampleRules_act2026() {
	for _, r := range workforce.Rules() {
		if !r.Commenced() {
			fmt.Println(r.ID, "|", r.Source.Section, "|", r.CommencementStatus())
		}
	}
	// Output:
	// workforce.multi-agency-child-protection-team | s3 (new Children Act 2004 s16EA) | not yet commenced (Children's Wellbeing and Schools Act 2026 s78(5): on a day appointed by regulations; none found)
	// workforce.agency-worker-regulations | Part 1 (use of agency workers) | not yet commenced (Children's Wellbeing and Schools Act 2026 s78(5): on a day appointed by regulations; none found)
}
