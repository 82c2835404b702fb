package carers_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/carers"
	"github.com/stablehomes/stablehomes/internal/gens"
)

// A rule not yet commenced judges nothing on any date, for any record; a
// commenced rule judges exactly the days on or after its commencement.
func TestAct2026CommencementProperties(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	duties := func(d stablehomes.Date, offer, vsh bool) carers.KinshipDuties {
		return carers.KinshipDuties{Authority: bexley(), On: d, LocalOfferPublished: offer, VirtualSchoolHeadKinship: vsh}
	}
	props.Property("the virtual school head duty (not commenced) judges nothing on any date", prop.ForAll(func(d stablehomes.Date, offer, vsh bool) bool {
		return !errors.Is(duties(d, offer, vsh).Validate(), carers.RuleVirtualSchoolHeadKinship)
	}, gens.AnyDate(), gen.Bool(), gen.Bool()))
	props.Property("the kinship local offer judges exactly the days from 29 June 2026", prop.ForAll(func(d stablehomes.Date, vsh bool) bool {
		breached := errors.Is(duties(d, false, vsh).Validate(), carers.RuleKinshipLocalOffer)
		return breached == !d.Before(carers.KinshipLocalOfferFrom) && duties(d, true, vsh).Validate() == nil
	}, gens.AnyDate(), gen.Bool()))
	props.Property("entitlements on a day never include one not yet begun", prop.ForAll(func(d stablehomes.Date) bool {
		for _, k := range carers.Kinds() {
			for _, e := range k.EntitlementsOn(d) {
				if !e.From.IsZero() && d.Before(e.From) {
					return false
				}
			}
		}
		return true
	}, gens.AnyDate()))
	props.TestingRun(t)
}

func TestAct2026Rules(t *testing.T) {
	listed := map[string]stablehomes.Rule{}
	for _, r := range carers.Rules() {
		listed[r.ID] = r
	}
	for _, c := range []struct {
		rule   stablehomes.Rule
		status string
	}{
		{carers.RuleKinshipLocalOffer, "in force from 2026-06-29 (Children's Wellbeing and Schools Act 2026 s78(2)(a): two months after Royal Assent (29 April 2026))"},
		{carers.RuleVirtualSchoolHeadKinship, "not yet commenced (Children's Wellbeing and Schools Act 2026 s78(5): on a day appointed by regulations; none found)"},
	} {
		r, ok := listed[c.rule.ID]
		if !ok {
			t.Errorf("Rules() does not list %s", c.rule.ID)
			continue
		}
		if got := r.CommencementStatus(); got != c.status {
			t.Errorf("%s: %q, want %q", r.ID, got, c.status)
		}
	}
	if carers.KinshipLocalOfferFrom != carers.Act2026RoyalAssent.AddMonths(2) {
		t.Errorf("the local offer commences %s, want two months after Royal Assent", carers.KinshipLocalOfferFrom)
	}
	if err := (carers.KinshipDuties{}).Validate(); !errors.Is(err, carers.RuleKinshipDutiesRequired) {
		t.Errorf("an empty record: %v", err)
	}
}

func TestEntitlementsOnByDate(t *testing.T) {
	has := func(es []carers.Entitlement, src string) bool {
		for _, e := range es {
			if e.Source.URL == src {
				return true
			}
		}
		return false
	}
	act := carers.RuleKinshipLocalOffer.Source.URL
	vsh := carers.VirtualSchoolHeadKinshipRole.Source.URL
	sg := carers.SpecialGuardian
	if es := sg.EntitlementsOn(stablehomes.MustDate(2024, 8, 31)); has(es, act) || has(es, vsh) {
		t.Error("31 August 2024: neither the statutory local offer nor the virtual school head role yet")
	}
	if es := sg.EntitlementsOn(stablehomes.MustDate(2026, 6, 28)); has(es, act) || !has(es, vsh) {
		t.Error("28 June 2026: the non-statutory virtual school head role, no statutory local offer yet")
	}
	if es := sg.EntitlementsOn(stablehomes.MustDate(2026, 6, 29)); !has(es, act) || !has(es, vsh) {
		t.Error("29 June 2026: the statutory local offer and the virtual school head role")
	}
}

// An authority with no kinship local offer published is in breach from 29
// June 2026, not before; the virtual school head duty awaits regulations.
func ExampleKinshipDuties_Validate() {
	for _, on := range []stablehomes.Date{stablehomes.MustDate(2026, 6, 28), stablehomes.MustDate(2026, 12, 1)} {
		k := carers.KinshipDuties{Authority: bexley(), On: on}
		fmt.Println(on, k.Validate())
	}
	fmt.Println(carers.RuleVirtualSchoolHeadKinship.CommencementStatus())
	// Output:
	// 2026-06-28 <nil>
	// 2026-12-01 /localOfferPublished: no kinship local offer is published, which the authority must publish from 29 June 2026 [carers.kinship-local-offer]
	// not yet commenced (Children's Wellbeing and Schools Act 2026 s78(5): on a day appointed by regulations; none found)
}

func ExampleKind_EntitlementsOn() {
	for _, e := range carers.ChildArrangementsOrderHolder.EntitlementsOn(stablehomes.MustDate(2026, 12, 1)) {
		fmt.Println(e.Title)
	}
	// Output:
	// Virtual school head support for children in kinship care (non-statutory, from September 2024): awareness of kinship children's needs, attendance and attainment, advice and information to carers with a special guardianship or child arrangements order
	// Free national training, information and advice for kinship carers (delivered by the charity Kinship from April 2024)
	// The authority's kinship local offer (statutory from 29 June 2026): the support it makes available to children in kinship care and their carers
}

func bexley() stablehomes.LocalAuthority {
	la, err := stablehomes.LookupLA("303")
	if err != nil {
		panic(err)
	}
	return la
}
