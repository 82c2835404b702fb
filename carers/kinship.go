package carers

import "github.com/stablehomes/stablehomes"

// Entitlement is something a kinship arrangement gives under the national
// kinship care strategy or the law, with its source.
type Entitlement struct {
	Title  string
	Source stablehomes.Source
	// From is the first day the entitlement exists; zero means as far as
	// the library's sources go. EntitlementsOn leaves out those not yet
	// begun.
	From stablehomes.Date
}

const localOfferTitle = "The authority's kinship local offer (statutory from 29 June 2026; before then its family and friends care policy)"
const vshTitle = "Virtual School Head support for children in kinship care (from September 2024)"

var kinshipStrategy = stablehomes.Source{Document: "Championing Kinship Care: the national kinship care strategy (DfE, 15 December 2023)", URL: "https://www.gov.uk/government/publications/championing-kinship-care-national-kinship-care-strategy"}

// Entitlements lists what each kind of kinship arrangement is entitled to.
func (k Kind) Entitlements() []Entitlement {
	training := Entitlement{Title: "Free national training, information and advice for kinship carers (delivered by the charity Kinship from April 2024)", Source: kinshipStrategy}
	localOffer := Entitlement{Title: localOfferTitle, Source: RuleKinshipLocalOffer.Source}
	vsh := Entitlement{Title: vshTitle, Source: VirtualSchoolHeadKinshipRole.Source, From: VirtualSchoolHeadKinshipRole.From}
	switch k {
	case ConnectedPersonFosterCarer:
		return []Entitlement{
			{Title: "At least the National Minimum Allowance, calculated by the same criteria as for unrelated foster carers", Source: RuleKinshipParity.Source},
			{Title: "Support and supervision as a local authority foster carer; temporary approval possible", Source: stablehomes.Source{Document: "Care Planning, Placement and Case Review (England) Regulations 2010", Section: "reg. 24", URL: "https://www.legislation.gov.uk/uksi/2010/959/regulation/24"}},
			training, localOffer,
		}
	case SpecialGuardian:
		return []Entitlement{
			{Title: "Special guardianship support, including assessed financial support (means-tested; rules unconfirmed)", Source: stablehomes.Source{Document: "Special Guardianship Regulations 2005 (SI 2005/1109)", Section: "regs 6-13", URL: "https://www.legislation.gov.uk/uksi/2005/1109", Unconfirmed: "means-test and child benefit rules not confirmed"}},
			{Title: "The Adoption and Special Guardianship Support Fund, where the child was previously looked after", Source: kinshipStrategy},
			vsh,
			training, localOffer,
		}
	case ChildArrangementsOrderHolder:
		return []Entitlement{
			vsh,
			training, localOffer,
		}
	case InformalKinshipCarer:
		return []Entitlement{training, localOffer}
	}
	return nil
}

// KinshipAllowancePilot is the Kinship Allowance Pilot ("Kinship Zones"):
// a financial allowance equal to the fostering National Minimum Allowance
// for the child's age and region, paid in the selected authorities to
// eligible kinship carers.
type KinshipAllowancePilot struct {
	// Authorities are the selected authorities (announced 27 February 2026).
	Authorities []stablehomes.LocalAuthority
	// Announced is when the authorities were announced; payments start at a
	// date the library does not hold (see Source).
	Announced stablehomes.Date
	// Eligible lists who qualifies.
	Eligible []string
	Source   stablehomes.Source
}

// Pilot returns the Kinship Allowance Pilot as published.
func Pilot() KinshipAllowancePilot {
	codes := []string{"303", "350", "391", "812", "887", "883", "865"} // Bexley, Bolton, Newcastle, North East Lincolnshire, Medway, Thurrock, Wiltshire
	p := KinshipAllowancePilot{
		Announced: stablehomes.MustDate(2026, 2, 27),
		Eligible: []string{
			"kinship carers with a special guardianship order (public or private law), or who have applied for a private-law order and passed the first hearing",
			"kinship carers with a \"lives with\" child arrangements order made in public law",
			"kinship carers with a private-law \"lives with\" order (not naming a birth parent) where the child would otherwise be in care, evidenced as the pilot sets out",
			"not informal kinship carers without an order; not means-tested",
		},
		Source: stablehomes.Source{Document: "Department for Education, Government launches investment in support for kinship carers (press release, 27 February 2026): the seven Kinship Zones, £126m, an allowance equivalent to what foster carers receive", URL: "https://www.gov.uk/government/news/government-launches-investment-in-support-for-kinship-carers",
			Unconfirmed: "the release was read in a syndicated copy; the eligibility rules are as the charity Kinship sets them out (https://kinship.org.uk/support-and-advice/advice-and-information/financial-allowances-pilot), not read in a DfE document; the date payments start is not held, so the pilot is not applied to payments by date"},
	}
	for _, c := range codes {
		la, err := stablehomes.LookupLA(c)
		if err != nil {
			panic("carers: pilot authority " + c + ": " + err.Error())
		}
		p.Authorities = append(p.Authorities, la)
	}
	return p
}

// PilotWeeklyAllowance returns the pilot's weekly allowance for a child in
// a pilot authority: the NMA for the child's age and the authority's
// region. It reports false for an authority outside the pilot.
func PilotWeeklyAllowance(la stablehomes.LocalAuthority, dob, on stablehomes.Date) (stablehomes.Money, bool, error) {
	for _, a := range Pilot().Authorities {
		if a.GSSCode == la.GSSCode {
			m, err := WeeklyMinimum(AllowanceAreaOf(la), dob, on)
			return m, true, err
		}
	}
	return 0, false, nil
}
