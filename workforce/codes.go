package workforce

import (
	"slices"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/codelist"
)

// The small code lists of the package: contract types, registration
// statuses, training courses, rate units and cooling-off exceptions. Each
// is a named string type backed by one codelist.List, so the JSON Schema
// and the Go check come from the same table.

var (
	srcSWE = stablehomes.Source{
		Document: "Social Work England: registration",
		Section:  "Information for employers",
		URL:      "https://www.socialworkengland.org.uk/registration/information-for-employers/",
	}
	srcAgency = stablehomes.Source{
		Document: "Child and family social workers: agency rules (statutory guidance)",
		URL:      "https://www.gov.uk/government/publications/child-and-family-social-workers-agency-rules",
	}
	srcEarlyCareer = stablehomes.Source{
		Document: "Child and family social worker early career standards",
		URL:      "https://www.gov.uk/government/publications/child-and-family-social-worker-early-career-standards",
	}
	srcApprentices = stablehomes.Source{
		Document:    "Child and family social work degree apprenticeships",
		Section:     "3-year level 6 degree apprenticeship",
		URL:         "https://www.gov.uk/government/consultations/childrens-social-care-stable-homes-built-on-love",
		Unconfirmed: "programme length seen only in trade press (Community Care), not in a DfE document",
	}
)

// ContractType is how a practitioner is employed.
type ContractType string

// The contract types.
const (
	Permanent      ContractType = "permanent"
	FixedTerm      ContractType = "fixed-term"
	Agency         ContractType = "agency"
	Apprenticeship ContractType = "apprenticeship"
)

var contractTypes = codelist.New("contract type", []codelist.Entry{
	{Code: "permanent", Title: "Permanent", Description: "A substantive post with the employer.", Source: srcAgency},
	{Code: "fixed-term", Title: "Fixed-term", Description: "Employed directly for a fixed term.", Source: srcAgency},
	{Code: "agency", Title: "Agency", Description: "Supplied by an employment agency (agency rules apply).", Source: srcAgency},
	{Code: "apprenticeship", Title: "Apprenticeship", Description: "Employed as a social work degree apprentice.", Source: srcApprentices},
})

// IsValid reports whether c is a known contract type.
func (c ContractType) IsValid() bool { _, ok := contractTypes.Lookup(string(c)); return ok }

// MarshalText writes the code.
func (c ContractType) MarshalText() ([]byte, error) { return marshal(contractTypes, string(c)) }

// UnmarshalText reads a known code.
func (c *ContractType) UnmarshalText(b []byte) error {
	return unmarshal(contractTypes, b, (*string)(c))
}

// RegistrationStatus is where a practitioner stands on the Social Work
// England register.
type RegistrationStatus string

// The registration statuses.
const (
	Registered      RegistrationStatus = "registered"
	Suspended       RegistrationStatus = "suspended"
	Removed         RegistrationStatus = "removed" // lapsed (not renewed) or struck off
	NeverRegistered RegistrationStatus = "never-registered"
)

var registrationStatuses = codelist.New("registration status", []codelist.Entry{
	{Code: "registered", Title: "Registered", Description: "On the Social Work England register.", Source: srcSWE},
	{Code: "suspended", Title: "Suspended", Description: "Registered but suspended from the date registration ended.", Source: srcSWE},
	{Code: "removed", Title: "Removed", Description: "Removed from the register (not renewed in the 1 September to 30 November window, or struck off).", Source: srcSWE},
	{Code: "never-registered", Title: "Never registered", Description: "Not yet a registered social worker (student, apprentice, non-qualified role).", Source: srcSWE},
})

// IsValid reports whether s is a known status.
func (s RegistrationStatus) IsValid() bool {
	_, ok := registrationStatuses.Lookup(string(s))
	return ok
}

// MarshalText writes the code.
func (s RegistrationStatus) MarshalText() ([]byte, error) {
	return marshal(registrationStatuses, string(s))
}

// UnmarshalText reads a known code.
func (s *RegistrationStatus) UnmarshalText(b []byte) error {
	return unmarshal(registrationStatuses, b, (*string)(s))
}

// TrainingCourse is a programme of training a role may need.
type TrainingCourse string

// The training courses.
const (
	ASYE                                    TrainingCourse = "asye"
	EarlyCareerDevelopmentProgramme         TrainingCourse = "early-career-development-programme"
	LeadChildProtectionPractitionerTraining TrainingCourse = "lead-child-protection-practitioner-training"
)

var trainingCourses = codelist.New("training course", []codelist.Entry{
	{Code: "asye", Title: "Assessed and supported year in employment", Description: "The first-year programme for newly qualified social workers, replaced by the ECDP from September 2027.", Source: srcEarlyCareer},
	{Code: "early-career-development-programme", Title: "Early career development programme", Description: "The two-year programme under the early career standards, from September 2027.", Source: srcEarlyCareer},
	{Code: "lead-child-protection-practitioner-training", Title: "Lead child protection practitioner training",
		Description: "Advanced child protection training for lead child protection practitioners.",
		Source: stablehomes.Source{Document: "Families First Partnership: multi-agency child protection teams", Section: "Lead child protection practitioner",
			URL: "https://www.gov.uk/government/publications/families-first-partnership-programme-guide", Unconfirmed: "the training's name and content are not yet set in regulations"},
		Unconfirmed: "the training's name and content are not yet set in regulations"},
})

