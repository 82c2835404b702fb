package workforce

import "github.com/stablehomes/stablehomes"

// RuleRoleUnknown: Eligible is asked about a known role.
var RuleRoleUnknown = stablehomes.Rule{
	ID:     "workforce.role-unknown",
	Title:  "Eligibility is judged for a role in the workforce role list",
	Source: srcSchemas,
}

// Eligible reports whether p may hold role on the date on: nil, or
// stablehomes.Violations saying what is missing — Social Work England
// registration in force on the date, the years of post-qualifying
// experience (from the date first registered), the specialist training
// completed by the date. An apprentice cannot hold a role that needs
// registration. Requirements are minimums only, so a practitioner
// eligible on a date stays eligible later unless the registration lapses.
// The strategy's alias for the lead child protection practitioner is
// judged as that role. Eligible does not allocate when p is eligible.
func Eligible(p Practitioner, role Role, on stablehomes.Date) error {
	info, ok := role.info()
	if !ok {
		return stablehomes.Violations{{Path: "/role", Code: CodeRoleUnknown, Message: "the role is not in the workforce role list", Severity: stablehomes.SeverityError, Rule: RuleRoleUnknown}}
	}
	var vs stablehomes.Violations
	req := &info.req
	if req.Registration {
		if p.ContractType == Apprenticeship {
			vs.Add("/contractType", CodeApprenticeRole, "an apprentice is not yet a registered social worker and cannot hold a role that needs registration", stablehomes.SeverityError, RuleApprenticeRole)
		}
		if !p.RegisteredOn(on) {
			vs.Add("/registrationStatus", CodeRoleRegistration, "the role needs Social Work England registration in force on the date judged", stablehomes.SeverityError, info.registrationRule)
		}
	}
	if req.MinYears > 0 && p.ExperienceOn(on).Years < req.MinYears {
		vs.Add("/firstRegistered", CodeRoleExperience, info.experienceMsg, stablehomes.SeverityError, info.experienceRule)
	}
	if req.Training != "" && !p.CompletedBy(req.Training, on) {
		vs.Add("/training", CodeRoleTraining, "the role needs its specialist training completed on or before the date judged", stablehomes.SeverityError, info.trainingRule)
	}
	return vs.Err()
}
