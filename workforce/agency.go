package workforce

import (
	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
)

// AgencyEngagement is one assignment of an agency child and family social
// worker to an authority, as a commissioning system records it. It holds
// the facts the statutory agency rules are judged on; the practitioner is
// referred to by ID, with the date first registered copied in so that
// experience can be judged without the HR record.
type AgencyEngagement struct {
	// ID identifies the engagement.
	ID uuid.UUID `json:"id"`
	// PractitionerID is the Practitioner's ID.
	PractitionerID uuid.UUID `json:"practitionerId"`
	// Authority is the authority engaging the worker; its region is the
	// region for price caps and the cooling-off period.
	Authority stablehomes.LocalAuthority `json:"authority"`
	// Role is the role the worker fills.
	Role Role `json:"role"`
	// FirstRegistered is the worker's date first registered with Social
	// Work England.
	FirstRegistered stablehomes.Date `json:"firstRegistered"`
	// StartDate is the first day of the assignment: the agency rules are
	// judged by it, except that an engagement begun before 31 October 2024
	// and not ended before 1 October 2025 meets the experience,
	// project-team and price-cap rules from then (RuleAgencyExisting).
	StartDate stablehomes.Date `json:"startDate"`
	// EndDate is the last day, when known.
	EndDate stablehomes.Date `json:"endDate,omitzero"`
	// Rate is the amount the authority is charged per RateUnit.
	Rate stablehomes.Money `json:"rate"`
	// RateUnit says what Rate is per: hour, day or a bundled package.
	RateUnit RateUnit `json:"rateUnit"`
	// ProjectTeam is set when the worker comes as part of a managed
	// project team or other bundled service.
	ProjectTeam bool `json:"projectTeam,omitempty"`
	// PracticeReferencesTaken is set when practice-based references were
	// taken before the start.
	PracticeReferencesTaken bool `json:"practiceReferencesTaken,omitempty"`
	// LastPermanentEmployer is the authority of the worker's last
	// permanent (substantive) children's services post, if any.
	LastPermanentEmployer stablehomes.LocalAuthority `json:"lastPermanentEmployer,omitzero"`
	// LastPermanentLeftOn is the day the worker left that post.
	LastPermanentLeftOn stablehomes.Date `json:"lastPermanentLeftOn,omitzero"`
	// CoolingOffException is the recorded reason the cooling-off period
	// does not apply, if any.
	CoolingOffException CoolingOffException `json:"coolingOffException,omitempty"`
	// CapExceptionApproved is set when the director of children's services
	// and the chief executive signed off a rate above the regional cap.
	CapExceptionApproved bool `json:"capExceptionApproved,omitempty"`
}

// Validate checks the engagement against the record rules and the agency
// rules in force on its start date, without regional price caps (use
// ValidateWithCaps for those). An engagement that starts before a rule's
// commencement is never judged by it. It returns nil or
// stablehomes.Violations and does not allocate when the engagement is valid.
func (e AgencyEngagement) Validate() error { return e.ValidateWithCaps(nil) }

// ValidateWithCaps is Validate plus the regional price cap that caps
// supplies for the authority's region, the role and the rate unit on the
// start date. A rate above the cap is an error, or a warning when the
// exception was signed off; no cap supplied is a warning.
func (e AgencyEngagement) ValidateWithCaps(caps *PriceCaps) error {
	var vs stablehomes.Violations
	e.validateRecord(&vs)
	start := e.StartDate
	if start.IsZero() {
		return vs.Err()
	}
	judged := e.judgedOn()
	if RuleAgencyExperience.AppliesOn(judged) && !e.FirstRegistered.IsZero() &&
		ExperienceBetween(e.FirstRegistered, judged).Years < AgencyMinYears {
		vs.Add("/firstRegistered", CodeAgencyExperience, agencyExperienceMsg, stablehomes.SeverityError, RuleAgencyExperience)
	}
	if RuleAgencyProjectTeam.AppliesOn(judged) && e.RateUnit == PerPackage {
		vs.Add("/rateUnit", CodeAgencyProjectTeam, "a project team or bundled service is under the same price caps: state the charge per worker per hour or day, not as a package", stablehomes.SeverityError, RuleAgencyProjectTeam)
	}
	if RuleAgencyReferences.AppliesOn(start) && !e.PracticeReferencesTaken {
		vs.Add("/practiceReferencesTaken", CodeAgencyReferences, "practice-based references must be taken before an agency engagement starts", stablehomes.SeverityError, RuleAgencyReferences)
	}
	if RuleAgencyCoolingOff.AppliesOn(start) && e.inCoolingOff() {
		vs.Add("/lastPermanentLeftOn", CodeAgencyCoolingOff, coolingOffMsg, stablehomes.SeverityError, RuleAgencyCoolingOff)
	}
	if caps != nil && RuleAgencyPriceCap.AppliesOn(judged) && (e.RateUnit == PerHour || e.RateUnit == PerDay) && !e.Authority.IsZero() {
		cap, err := caps.CapFor(e.Authority.Region, e.Role, e.RateUnit, judged)
		switch {
		case err != nil:
			vs.Add("/rate", CodeAgencyNoCap, "no regional price cap was supplied for the authority's region, the role and the rate unit on the start date", stablehomes.SeverityWarning, RuleAgencyPriceCap)
		case e.Rate > cap.Cap && e.CapExceptionApproved:
			vs.Add("/rate", CodeAgencyPriceCap, "the rate is above the regional price cap "+cap.Cap.String()+" per "+string(e.RateUnit)+"; signed off as an exception", stablehomes.SeverityWarning, RuleAgencyPriceCap)
		case e.Rate > cap.Cap:
			vs.Add("/rate", CodeAgencyPriceCap, "the rate is above the regional price cap "+cap.Cap.String()+" per "+string(e.RateUnit)+" without sign-off by the director of children's services and the chief executive", stablehomes.SeverityError, RuleAgencyPriceCap)
		}
	}
	return vs.Err()
}