// TrainingCourseList returns the list of training courses, a copy.
func TrainingCourseList() TrainingList {
	in := trainingCourses.Entries()
	out := make([]CourseEntry, len(in))
	for i, e := range in {
		out[i] = CourseEntry{Course: TrainingCourse(e.Code), Title: e.Title, Description: e.Description, From: e.From, To: e.To, Source: e.Source, Unconfirmed: e.Unconfirmed}
	}
	return TrainingList{entries: out}
}

// TrainingList is the list of training courses a role may require, in
// table order. TrainingCourseList returns it; the zero value is empty.
type TrainingList struct{ entries []CourseEntry }

// Entries returns a copy of the courses, in table order.
func (l TrainingList) Entries() []CourseEntry { return slices.Clone(l.entries) }

// Len returns the number of courses.
func (l TrainingList) Len() int { return len(l.entries) }

// Lookup returns the entry for a course code.
func (l TrainingList) Lookup(c TrainingCourse) (CourseEntry, bool) {
	for _, e := range l.entries {
		if e.Course == c {
			return e, true
		}
	}
	return CourseEntry{}, false
}

// CourseEntry is one training course of the list: its code, meaning, the
// dates it applies and its source.
type CourseEntry struct {
	// Course is the course's code.
	Course TrainingCourse
	// Title is the course's name; Description, when set, what it is.
	Title, Description string
	// From is the first day the course counts (zero: always); To the last
	// (zero: still current).
	From, To stablehomes.Date
	// Source is the publication that names the course.
	Source stablehomes.Source
	// Unconfirmed, when set, says what is not yet confirmed.
	Unconfirmed string
}

// ValidOn reports whether the course counts on d.
func (e CourseEntry) ValidOn(d stablehomes.Date) bool {
	if !e.From.IsZero() && d.Before(e.From) {
		return false
	}
	return e.To.IsZero() || !d.After(e.To)
}

// IsValid reports whether c is a known course.
func (c TrainingCourse) IsValid() bool { _, ok := trainingCourses.Lookup(string(c)); return ok }

// MarshalText writes the code.
func (c TrainingCourse) MarshalText() ([]byte, error) { return marshal(trainingCourses, string(c)) }

// UnmarshalText reads a known code.
func (c *TrainingCourse) UnmarshalText(b []byte) error {
	return unmarshal(trainingCourses, b, (*string)(c))
}

// RateUnit is what an agency charge is per.
type RateUnit string

// The rate units. A bundled package price cannot be compared with a
// per-worker cap and is refused from the agency rules' commencement.
const (
	PerHour    RateUnit = "hour"
	PerDay     RateUnit = "day"
	PerPackage RateUnit = "package"
)

var rateUnits = codelist.New("rate unit", []codelist.Entry{
	{Code: "hour", Title: "Per hour", Description: "Charged per hour worked by the worker.", Source: srcAgency},
	{Code: "day", Title: "Per day", Description: "Charged per day worked by the worker.", Source: srcAgency},
	{Code: "package", Title: "Bundled package", Description: "One price for a project team or packaged service, not per worker.", Source: srcAgency},
})

// IsValid reports whether u is a known unit.
func (u RateUnit) IsValid() bool { _, ok := rateUnits.Lookup(string(u)); return ok }

// MarshalText writes the code.
func (u RateUnit) MarshalText() ([]byte, error) { return marshal(rateUnits, string(u)) }

// UnmarshalText reads a known code.
func (u *RateUnit) UnmarshalText(b []byte) error { return unmarshal(rateUnits, b, (*string)(u)) }

// CoolingOffException is a recorded reason why the cooling-off period
// does not apply.
type CoolingOffException string

// The exceptions recorded on an engagement. (Moving to a permanent role
// and agency work in a different region are not engagements the rule
// reaches, so need no code.)
const (
	Redundancy          CoolingOffException = "redundancy"
	LeftDuringProbation CoolingOffException = "left-during-probation"
)

var coolingOffExceptions = codelist.New("cooling-off exception", []codelist.Entry{
	{Code: "redundancy", Title: "Redundancy", Description: "The worker left the permanent post through redundancy.", Source: srcAgency, Unconfirmed: "exceptions seen only in a secondary summary"},
	{Code: "left-during-probation", Title: "Left during probation", Description: "The worker left the permanent post during probation.", Source: srcAgency, Unconfirmed: "exceptions seen only in a secondary summary"},
})

// IsValid reports whether e is a known exception.
func (e CoolingOffException) IsValid() bool {
	_, ok := coolingOffExceptions.Lookup(string(e))
	return ok
}

// MarshalText writes the code.
func (e CoolingOffException) MarshalText() ([]byte, error) {
	return marshal(coolingOffExceptions, string(e))
}

// UnmarshalText reads a known code.
func (e *CoolingOffException) UnmarshalText(b []byte) error {
	return unmarshal(coolingOffExceptions, b, (*string)(e))
}

func marshal(l *codelist.List, code string) ([]byte, error) {
	if code != "" {
		if _, err := l.Parse(code); err != nil {
			return nil, err
		}
	}
	return []byte(code), nil
}

func unmarshal(l *codelist.List, b []byte, dst *string) error {
	v, err := l.ParseText(b) // the list's own copy: nothing allocated
	if err != nil {
		return unknownCode(l.Name())
	}
	*dst = v
	return nil
}

// unknownCode is the decoding error for a code not in a list. Unlike the
// codelist error it does not quote the input, which in a payload may be
// personal data typed into the wrong field.
type unknownCode string

func (e unknownCode) Error() string {
	return "not a known " + string(e) + " code (the schema lists them)"
}
