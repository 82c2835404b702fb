package placements

import "github.com/stablehomes/stablehomes"

// The Children's Wellbeing and Schools Act 2026 (c. 21), Royal Assent 29
// April 2026, as it touches placements. Apart from the powers to make
// regulations (in force on Royal Assent, s78(1)(a)), the sections here come
// into force on a day the Secretary of State appoints by regulations
// (s78(5)). No commencement regulations for them were found, so each rule is
// held as not yet commenced: Rules() lists it and it judges nothing.
const act2026 = "Children's Wellbeing and Schools Act 2026 (c. 21)"

var notYetCommenced = stablehomes.Commencement{Provision: "Children's Wellbeing and Schools Act 2026 s78(5): on a day appointed by regulations; none found", Pending: true}

func act2026Section(section, n string) stablehomes.Source {
	return stablehomes.Source{Document: act2026, Section: section, URL: "https://www.legislation.gov.uk/ukpga/2026/21/section/" + n}
}

// The Act's rules in this package.
var (
	// RuleFamilyGroupDecisionMaking: before applying for a care or
	// supervision order the authority offers the child's parents (and
	// others with parental responsibility) a family group decision-making
	// meeting (new Children Act 1989 s31ZA). Judged by CareApplication.
	RuleFamilyGroupDecisionMaking = stablehomes.Rule{ID: "placements.family-group-decision-making", Title: "Before applying for a care or supervision order, the local authority offers the parents a family group decision-making meeting, unless that is not in the child's best interests",
		Source: stablehomes.Source{Document: act2026, Section: "s1 (new Children Act 1989 s31ZA)", URL: "https://www.legislation.gov.uk/ukpga/2026/21/section/1",
			Unconfirmed: "the best-interests exception is as summaries of the Bill report it; the library did not read it in the Act's text"},
		Commencement: notYetCommenced}
	// RuleDeprivationOfLibertyRelevantAccommodation: the court may
	// authorise a child's deprivation of liberty in "relevant
	// accommodation", not only in secure accommodation (Children Act 1989
	// s25(1A)-(1B) as amended). The SSDA903 return records deprivation of
	// liberty orders in its DoLo table; its rules (placements/ssda903) are
	// unchanged by this one.
	RuleDeprivationOfLibertyRelevantAccommodation = stablehomes.Rule{ID: "placements.deprivation-of-liberty-relevant-accommodation", Title: "A child may be deprived of liberty in relevant accommodation (not only secure accommodation) only as Children Act 1989 s25 as amended allows",
		Source: act2026Section("s13 (Children Act 1989 s25(1A)-(1B))", "13"), Commencement: notYetCommenced}
	// RuleProviderFinancialOversight: providers of children's homes and
	// fostering agencies that the Secretary of State oversees give
	// financial information (see ProviderDutiesOn).
	RuleProviderFinancialOversight = stablehomes.Rule{ID: "placements.provider-financial-oversight", Title: "A provider of children's homes or fostering agencies within the financial oversight scheme gives the Secretary of State the information about its finances that regulations require",
		Source: stablehomes.Source{Document: act2026, Section: "s16 (financial oversight of providers)", URL: "https://www.legislation.gov.uk/ukpga/2026/21/section/16",
			Unconfirmed: "which providers are in the scheme (reported as those \"difficult to replace\") and what they must report are set by regulations not yet made"},
		Commencement: notYetCommenced}
	// RuleProfitCap: a power to cap the profit of providers of children's
	// homes and fostering agencies by regulations. No regulations: no cap
	// is in force.
	RuleProfitCap = stablehomes.Rule{ID: "placements.profit-cap", Title: "A provider of children's homes or fostering agencies does not make a profit above the cap that regulations set",
		Source: act2026Section("s17 (power to cap profits)", "17"), Commencement: notYetCommenced}
	// RuleRegionalCoOperation: the Act's provision for regional
	// co-operation arrangements for the accommodation of looked-after
	// children (regional care co-operatives; pathfinders in CoOperatives).
	RuleRegionalCoOperation = stablehomes.Rule{ID: "placements.regional-co-operation", Title: "Local authorities make regional co-operation arrangements for the accommodation of looked-after children where regulations or a direction require it",
		Source: stablehomes.Source{Document: act2026, Section: "Part 1 (regional co-operation arrangements)", URL: "https://www.legislation.gov.uk/ukpga/2026/21/contents",
			Unconfirmed: "the section number and what it requires were not read in the Act's text; its commencement is taken to fall under s78(5) like the other Part 1 duties"},
		Commencement: notYetCommenced}
)

