package carers

import "github.com/stablehomes/stablehomes"

// The Children's Wellbeing and Schools Act 2026 (c. 21), Royal Assent 29
// April 2026. Section 78 commences it: s78(1)(a) brought the powers to make
// regulations into force on Royal Assent; s78(2)(a) brings section 5 (the
// kinship local offer) into force two months after it, on 29 June 2026;
// everything else comes into force on a day the Secretary of State appoints
// by regulations (s78(5)). No commencement regulations for the other
// sections below were found, so they are held as not yet commenced and
// judge nothing.
const act2026 = "Children's Wellbeing and Schools Act 2026 (c. 21)"

// Act2026RoyalAssent is the day the Children's Wellbeing and Schools Act
// 2026 was passed.
var Act2026RoyalAssent = stablehomes.MustDate(2026, 4, 29)

// KinshipLocalOfferFrom is the day the duty to publish a kinship local
// offer came into force: the end of two months beginning with Royal
// Assent (s78(2)(a)).
var KinshipLocalOfferFrom = stablehomes.MustDate(2026, 6, 29)

var commencedByS78_2 = stablehomes.Commencement{Provision: "Children's Wellbeing and Schools Act 2026 s78(2)(a): two months after Royal Assent (29 April 2026)"}
var notYetCommenced = stablehomes.Commencement{Provision: "Children's Wellbeing and Schools Act 2026 s78(5): on a day appointed by regulations; none found", Pending: true}

// The Act's kinship rules.
var (
	RuleKinshipDutiesRequired = stablehomes.Rule{ID: "carers.kinship-duties-required", Title: "A kinship duties record names the local authority and the day judged",
		Source: stablehomes.Source{Document: act2026, Section: "ss5-6 (duties of each local authority in England)", URL: "https://www.legislation.gov.uk/ukpga/2026/21"}}
	// RuleKinshipLocalOffer: from 29 June 2026 each local authority in
	// England must publish a kinship local offer, the support it makes
	// available to children in kinship care and their kinship carers, with
	// kinship care as the Children Act 1989 defines it in s22I(1) (the
	// definition s6 of the Act refers to).
	RuleKinshipLocalOffer = stablehomes.Rule{ID: "carers.kinship-local-offer", Title: "Each local authority in England publishes a kinship local offer: the support it makes available for children in kinship care and their kinship carers (kinship care as defined in Children Act 1989 s22I(1))",
		Source: stablehomes.Source{Document: act2026, Section: "s5 (kinship local offer; statutory definition of kinship care); in force by s78(2)(a)", URL: "https://www.legislation.gov.uk/ukpga/2026/21/section/5"},
		From:   KinshipLocalOfferFrom, Commencement: commencedByS78_2}
	// RuleVirtualSchoolHeadKinship: the virtual school head's statutory
	// duty extended to children in kinship care (new Children Act 1989
	// s23ZZZA). Until regulations commence it, the role is the
	// non-statutory one DfE asked of virtual school heads from September
	// 2024 (VirtualSchoolHeadKinshipRole).
	RuleVirtualSchoolHeadKinship = stablehomes.Rule{ID: "carers.virtual-school-head-kinship", Title: "The local authority's virtual school head promotes the educational achievement of children in kinship care in its area",
		Source:       stablehomes.Source{Document: act2026, Section: "s6 (new Children Act 1989 s23ZZZA; kinship care as in s22I(1))", URL: "https://www.legislation.gov.uk/ukpga/2026/21/section/6"},
		Commencement: notYetCommenced}
)

// VirtualSchoolHeadKinshipRole is the non-statutory extension of the
// virtual school head role to children in kinship care, which DfE asked of
// local authorities from September 2024 (taken as 1 September). It is a
// fact, not a rule the library checks: nothing is unlawful without it.
var VirtualSchoolHeadKinshipRole = Entitlement{
	Title: "Virtual school head support for children in kinship care (non-statutory, from September 2024): awareness of kinship children's needs, attendance and attainment, advice and information to carers with a special guardianship or child arrangements order",
	Source: stablehomes.Source{Document: "DfE, Children's social care: virtual school head role extension (guidance, last updated 5 March 2024)", Section: "\"From September 2024, the duties under this non-statutory function will also include children in kinship care\"",
		URL: "https://www.gov.uk/government/publications/virtual-school-head-role-extension-to-children-with-a-social-worker", Unconfirmed: "the page says September 2024 without a day; the library takes 1 September 2024"},
	From: stablehomes.MustDate(2024, 9, 1),
}

