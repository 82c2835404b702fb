package placements_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
	"github.com/stablehomes/stablehomes/placements"
)

func act2026Rules() []stablehomes.Rule {
	return []stablehomes.Rule{placements.RuleFamilyGroupDecisionMaking, placements.RuleDeprivationOfLibertyRelevantAccommodation,
		placements.RuleProviderFinancialOversight, placements.RuleProfitCap, placements.RuleRegionalCoOperation}
}

func TestAct2026Listed(t *testing.T) {
	listed := map[string]stablehomes.Rule{}
	for _, r := range placements.Rules() {
		listed[r.ID] = r
	}
	for _, r := range act2026Rules() {
		got, ok := listed[r.ID]
		switch {
		case !ok:
			t.Errorf("Rules() does not list %s", r.ID)
		case got.Commenced() || got.CommencementStatus() != "not yet commenced (Children's Wellbeing and Schools Act 2026 s78(5): on a day appointed by regulations; none found)":
			t.Errorf("%s: %s", r.ID, got.CommencementStatus())
		case got.Source.Section == "" || got.Source.URL == "":
			t.Errorf("%s cites no section", r.ID)
		}
	}
}

// The Act's placements rules are not yet commenced: on every date they judge
// no application, and providers have nothing to report and no cap.
func TestAct2026NotCommencedJudgesNothing(t *testing.T) {
	la, err := stablehomes.LookupLA("303")
	if err != nil {
		t.Fatal(err)
	}
	props := gopter.NewProperties(gens.Params(t))
	props.Property("no care application breaches the family group decision-making duty", prop.ForAll(func(d stablehomes.Date, offered, notBest bool) bool {
		a := placements.CareApplication{Authority: la, Made: d, FamilyGroupMeetingOffered: offered, NotInBestInterests: notBest}
		return a.Validate() == nil
	}, gens.AnyDate(), gen.Bool(), gen.Bool()))
	props.Property("no provider has a financial report due or a profit cap", prop.ForAll(func(d stablehomes.Date) bool {
		p := placements.ProviderDutiesOn(d)
		return len(p.Reports) == 0 && !p.ProfitCapInForce && len(p.Rules) == 2
	}, gens.AnyDate()))
	props.Property("no Act rule applies on any date", prop.ForAll(func(d stablehomes.Date) bool {
		for _, r := range act2026Rules() {
			if r.AppliesOn(d) {
				return false
			}
		}
		return true
	}, gens.AnyDate()))
	props.TestingRun(t)
	if err := (placements.CareApplication{}).Validate(); !errors.Is(err, placements.RuleCareApplicationRequired) {
		t.Errorf("an empty application: %v", err)
	}
}

func ExampleProviderDutiesOn() {
	p := placements.ProviderDutiesOn(stablehomes.MustDate(2026, 12, 1))
	fmt.Println("reports due:", len(p.Reports), "profit cap in force:", p.ProfitCapInForce)
	for _, r := range p.Rules {
		fmt.Println(r.ID, "|", r.Source.Section, "|", r.CommencementStatus())
	}
	// Output:
	// reports due: 0 profit cap in force: false
	// placements.provider-financial-oversight | s16 (financial oversight of providers) | not yet commenced (Children's Wellbeing and Schools Act 2026 s78(5): on a day appointed by regulations; none found)
	// placements.profit-cap | s17 (power to cap profits) | not yet commenced (Children's Wellbeing and Schools Act 2026 s78(5): on a day appointed by regulations; none found)
}

func ExampleCareApplication_Validate() {
	la, _ := stablehomes.LookupLA("303")
	a := placements.CareApplication{Authority: la, Made: stablehomes.MustDate(2026, 12, 1)}
	fmt.Println(a.Validate(), "|", placements.RuleFamilyGroupDecisionMaking.CommencementStatus())
	// Output:
	// <nil> | not yet commenced (Children's Wellbeing and Schools Act 2026 s78(5): on a day appointed by regulations; none found)
}