func act2026Rules() []stablehomes.Rule {
	return []stablehomes.Rule{RuleFamilyGroupDecisionMaking, RuleCareApplicationRequired, RuleDeprivationOfLibertyRelevantAccommodation,
		RuleProviderFinancialOversight, RuleProfitCap, RuleRegionalCoOperation}
}

// RuleCareApplicationRequired: a care application record names the
// authority and the day the application was made.
var RuleCareApplicationRequired = stablehomes.Rule{ID: "placements.care-application-required", Title: "A care application record names the local authority and the day it applied", Source: RuleFamilyGroupDecisionMaking.Source}

// CareApplication is a local authority's application for a care or
// supervision order, as its case system records it, judged by the day it
// was made.
type CareApplication struct {
	Authority stablehomes.LocalAuthority `json:"authority"`
	// Made is the day the application was made.
	Made stablehomes.Date `json:"made"`
	// FamilyGroupMeetingOffered: a family group decision-making meeting
	// was offered before the application.
	FamilyGroupMeetingOffered bool `json:"familyGroupMeetingOffered,omitempty"`
	// NotInBestInterests: the authority decided an offer was not in the
	// child's best interests.
	NotInBestInterests bool `json:"notInBestInterests,omitempty"`
}

// Validate returns nil or stablehomes.Violations. The family group
// decision-making duty is not yet commenced, so until regulations bring it
// into force it judges no application.
func (a CareApplication) Validate() error {
	var vs stablehomes.Violations
	if a.Authority.IsZero() {
		vs.Add("/authority", "placements.required", "the local authority is missing", stablehomes.SeverityError, RuleCareApplicationRequired)
	}
	if a.Made.IsZero() {
		vs.Add("/made", "placements.required", "the day the application was made is missing", stablehomes.SeverityError, RuleCareApplicationRequired)
		return vs.Err()
	}
	if RuleFamilyGroupDecisionMaking.AppliesOn(a.Made) && !a.FamilyGroupMeetingOffered && !a.NotInBestInterests {
		vs.Add("/familyGroupMeetingOffered", RuleFamilyGroupDecisionMaking.ID, "no family group decision-making meeting was offered before the application, and no decision that an offer was not in the child's best interests is recorded", stablehomes.SeverityError, RuleFamilyGroupDecisionMaking)
	}
	return vs.Err()
}

// ProviderDuties are what the Act asks of a provider of children's homes
// or fostering agencies on a day.
type ProviderDuties struct {
	On stablehomes.Date
	// Reports lists what the provider must report under financial
	// oversight on that day: empty while the oversight is not commenced.
	Reports []string
	// ProfitCapInForce says whether a profit cap applies on that day:
	// false until regulations under s17 set one.
	ProfitCapInForce bool
	// Rules are the rules behind the duties, with their commencement.
	Rules []stablehomes.Rule
}

// ProviderDutiesOn returns a provider's duties under the Act on d. No
// regulations under s16 or s17 have been made, so on every date it reports
// nothing to be reported and no cap in force.
func ProviderDutiesOn(d stablehomes.Date) ProviderDuties {
	p := ProviderDuties{On: d, Rules: []stablehomes.Rule{RuleProviderFinancialOversight, RuleProfitCap}}
	if RuleProviderFinancialOversight.AppliesOn(d) {
		p.Reports = []string{"information about its financial position, as the regulations require"}
	}
	p.ProfitCapInForce = RuleProfitCap.AppliesOn(d)
	return p
}