// inCoolingOff reports whether the start falls within the cooling-off
// period after leaving a permanent post in the same region (an authority
// is in its own region, so the same authority is covered), with no
// exception recorded.
func (e AgencyEngagement) inCoolingOff() bool {
	if e.LastPermanentEmployer.IsZero() || e.LastPermanentLeftOn.IsZero() || e.CoolingOffException != "" {
		return false
	}
	if e.LastPermanentEmployer.Region != e.Authority.Region {
		return false
	}
	return e.StartDate.Before(addMonths(e.LastPermanentLeftOn, CoolingOffMonths).AddDays(1))
}

func (e AgencyEngagement) validateRecord(vs *stablehomes.Violations) {
	if e.ID == (uuid.UUID{}) {
		vs.Add("/id", CodeRequired, "the engagement ID is required", stablehomes.SeverityError, RuleRequired)
	}
	if e.PractitionerID == (uuid.UUID{}) {
		vs.Add("/practitionerId", CodeRequired, "the practitioner ID is required", stablehomes.SeverityError, RuleRequired)
	}
	if e.Authority.IsZero() {
		vs.Add("/authority", CodeRequired, "the engaging authority is required", stablehomes.SeverityError, RuleRequired)
	}
	if !e.Role.IsValid() {
		vs.Add("/role", CodeRequired, "a known role is required", stablehomes.SeverityError, RuleRequired)
	} else if !e.Role.RequiresRegistration() {
		vs.Add("/role", CodeAgencyScope, "the agency rules cover child and family social workers: the role must be one that needs Social Work England registration", stablehomes.SeverityError, RuleAgencyScope)
	}
	if e.FirstRegistered.IsZero() {
		vs.Add("/firstRegistered", CodeRequired, "the date first registered is required", stablehomes.SeverityError, RuleRequired)
	}
	if e.StartDate.IsZero() {
		vs.Add("/startDate", CodeRequired, "the start date is required", stablehomes.SeverityError, RuleRequired)
	}
	if e.Rate <= 0 {
		vs.Add("/rate", CodeRequired, "the rate charged is required and must be positive", stablehomes.SeverityError, RuleRequired)
	}
	if !e.RateUnit.IsValid() {
		vs.Add("/rateUnit", CodeRequired, "a known rate unit is required", stablehomes.SeverityError, RuleRequired)
	}
	if e.CoolingOffException != "" && !e.CoolingOffException.IsValid() {
		vs.Add("/coolingOffException", CodeRequired, "the cooling-off exception is not a known code", stablehomes.SeverityError, RuleRequired)
	}
	if !e.EndDate.IsZero() && !e.StartDate.IsZero() && e.EndDate.Before(e.StartDate) {
		vs.Add("/endDate", CodeDates, "the end date is before the start date", stablehomes.SeverityError, RuleDates)
	}
	if !e.StartDate.IsZero() && !e.FirstRegistered.IsZero() && e.StartDate.Before(e.FirstRegistered) {
		vs.Add("/firstRegistered", CodeDates, "an agency social worker is registered before the engagement starts", stablehomes.SeverityError, RuleDates)
	}
	if e.LastPermanentEmployer.IsZero() != e.LastPermanentLeftOn.IsZero() {
		vs.Add("/lastPermanentLeftOn", CodeDates, "the last permanent employer and the date left are given together", stablehomes.SeverityError, RuleDates)
	}
	if !e.LastPermanentLeftOn.IsZero() && !e.StartDate.IsZero() && e.LastPermanentLeftOn.After(e.StartDate) {
		vs.Add("/lastPermanentLeftOn", CodeDates, "the date left the permanent post is after the engagement starts", stablehomes.SeverityError, RuleDates)
	}
}

// judgedOn is the date the experience, project-team and price-cap rules
// judge the engagement by: its start, or, for an engagement that began
// before the rules (31 October 2024) and had not ended before 1 October
// 2025, that compliance date (RuleAgencyExisting). An open engagement (no
// end date) counts as still running. References and the cooling-off
// period concern the start itself and stay judged by it.
func (e AgencyEngagement) judgedOn() stablehomes.Date {
	start := e.StartDate
	if !start.Before(RuleAgencyExperience.From) {
		return start
	}
	by := RuleAgencyExisting.From
	if e.EndDate.IsZero() || !e.EndDate.Before(by) {
		return by
	}
	return start
}
