package placements

import "github.com/stablehomes/stablehomes"

// SupportedApplicationDeadline is the last day a supported accommodation
// provider could have a complete application for registration accepted by
// Ofsted and go on operating while it was determined: from 28 October 2023
// it is an offence to operate without one (Supported Accommodation
// (England) Regulations 2023, reg 1(3): regs 36, 37 and 43(2) in force that
// day; Ofsted's guidance on gov.uk).
var SupportedApplicationDeadline = stablehomes.MustDate(2023, 10, 28)

// SupportedApplication is an unregistered supported accommodation
// provider's application to Ofsted for registration: the day Ofsted
// accepted it as complete and, if it was refused, the day the refusal took
// effect. A granted application makes the provider registered (set
// Placement.SupportedAccommodationRegistered instead).
type SupportedApplication struct {
	// Accepted is the day Ofsted accepted the complete application.
	Accepted stablehomes.Date `json:"accepted"`
	// Refused is the day the refusal took effect; zero while the
	// application is being determined.
	Refused stablehomes.Date `json:"refused,omitzero"`
}

// IsZero reports that no application is recorded.
func (a SupportedApplication) IsZero() bool { return a == SupportedApplication{} }

// PendingOn reports whether the application lets its provider operate
// unregistered on d: it was accepted by the deadline, on or before d, and
// had not been refused by d.
func (a SupportedApplication) PendingOn(d stablehomes.Date) bool {
	return !a.Accepted.IsZero() && !a.Accepted.After(SupportedApplicationDeadline) && !a.Accepted.After(d) &&
		(a.Refused.IsZero() || d.Before(a.Refused))
}

var srcSupportedTransition = stablehomes.Source{Document: "The Supported Accommodation (England) Regulations 2023 (SI 2023/416); Ofsted, Introduction to supported accommodation (gov.uk)",
	Section:     "reg 1(3) (regs 36, 37 and 43(2) in force 28 October 2023); \"It will be illegal for a supported accommodation provider to operate if they have not submitted a complete application which has been accepted by 28 October 2023\"",
	URL:         "https://www.gov.uk/guidance/introduction-to-supported-accommodation",
	Unconfirmed: "the provision that lets a provider with an accepted application operate until it is determined was not read in the regulations' text (reg 43(2) and Schedule 4 modify Part 2 of the Care Standards Act 2000 from 28 October 2023); the rule follows Ofsted's guidance, and takes a refusal to end it on the day the refusal takes effect"}

// RuleSupportedApplicationPending: from 28 October 2023, a 16 or 17 year
// old may be placed in supported accommodation whose provider is not yet
// registered only while the provider's complete application, accepted by
// Ofsted by 28 October 2023, is being determined.
var RuleSupportedApplicationPending = stablehomes.Rule{ID: "placements.supported-application-pending", Title: "A placement in supported accommodation whose provider is not registered lasts only while the provider's complete application, accepted by Ofsted by 28 October 2023, is undetermined",
	Source: srcSupportedTransition, From: SupportedApplicationDeadline}

// checkSupported judges a 16 or 17 year old's placement in supported
// accommodation that is not registered: nil when registration is not yet
// required on the start date or the placement is covered by an accepted
// application throughout.
func (p Placement) checkSupported(vs *stablehomes.Violations) {
	if p.SupportedAccommodationRegistered || !RuleSupportedRegistered.AppliesOn(p.StartDate) {
		return
	}
	a := p.SupportedAccommodationApplication
	if a.IsZero() {
		vs.Add("/placementType", "placements.supported-unregistered", "a 16 or 17 year old in supported accommodation must be in Ofsted-registered provision", stablehomes.SeverityError, RuleSupportedRegistered)
		return
	}
	switch {
	case a.Accepted.After(SupportedApplicationDeadline):
		vs.Add("/supportedAccommodationApplication/accepted", RuleSupportedApplicationPending.ID, "the provider's application was accepted after 28 October 2023, so it may not operate until registered", stablehomes.SeverityError, RuleSupportedApplicationPending)
	case !a.PendingOn(p.StartDate):
		vs.Add("/supportedAccommodationApplication", RuleSupportedApplicationPending.ID, "the placement starts when the provider's application was not pending (not yet accepted, or already refused)", stablehomes.SeverityError, RuleSupportedApplicationPending)
	case !a.Refused.IsZero() && (p.EndDate.IsZero() || p.EndDate.After(a.Refused)):
		vs.Add("/supportedAccommodationApplication/refused", RuleSupportedApplicationPending.ID, "the placement continues after the provider's application was refused; it must end by the day the refusal takes effect", stablehomes.SeverityError, RuleSupportedApplicationPending)
	}
}
