package workforce

import "github.com/stablehomes/stablehomes"

// Violation codes. They are stable: a code is never reused for another
// meaning.
const (
	CodeRequired           = "workforce.required"
	CodeDates              = "workforce.dates"
	CodeRegistrationNumber = "workforce.registration-number"
	CodeRegistration       = "workforce.registration-record"
	CodeRegisteredRole     = "workforce.registered-role"
	CodeApprenticeRole     = "workforce.apprentice-role"
	CodeApprenticeDuration = "workforce.apprentice-duration"

	// Eligible.
	CodeRoleRegistration = "workforce.role-registration"
	CodeRoleExperience   = "workforce.role-experience"
	CodeRoleTraining     = "workforce.role-training"
	CodeRoleUnknown      = "workforce.role-unknown"

	// AgencyEngagement.
	CodeAgencyExperience  = "workforce.agency-experience"
	CodeAgencyPriceCap    = "workforce.agency-price-cap"
	CodeAgencyNoCap       = "workforce.agency-no-cap"
	CodeAgencyProjectTeam = "workforce.agency-project-team"
	CodeAgencyCoolingOff  = "workforce.agency-cooling-off"
	CodeAgencyReferences  = "workforce.agency-references"
	CodeAgencyScope       = "workforce.agency-scope"
)

var srcSchemas = stablehomes.Source{
	Document: "stablehomes workforce JSON Schemas",
	URL:      stablehomes.SchemaBaseURL + "workforce/",
}

// RuleRequired: the members the schemas mark required are present.
var RuleRequired = stablehomes.Rule{
	ID:     "workforce.required",
	Title:  "Required members are present and hold known codes",
	Source: srcSchemas,
}

// RuleDates: dates within a record are in order.
var RuleDates = stablehomes.Rule{
	ID:     "workforce.dates",
	Title:  "Dates within a record are in order (an end is not before its start)",
	Source: srcSchemas,
}

// RuleRegistrationNumber: the number has the format DfE's SWIP service checks.
var RuleRegistrationNumber = stablehomes.Rule{
	ID:    "workforce.registration-number",
	Title: `A Social Work England registration number is "SW" then 1 to 6 digits, the first not 0`,
	Source: stablehomes.Source{
		Document:    "DfE Social Work Induction Programme digital service",
		Section:     "SocialWorkEnglandRecord registration number check",
		URL:         "https://github.com/DFE-Digital/social-work-induction-programme-digital-service",
		Unconfirmed: "Social Work England's own published specification of the format was not found; DfE's check is followed",
	},
}

// RuleRegistrationRecord: the registration fields agree with the status.
var RuleRegistrationRecord = stablehomes.Rule{
	ID:     "workforce.registration-record",
	Title:  "A registered, suspended or removed practitioner has a number and a date first registered; a suspension or removal has the date it took effect",
	Source: srcSWE,
}

// RuleRegisteredRole: a role that needs registration is held by a
// registered social worker.
var RuleRegisteredRole = stablehomes.Rule{
	ID:     "workforce.registered-role",
	Title:  "Only a social worker registered with Social Work England holds a role that needs registration",
	Source: srcSWE,
}

// RuleApprenticeRole: an apprentice is not yet registered and holds no
// registered role.
var RuleApprenticeRole = stablehomes.Rule{
	ID:     "workforce.apprentice-role",
	Title:  "An apprentice is not yet a registered social worker: no registration number and no role that needs registration",
	Source: srcApprentices,
}

// RuleApprenticeDuration: the programme runs as a 3-year degree apprenticeship.
var RuleApprenticeDuration = stablehomes.Rule{
	ID:     "workforce.apprentice-duration",
	Title:  "A social work degree apprenticeship runs for 3 years; a shorter expected end is flagged for review",
	Source: srcApprentices,
}

// RuleAgencyScope: an agency engagement record is for a child and family
// social worker, the workers the statutory guidance covers.
var RuleAgencyScope = stablehomes.Rule{
	ID:     "workforce.agency-scope",
	Title:  "An agency engagement is of a child and family social worker: a role that needs Social Work England registration",
	Source: stablehomes.Source{Document: srcAgency.Document, Section: "Scope", URL: srcAgency.URL},
}

// Rules lists every rule the package checks: the record rules, each
// role's registration, experience and training rules, and the agency
// rules with their commencement dates.
func Rules() []stablehomes.Rule {
	out := []stablehomes.Rule{
		RuleRequired, RuleDates, RuleRegistrationNumber, RuleRegistrationRecord,
		RuleRegisteredRole, RuleApprenticeRole, RuleApprenticeDuration, RuleRoleUnknown,
		RuleAgencyScope, RuleAgencyExperience, RuleAgencyPriceCap, RuleAgencyProjectTeam, RuleAgencyCoolingOff, RuleAgencyReferences, RuleAgencyExisting,
		// The Children's Wellbeing and Schools Act 2026 (act2026.go), not yet commenced.
		RuleMultiAgencyChildProtectionTeam, RuleAgencyWorkerRegulations,
	}
	for _, info := range roles().infos {
		if info.aliasOf != "" {
			continue
		}
		if info.req.Registration {
			out = append(out, info.registrationRule)
		}
		if info.req.MinYears > 0 {
			out = append(out, info.experienceRule)
		}
		if info.req.Training != "" {
			out = append(out, info.trainingRule)
		}
	}
	return out
}
