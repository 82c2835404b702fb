package placements

import (
	"github.com/stablehomes/stablehomes"
)

// Placement is one placement of a looked-after child, as a case system or
// the SSDA903 return records it. Codes are as published; dates are civil.
type Placement struct {
	ID                               string                     `json:"id"`
	ChildID                          string                     `json:"childId"`
	DateOfBirth                      stablehomes.Date           `json:"dateOfBirth"`
	ResponsibleAuthority             stablehomes.LocalAuthority `json:"responsibleAuthority"`
	StartDate                        stablehomes.Date           `json:"startDate"`
	EndDate                          stablehomes.Date           `json:"endDate,omitzero"`
	Type                             Type                       `json:"placementType"`
	Provider                         Provider                   `json:"provider,omitempty"`
	SupportedAccommodationRegistered bool                       `json:"supportedAccommodationRegistered,omitempty"`
	// SupportedAccommodationApplication is, for supported accommodation
	// whose provider is not registered, the provider's application to
	// Ofsted (accepted by 28 October 2023 and not refused, it covers the
	// placement while it is determined).
	SupportedAccommodationApplication SupportedApplication `json:"supportedAccommodationApplication,omitzero"`
	// HomePostcode is the postcode of the home the child was removed from;
	// PlacementPostcode the placement's. Neither is ever repeated in a
	// message.
	HomePostcode      Postcode `json:"homePostcode,omitempty"`
	PlacementPostcode Postcode `json:"placementPostcode,omitempty"`
	// OfstedURN is the Ofsted unique reference number of the setting (for
	// foster care, of the fostering service), required where the placement
	// type is one Ofsted registers and the setting is in England.
	OfstedURN URN `json:"ofstedUrn,omitempty"`
	// OutsideEngland is set when the placement is in Scotland, Wales or
	// Northern Ireland, where Ofsted registers no settings.
	OutsideEngland bool `json:"outsideEngland,omitempty"`
	// OutOfArea is set when the placement is outside the responsible
	// authority's area.
	OutOfArea bool `json:"outOfArea,omitempty"`
	// Distance is the straight-line distance from home in miles ("12.3"),
	// left out when not known.
	Distance          Distance `json:"distanceMiles,omitzero"`
	SiblingsSeparated bool     `json:"siblingsSeparated,omitempty"`
	SchoolMove        bool     `json:"schoolMove,omitempty"`
	// EndReason is why the episode of care ended with the placement
	// (SSDA903 REC, e.g. E4A returned home); it goes with an end date.
	EndReason ReasonEpisodeCeased `json:"endReason,omitempty"`
	// ChangeReason is why the child left the placement when they moved
	// (SSDA903 REASON_PLACE_CHANGE, e.g. CARPL, CREQB); never for a
	// temporary placement.
	ChangeReason ReasonPlacementChange `json:"changeReason,omitempty"`
	// ReasonRecorded says the authority recorded why a far, out-of-area,
	// sibling-separating or school-moving placement was made (s22C).
	ReasonRecorded bool `json:"reasonRecorded,omitempty"`
}

var srcUnregistered = stablehomes.Source{Document: "The Care Planning, Placement and Case Review (England) (Amendment) Regulations 2021", Section: "reg 27A", URL: "https://www.legislation.gov.uk/uksi/2021/161/contents/made"}
var srcSupported = stablehomes.Source{Document: "The Supported Accommodation (England) Regulations 2023", Section: "regs 3 and 4 (supported accommodation for 16 and 17 year olds)", URL: "https://www.legislation.gov.uk/uksi/2023/416/contents/made"}
var srcS22C = stablehomes.Source{Document: "Children Act 1989", Section: "s22C", URL: "https://www.legislation.gov.uk/ukpga/1989/41/section/22C"}
var srcReturn = stablehomes.Source{Document: "SSDA903 children looked after return: guide and validation rules", URL: "https://www.gov.uk/guidance/children-looked-after-return"}

