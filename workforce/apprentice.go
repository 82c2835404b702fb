package workforce

import (
	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
)

// ApprenticeshipYears is the length of a social work degree apprenticeship
// (level 6, at least 20% off-the-job), per the source cited in
// RuleApprenticeDuration.
const ApprenticeshipYears = 3

// Apprentice is a child and family social work degree apprentice: employed
// by an authority while studying, not yet a registered social worker.
type Apprentice struct {
	// ID identifies the apprentice (the same ID as their Practitioner record).
	ID uuid.UUID `json:"id"`
	// Employer is the employing authority.
	Employer stablehomes.LocalAuthority `json:"employer"`
	// ProgrammeStart is the first day of the apprenticeship programme.
	ProgrammeStart stablehomes.Date `json:"programmeStart"`
	// ExpectedEnd is the day the programme is expected to end.
	ExpectedEnd stablehomes.Date `json:"expectedEnd"`
	// Role is the role held during the programme.
	Role Role `json:"role"`
	// RegistrationNumber must be empty: an apprentice is not yet registered.
	RegistrationNumber RegistrationNumber `json:"registrationNumber,omitempty"`
}

// Validate checks the record: required fields, the expected end after the
// start, no registration and no role that needs it; an expected end more
// than a month short of a 3-year programme is a warning (the month allows
// for term dates: a programme from 2 September may end on 31 August).
func (a Apprentice) Validate() error {
	var vs stablehomes.Violations
	if a.ID == (uuid.UUID{}) {
		vs.Add("/id", CodeRequired, "the apprentice ID is required", stablehomes.SeverityError, RuleRequired)
	}
	if a.Employer.IsZero() {
		vs.Add("/employer", CodeRequired, "the employing authority is required", stablehomes.SeverityError, RuleRequired)
	}
	if a.ProgrammeStart.IsZero() {
		vs.Add("/programmeStart", CodeRequired, "the programme start date is required", stablehomes.SeverityError, RuleRequired)
	}
	if a.ExpectedEnd.IsZero() {
		vs.Add("/expectedEnd", CodeRequired, "the expected end date is required", stablehomes.SeverityError, RuleRequired)
	}
	if !a.Role.IsValid() {
		vs.Add("/role", CodeRequired, "a known role is required", stablehomes.SeverityError, RuleRequired)
	}
	if !a.ProgrammeStart.IsZero() && !a.ExpectedEnd.IsZero() {
		if !a.ExpectedEnd.After(a.ProgrammeStart) {
			vs.Add("/expectedEnd", CodeDates, "the expected end is not after the programme start", stablehomes.SeverityError, RuleDates)
		} else if a.ExpectedEnd.Before(addMonths(a.ProgrammeStart, 12*ApprenticeshipYears-1)) {
			vs.Add("/expectedEnd", CodeApprenticeDuration, "the expected end is less than the 3 years of a social work degree apprenticeship after the start", stablehomes.SeverityWarning, RuleApprenticeDuration)
		}
	}
	if a.RegistrationNumber != "" {
		vs.Add("/registrationNumber", CodeApprenticeRole, "an apprentice is not yet a registered social worker and has no registration number", stablehomes.SeverityError, RuleApprenticeRole)
	}
	if a.Role.RequiresRegistration() {
		vs.Add("/role", CodeApprenticeRole, "an apprentice cannot hold a role that needs Social Work England registration", stablehomes.SeverityError, RuleApprenticeRole)
	}
	return vs.Err()
}

// OnProgrammeOn reports whether d falls within the programme, from its
// start to its expected end inclusive.
func (a Apprentice) OnProgrammeOn(d stablehomes.Date) bool {
	return !d.Before(a.ProgrammeStart) && !d.After(a.ExpectedEnd)
}