// KinshipDuties is what a local authority had in place for its kinship
// families on a day, as the authority or an auditor records it, to be
// judged against the Act's kinship duties in force that day.
type KinshipDuties struct {
	// Authority is the local authority judged.
	Authority stablehomes.LocalAuthority `json:"authority"`
	// On is the day judged.
	On stablehomes.Date `json:"on"`
	// LocalOfferPublished says the authority had published its kinship
	// local offer (s5) by that day.
	LocalOfferPublished bool `json:"localOfferPublished,omitempty"`
	// VirtualSchoolHeadKinship says its virtual school head's remit covered
	// children in kinship care (s6, not yet commenced).
	VirtualSchoolHeadKinship bool `json:"virtualSchoolHeadKinship,omitempty"`
}

// Validate returns nil or stablehomes.Violations: the kinship duties in
// force on k.On that the record shows unmet. A duty not yet commenced, or
// not yet in force on k.On, judges nothing.
func (k KinshipDuties) Validate() error {
	var vs stablehomes.Violations
	if k.Authority.IsZero() {
		vs.Add("/authority", "carers.required", "the local authority is missing", stablehomes.SeverityError, RuleKinshipDutiesRequired)
	}
	if k.On.IsZero() {
		vs.Add("/on", "carers.required", "the day judged is missing", stablehomes.SeverityError, RuleKinshipDutiesRequired)
		return vs.Err()
	}
	if RuleKinshipLocalOffer.AppliesOn(k.On) && !k.LocalOfferPublished {
		vs.Add("/localOfferPublished", RuleKinshipLocalOffer.ID, "no kinship local offer is published, which the authority must publish from 29 June 2026", stablehomes.SeverityError, RuleKinshipLocalOffer)
	}
	if RuleVirtualSchoolHeadKinship.AppliesOn(k.On) && !k.VirtualSchoolHeadKinship {
		vs.Add("/virtualSchoolHeadKinship", RuleVirtualSchoolHeadKinship.ID, "the virtual school head's remit does not cover children in kinship care", stablehomes.SeverityError, RuleVirtualSchoolHeadKinship)
	}
	return vs.Err()
}

// EntitlementsOn lists what a kind of kinship arrangement is entitled to on
// d: Entitlements, with the kinship local offer as statutory from 29 June
// 2026 (before it, the authority's non-statutory family and friends care
// policy), and the virtual school head support as it stood that day.
// Entitlements whose From is after d are left out.
func (k Kind) EntitlementsOn(d stablehomes.Date) []Entitlement {
	var out []Entitlement
	for _, e := range k.Entitlements() {
		if e.Title == localOfferTitle {
			if RuleKinshipLocalOffer.AppliesOn(d) {
				e = Entitlement{Title: "The authority's kinship local offer (statutory from 29 June 2026): the support it makes available to children in kinship care and their carers", Source: RuleKinshipLocalOffer.Source, From: KinshipLocalOfferFrom}
			} else {
				e = Entitlement{Title: "The authority's family and friends care policy (the statutory kinship local offer applies from 29 June 2026)", Source: familyAndFriendsPolicy}
			}
		}
		if e.Title == vshTitle {
			e.Title = VirtualSchoolHeadKinshipRole.Title
			if RuleVirtualSchoolHeadKinship.AppliesOn(d) { // not yet: s6 awaits regulations
				e = Entitlement{Title: RuleVirtualSchoolHeadKinship.Title, Source: RuleVirtualSchoolHeadKinship.Source}
			}
		}
		if !e.From.IsZero() && d.Before(e.From) {
			continue
		}
		out = append(out, e)
	}
	return out
}

var familyAndFriendsPolicy = stablehomes.Source{Document: "Family and Friends Care: statutory guidance for local authorities (DfE, 2011)", Section: "each authority publishes a family and friends care policy",
	URL: "https://www.gov.uk/government/publications/family-and-friends-care-statutory-guidance-for-local-authorities"}