// The rules Validate checks.
var (
	RuleUnder16Independent  = stablehomes.Rule{ID: "placements.under-16-independent", Title: "No child under 16 in independent or semi-independent accommodation", Source: srcUnregistered, From: stablehomes.MustDate(2021, 9, 9)}
	RuleSupportedRegistered = stablehomes.Rule{ID: "placements.supported-unregistered", Title: "A 16 or 17 year old in supported accommodation must be in provision registered with Ofsted", Source: srcSupported, From: stablehomes.MustDate(2023, 10, 28)}
	RuleReasonRequired      = stablehomes.Rule{ID: "placements.reason-required", Title: "A far, out-of-area, sibling-separating or school-moving placement needs a recorded reason", Source: srcS22C}
	RuleDates               = stablehomes.Rule{ID: "placements.dates", Title: "Dates are ordered and within the child's life", Source: srcReturn}
	RuleCodes               = stablehomes.Rule{ID: "placements.code-not-valid", Title: "Codes are valid for the collection year", Source: srcReturn}
	RuleP2Open              = stablehomes.Rule{ID: "placements.p2-open-after-2023-10-28", Title: "Placement type P2 (independent living) may not be used for a placement open on or after 28 October 2023, when supported accommodation had to be registered", Source: srcSupported, From: stablehomes.MustDate(2023, 10, 28)}
	RuleRequired            = stablehomes.Rule{ID: "placements.required", Title: "Required fields are present", Source: srcReturn}
	// RuleAge: a child is a person under 18 (Children Act 1989 s105), and
	// nobody starts to be looked after at 18 or over (SSDA903 rule 352).
	RuleAge = stablehomes.Rule{ID: "placements.not-a-child", Title: "A placement starts before the child's 18th birthday", Source: srcChild}
	// RuleAfter18: past the 18th birthday a young person may stay looked
	// after only under s20(5) in a community home (SSDA903 rule 359), so a
	// placement running past it is queried.
	RuleAfter18 = stablehomes.Rule{ID: "placements.continues-after-18", Title: "A placement that runs past the 18th birthday is only lawful under s20(5) in a community home", Source: srcS20}
	// RuleURNRequired and RuleURNNotExpected follow the SSDA903 rules 218
	// and 222, whose lists the library holds from 2022-23.
	// RuleEndReason: an end date and the reason the episode ended are
	// recorded together (SSDA903 DEC and REC).
	RuleEndReason = stablehomes.Rule{ID: "placements.end-reason", Title: "An ended placement records why it ended, and a reason goes with an end date", Source: srcEnd}
	// RuleChangeReason: the reason for a placement change is recorded when a
	// placement ends, and never for a temporary placement (SSDA903 rules
	// 226 and 233).
	RuleChangeReason   = stablehomes.Rule{ID: "placements.change-reason", Title: "A reason for a placement change goes with an end date and is not recorded for a temporary placement", Source: srcEnd}
	RuleURNRequired    = stablehomes.Rule{ID: "placements.urn-required", Title: "A placement in a setting Ofsted registers carries its Ofsted URN", Source: srcURN, From: stablehomes.MustDate(2022, 4, 1)}
	RuleURNNotExpected = stablehomes.Rule{ID: "placements.urn-not-expected", Title: "No Ofsted URN for a placement type Ofsted does not register", Source: srcURN, From: stablehomes.MustDate(2022, 4, 1)}
)

var srcChild = stablehomes.Source{Document: "Children Act 1989", Section: "s105(1) (child: under 18); SSDA903 validation rule 352", URL: "https://www.legislation.gov.uk/ukpga/1989/41/section/105"}
var srcS20 = stablehomes.Source{Document: "Children Act 1989", Section: "s20(5); SSDA903 validation rule 359", URL: "https://www.legislation.gov.uk/ukpga/1989/41/section/20"}
var srcEnd = stablehomes.Source{Document: "SSDA903 children looked after return: DEC, REC and REASON_PLACE_CHANGE; validation rules 226 and 233", URL: "https://github.com/data-to-insight/csc-validator-be-903"}
var srcURN = stablehomes.Source{Document: "SSDA903 children looked after return: validation rules 218 and 222", Section: "exempt placement types: placements/data/ofsted_urn_exempt.csv", URL: "https://github.com/data-to-insight/csc-validator-be-903",
	Unconfirmed: "the peer validator's lists begin in 2022-23, so earlier placements are not judged"}

