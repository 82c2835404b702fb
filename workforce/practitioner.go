package workforce

import (
	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
)

// Practitioner is a member of the children's social care workforce as an
// HR or rostering system holds them: registration, employer, contract,
// training and current role. It holds no name or other personal details.
type Practitioner struct {
	// ID identifies the practitioner in the employer's systems.
	ID uuid.UUID `json:"id"`
	// RegistrationNumber is the Social Work England number, when registered
	// now or in the past.
	RegistrationNumber RegistrationNumber `json:"registrationNumber,omitempty"`
	// RegistrationStatus is where the practitioner stands on the register.
	RegistrationStatus RegistrationStatus `json:"registrationStatus"`
	// FirstRegistered is the date first registered; post-qualifying
	// experience and the early-career stage follow from it.
	FirstRegistered stablehomes.Date `json:"firstRegistered,omitzero"`
	// RegistrationEnded is the date a suspended or removed registration
	// stopped being in force.
	RegistrationEnded stablehomes.Date `json:"registrationEnded,omitzero"`
	// Employer is the authority that employs or engages the practitioner.
	Employer stablehomes.LocalAuthority `json:"employer"`
	// ContractType says how the practitioner is employed.
	ContractType ContractType `json:"contractType"`
	// Training lists the courses completed, with dates.
	Training []Training `json:"training,omitempty"`
	// Role is the current role.
	Role Role `json:"role"`
}

// Training is one course completed.
type Training struct {
	Course      TrainingCourse   `json:"course"`
	CompletedOn stablehomes.Date `json:"completedOn"`
}

// RegisteredOn reports whether the practitioner's registration was in
// force on d: first registered on or before d and not suspended or removed
// by then.
func (p Practitioner) RegisteredOn(d stablehomes.Date) bool {
	if p.RegistrationStatus == NeverRegistered || p.FirstRegistered.IsZero() || d.Before(p.FirstRegistered) {
		return false
	}
	return p.RegistrationEnded.IsZero() || d.Before(p.RegistrationEnded)
}

// ExperienceOn returns post-qualifying experience on d.
func (p Practitioner) ExperienceOn(d stablehomes.Date) Experience {
	return ExperienceBetween(p.FirstRegistered, d)
}

// StageOn returns the early-career stage on d.
func (p Practitioner) StageOn(d stablehomes.Date) EarlyCareerStage {
	return StageOn(p.FirstRegistered, d)
}

// CompletedBy reports whether the practitioner completed the course on or
// before d.
func (p Practitioner) CompletedBy(c TrainingCourse, d stablehomes.Date) bool {
	for _, t := range p.Training {
		if t.Course == c && !t.CompletedOn.IsZero() && !t.CompletedOn.After(d) {
			return true
		}
	}
	return false
}

// Validate checks the record on its own (not against a date): required
// fields, a registration that hangs together, a role the registration and
// contract allow. It returns nil or stablehomes.Violations.
func (p Practitioner) Validate() error {
	var vs stablehomes.Violations
	if p.ID == (uuid.UUID{}) {
		vs.Add("/id", CodeRequired, "the practitioner ID is required", stablehomes.SeverityError, RuleRequired)
	}
	if !p.RegistrationStatus.IsValid() {
		vs.Add("/registrationStatus", CodeRequired, "a known registration status is required", stablehomes.SeverityError, RuleRequired)
	}
	if p.Employer.IsZero() {
		vs.Add("/employer", CodeRequired, "the employing authority is required", stablehomes.SeverityError, RuleRequired)
	}
	if !p.ContractType.IsValid() {
		vs.Add("/contractType", CodeRequired, "a known contract type is required", stablehomes.SeverityError, RuleRequired)
	}
	if !p.Role.IsValid() {
		vs.Add("/role", CodeRequired, "a known role is required", stablehomes.SeverityError, RuleRequired)
	}
	p.validateRegistration(&vs)
	for i, t := range p.Training {
		if !t.Course.IsValid() {
			vs.Add(stablehomes.PointerIndex("/training", i)+"/course", CodeRequired, "a known training course is required", stablehomes.SeverityError, RuleRequired)
		}
		if t.CompletedOn.IsZero() {
			vs.Add(stablehomes.PointerIndex("/training", i)+"/completedOn", CodeRequired, "the date the course was completed is required", stablehomes.SeverityError, RuleRequired)
		}
	}
	if p.Role.RequiresRegistration() {
		if p.ContractType == Apprenticeship {
			vs.Add("/role", CodeApprenticeRole, "an apprentice is not yet a registered social worker and cannot hold a role that needs registration", stablehomes.SeverityError, RuleApprenticeRole)
		} else if p.RegistrationStatus != Registered {
			vs.Add("/role", CodeRegisteredRole, "the current role needs Social Work England registration, but the registration status is not registered", stablehomes.SeverityError, RuleRegisteredRole)
		}
	}
	return vs.Err()
}

func (p Practitioner) validateRegistration(vs *stablehomes.Violations) {
	if p.RegistrationNumber != "" && !p.RegistrationNumber.IsValid() {
		vs.Add("/registrationNumber", CodeRegistrationNumber, `the registration number is not "SW" then 1 to 6 digits (first not 0), in upper case`, stablehomes.SeverityError, RuleRegistrationNumber)
	}
	switch p.RegistrationStatus {
	case NeverRegistered:
		if p.RegistrationNumber != "" {
			vs.Add("/registrationNumber", CodeRegistration, "a practitioner never registered has no registration number", stablehomes.SeverityError, RuleRegistrationRecord)
		}
		if !p.FirstRegistered.IsZero() {
			vs.Add("/firstRegistered", CodeRegistration, "a practitioner never registered has no date first registered", stablehomes.SeverityError, RuleRegistrationRecord)
		}
		if !p.RegistrationEnded.IsZero() {
			vs.Add("/registrationEnded", CodeRegistration, "a practitioner never registered has no date registration ended", stablehomes.SeverityError, RuleRegistrationRecord)
		}
	case Registered, Suspended, Removed:
		if p.RegistrationNumber == "" {
			vs.Add("/registrationNumber", CodeRegistration, "a registered, suspended or removed practitioner has a registration number", stablehomes.SeverityError, RuleRegistrationRecord)
		}
		if p.FirstRegistered.IsZero() {
			vs.Add("/firstRegistered", CodeRegistration, "a registered, suspended or removed practitioner has a date first registered", stablehomes.SeverityError, RuleRegistrationRecord)
		}
		ended := !p.RegistrationEnded.IsZero()
		switch {
		case p.RegistrationStatus == Registered && ended:
			vs.Add("/registrationEnded", CodeRegistration, "a registered practitioner has no date registration ended", stablehomes.SeverityError, RuleRegistrationRecord)
		case p.RegistrationStatus != Registered && !ended:
			vs.Add("/registrationEnded", CodeRegistration, "a suspended or removed registration needs the date it stopped being in force", stablehomes.SeverityError, RuleRegistrationRecord)
		case ended && !p.FirstRegistered.IsZero() && p.RegistrationEnded.Before(p.FirstRegistered):
			vs.Add("/registrationEnded", CodeRegistration, "registration cannot end before the date first registered", stablehomes.SeverityError, RuleRegistrationRecord)
		}
	}
}
