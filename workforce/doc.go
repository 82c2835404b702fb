// Package workforce is the children's social care workforce as HR,
// rostering and commissioning systems need it: who may hold which role on
// a given date, and whether an agency engagement complies with the
// national agency rules.
//
// # What it holds
//
//   - [Role]: the roles from student and apprentice to team manager, each
//     with its [Requirements] (Social Work England registration, minimum
//     years of post-qualifying experience, specialist training). The role
//     the Stable Homes, Built on Love strategy called "child protection
//     lead practitioner" is kept under its current official name, lead
//     child protection practitioner; the strategy's code parses to it.
//   - [Practitioner]: registration number ([RegistrationNumber], the
//     format DfE's Social Work Induction Programme service checks),
//     status, date first registered, employer, contract, training, role.
//     Post-qualifying experience ([Experience]) and the early-career stage
//     ([EarlyCareerStage]) follow from the date first registered, counted
//     by calendar date.
//   - [Eligible]: whether a practitioner may hold a role on a date, or
//     what is missing.
//   - [AgencyEngagement]: an agency social worker's assignment, validated
//     against the statutory guidance "Child and family social workers:
//     agency rules": minimum post-qualifying experience, regional price
//     caps ([PriceCaps], supplied by the caller since each region sets its
//     own), project teams under the same caps, the cooling-off period
//     after leaving a permanent post in the same region, and references.
//   - [Apprentice]: a social work degree apprentice, who is not yet
//     registered and holds no registered role.
//
// # Sources
//
// Social Work England's registration pages; DfE's statutory guidance on
// agency child and family social workers (new assignments from 31 October
// 2024); the child and family social worker early career standards (ASYE
// replaced by the early career development programme from September
// 2027); Families First Partnership material on lead child protection
// practitioners; apprenticeship figures. Role requirements live in
// data/roles.csv and the agency rules' titles, dates and figures in
// data/agency_rules.csv, each row with its source. Figures the library
// could not confirm against the primary text — the lead child protection
// practitioner's experience and training, the 3-year and 3-month agency
// figures, the experienced and senior practitioner thresholds — are kept
// there and flagged in Source.Unconfirmed, to be changed in one place.
//
// # Dates
//
// Every rule is judged by the date of the event: Eligible by the date the
// caller passes, an engagement by its start date. An engagement that
// starts before a rule's commencement is never judged by it. Nothing
// reads the clock.
//
// # Errors
//
// Validate, ValidateWithCaps and Eligible return nil or
// stablehomes.Violations: a JSON Pointer path with the JSON member names,
// a stable code ("workforce.agency-cooling-off"), a plain message with no
// personal data, and the Rule with its source and dates, so that
// errors.Is(err, workforce.RuleAgencyCoolingOff) works. The valid path
// does not allocate.
//
// # Schemas
//
// The JSON Schemas of the payloads ("practitioner", "agency-engagement",
// "apprentice") are generated from the Go types into schemas/ by
// go generate and listed by [PayloadTypes]; DecodePractitioner,
// DecodeAgencyEngagement and DecodeApprentice decode strictly and
// validate.
//
// # The Children's Wellbeing and Schools Act 2026
//
// Multi-agency child protection teams (s3) and the power to regulate
// councils' use of agency workers are listed by Rules() as not yet
// commenced (act2026.go) and judge nothing.
package workforce