// Rules lists every rule Validate checks, then the Children's Wellbeing
// and Schools Act 2026 rules (act2026.go) with their commencement.
func Rules() []stablehomes.Rule {
	return append([]stablehomes.Rule{RuleUnder16Independent, RuleSupportedRegistered, RuleReasonRequired, RuleDates, RuleCodes, RuleP2Open, RuleRequired,
		RuleAge, RuleAfter18, RuleURNRequired, RuleURNNotExpected, RuleEndReason, RuleChangeReason, RuleSupportedApplicationPending}, act2026Rules()...)
}

// Validate returns nil or stablehomes.Violations; rules apply by the
// placement's start date. Messages never carry personal data.
func (p Placement) Validate() error {
	var vs stablehomes.Violations
	if p.ID == "" {
		vs.Add("/id", "placements.required", "the placement ID is missing", stablehomes.SeverityError, RuleRequired)
	}
	if p.ChildID == "" {
		vs.Add("/childId", "placements.required", "the child's identifier is missing", stablehomes.SeverityError, RuleRequired)
	}
	if p.ResponsibleAuthority.IsZero() {
		vs.Add("/responsibleAuthority", "placements.required", "the responsible authority is missing", stablehomes.SeverityError, RuleRequired)
	}
	if p.Type == "" {
		vs.Add("/placementType", "placements.required", "the placement type is missing", stablehomes.SeverityError, RuleRequired)
	}
	if p.DateOfBirth.IsZero() || p.StartDate.IsZero() {
		vs.Add("/startDate", "placements.required", "the date of birth and start date are required", stablehomes.SeverityError, RuleRequired)
		return vs.Err()
	}
	if p.StartDate.Before(p.DateOfBirth) {
		vs.Add("/startDate", "placements.dates", "the placement starts before the child's birth", stablehomes.SeverityError, RuleDates)
	}
	if !p.EndDate.IsZero() && p.EndDate.Before(p.StartDate) {
		vs.Add("/endDate", "placements.dates", "the placement ends before it starts", stablehomes.SeverityError, RuleDates)
	}
	facts := typeFactsByCode[p.Type] // nil for an unknown type
	cat := Category("")
	if facts != nil {
		cat = facts.category
	}
	adult := p.DateOfBirth.AddYears(18) // the 18th birthday (29 February: 1 March)
	if !p.StartDate.Before(adult) {
		vs.Add("/startDate", "placements.not-a-child", "the placement starts on or after the child's 18th birthday", stablehomes.SeverityError, RuleAge)
	} else if !p.EndDate.IsZero() && p.EndDate.After(adult) && cat != CategoryChildrensHome {
		vs.Add("/endDate", "placements.continues-after-18", "the placement runs past the 18th birthday, which only s20(5) accommodation in a community home allows", stablehomes.SeverityWarning, RuleAfter18)
	}
	year := stablehomes.FinancialYearOf(p.StartDate)
	if facts == nil || !facts.entry.ValidOn(year.Start()) {
		vs.Add("/placementType", "placements.code-not-valid", "the placement type is not valid in the collection year of the start date", stablehomes.SeverityError, RuleCodes)
	}
	if p.Provider != "" && !ValidProviderIn(string(p.Provider), year) {
		vs.Add("/provider", "placements.code-not-valid", "the placement provider code is not valid in the collection year of the start date", stablehomes.SeverityError, RuleCodes)
	}
	age := p.DateOfBirth.AgeOn(p.StartDate)
	if cat == CategorySupportedIndependent && age < 16 && RuleUnder16Independent.AppliesOn(p.StartDate) {
		vs.Add("/placementType", "placements.under-16-independent", "a child under 16 may not be placed in independent or semi-independent accommodation", stablehomes.SeverityError, RuleUnder16Independent)
	}
	if cat == CategorySupportedIndependent && age >= 16 && age < 18 && p.Type != "K3" {
		p.checkSupported(&vs) // supported.go: registered, or covered by an accepted application
	}
	if a := p.SupportedAccommodationApplication; !a.IsZero() && (a.Accepted.IsZero() || !a.Refused.IsZero() && a.Refused.Before(a.Accepted)) {
		vs.Add("/supportedAccommodationApplication", "placements.dates", "an application records the day Ofsted accepted it, and a refusal no earlier than that", stablehomes.SeverityError, RuleDates)
	}
	// Judged by the start date, like every rule here: a P2 placement that
	// began earlier and stayed open is queried by the SSDA903 rules instead.
	if p.Type == "P2" && RuleP2Open.AppliesOn(p.StartDate) {
		vs.Add("/placementType", "placements.p2-open-after-2023-10-28", "placement type P2 may not be used for a placement starting on or after 28 October 2023; use registered supported accommodation (K3 from 2024-25)", stablehomes.SeverityError, RuleP2Open)
	}
	switch {
	case !p.EndDate.IsZero() && p.EndReason == "":
		vs.Add("/endReason", "placements.end-reason", "the placement has an end date but no reason it ended", stablehomes.SeverityError, RuleEndReason)
	case p.EndDate.IsZero() && p.EndReason != "":
		vs.Add("/endReason", "placements.end-reason", "a reason the placement ended is recorded without an end date", stablehomes.SeverityError, RuleEndReason)
	case p.EndReason != "" && !ValidReasonEpisodeCeasedIn(string(p.EndReason), stablehomes.FinancialYearOf(p.EndDate)):
		vs.Add("/endReason", "placements.code-not-valid", "the reason the episode ceased is not valid in the collection year of the end date", stablehomes.SeverityError, RuleCodes)
	}
	switch {
	case p.ChangeReason != "" && cat == CategoryTemporary:
		vs.Add("/changeReason", "placements.change-reason", "no reason for a placement change is recorded for a temporary placement", stablehomes.SeverityError, RuleChangeReason)
	case p.ChangeReason != "" && p.EndDate.IsZero():
		vs.Add("/changeReason", "placements.change-reason", "a reason for a placement change is recorded without an end date", stablehomes.SeverityError, RuleChangeReason)
	case p.ChangeReason != "" && !ValidReasonPlacementChangeIn(string(p.ChangeReason), stablehomes.FinancialYearOf(p.EndDate)):
		vs.Add("/changeReason", "placements.code-not-valid", "the reason for the placement change is not valid in the collection year of the end date", stablehomes.SeverityError, RuleCodes)
	}
	if RuleURNRequired.AppliesOn(p.StartDate) && facts != nil {
		needs := facts.needsURN(p.StartDate)
		switch {
		case p.OfstedURN != "" && !validURN(string(p.OfstedURN)):
			vs.Add("/ofstedUrn", "placements.urn-not-valid", "an Ofsted URN is 6 to 8 upper-case letters and digits", stablehomes.SeverityError, RuleURNRequired)
		case needs && p.OfstedURN == "" && !p.OutsideEngland:
			vs.Add("/ofstedUrn", "placements.urn-required", "the placement type is one Ofsted registers, so the setting's Ofsted URN is required", stablehomes.SeverityError, RuleURNRequired)
		case !needs && p.OfstedURN != "" && p.OfstedURN != URNPlaceholder:
			vs.Add("/ofstedUrn", "placements.urn-not-expected", "Ofsted does not register settings of this placement type, so no URN is expected", stablehomes.SeverityError, RuleURNNotExpected)
		}
	}
	if (p.Distance.FarFromHome() || p.OutOfArea || p.SiblingsSeparated || p.SchoolMove) && !p.ReasonRecorded {
		vs.Add("/reasonRecorded", "placements.reason-required", "the placement is far from home, out of area, separates siblings or moves school, and no reason is recorded", stablehomes.SeverityWarning, RuleReasonRequired)
	}
	return vs.Err()
}
