package workforce

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/codelist"
)

// Role is a job in child and family social work, by a stable code such as
// "lead-child-protection-practitioner". Each role says whether it needs
// Social Work England registration, how many years of post-qualifying
// experience and which specialist training; see [Role.Requirements].
//
// The role the Stable Homes, Built on Love strategy called "child
// protection lead practitioner" is now officially the "lead child
// protection practitioner": both codes parse to
// [LeadChildProtectionPractitioner].
type Role string

// The roles. The requirements come from data/roles.csv.
const (
	StudentSocialWorker             Role = "student-social-worker"
	ApprenticeSocialWorker          Role = "apprentice-social-worker"
	NewlyQualifiedSocialWorker      Role = "newly-qualified-social-worker" // ASYE, then ECDP
	SocialWorker                    Role = "social-worker"
	ExperiencedSocialWorker         Role = "experienced-social-worker"
	SeniorPractitioner              Role = "senior-practitioner"
	LeadChildProtectionPractitioner Role = "lead-child-protection-practitioner"
	PracticeSupervisor              Role = "practice-supervisor"
	TeamManager                     Role = "team-manager"
	FamilyHelpPractitioner          Role = "family-help-practitioner" // non-qualified
	PersonalAdviser                 Role = "personal-adviser"         // for care leavers
)

// ChildProtectionLeadPractitioner is the strategy's name for
// [LeadChildProtectionPractitioner]; ParseRole maps it to the official code.
const ChildProtectionLeadPractitioner Role = "child-protection-lead-practitioner"

// Requirements is what a role needs of the person holding it.
type Requirements struct {
	// Registration is set when the role needs Social Work England registration.
	Registration bool
	// MinYears is the minimum whole years of post-qualifying experience,
	// counted from the date first registered.
	MinYears int
	// Training is the specialist training the role needs, or "".
	Training TrainingCourse
	// Source cites where the requirements come from; Source.Unconfirmed
	// says which of them are placeholders.
	Source stablehomes.Source
}

//go:embed data/roles.csv
var rolesCSV string

type roleInfo struct {
	role    Role
	aliasOf Role
	req     Requirements
	// Rules and messages, built once so that Eligible does not allocate.
	registrationRule, experienceRule, trainingRule stablehomes.Rule
	experienceMsg                                  string
}

type roleTable struct {
	list  *codelist.List
	infos []roleInfo
	index map[Role]int
}

var roles = sync.OnceValue(func() *roleTable {
	t, err := parseRoles(rolesCSV)
	if err != nil {
		panic("workforce: embedded roles table: " + err.Error())
	}
	return t
})

func parseRoles(data string) (*roleTable, error) {
	rows, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		return nil, err
	}
	const header = "code,alias_of,title,description,registration,min_years,training,document,section,url,unconfirmed"
	if len(rows) < 2 || strings.Join(rows[0], ",") != header {
		return nil, fmt.Errorf("unexpected header")
	}
	t := &roleTable{index: map[Role]int{}}
	var entries []codelist.Entry
	for i, row := range rows[1:] {
		src := stablehomes.Source{Document: row[7], Section: row[8], URL: row[9], Unconfirmed: row[10]}
		if src.Document == "" || src.URL == "" {
			return nil, fmt.Errorf("row %d: no source", i+2)
		}
		years, err := strconv.Atoi(row[5])
		if err != nil || years < 0 {
			return nil, fmt.Errorf("row %d: min_years %q", i+2, row[5])
		}
		if row[4] != "yes" && row[4] != "no" {
			return nil, fmt.Errorf("row %d: registration %q", i+2, row[4])
		}
		info := roleInfo{role: Role(row[0]), aliasOf: Role(row[1]), req: Requirements{
			Registration: row[4] == "yes", MinYears: years, Training: TrainingCourse(row[6]), Source: src,
		}}
		if info.req.Training != "" {
			if _, err := trainingCourses.Parse(string(info.req.Training)); err != nil {
				return nil, fmt.Errorf("row %d: %w", i+2, err)
			}
		}
		if years > 0 && !info.req.Registration {
			return nil, fmt.Errorf("row %d: experience needs registration", i+2)
		}
		title := row[2]
		info.registrationRule = stablehomes.Rule{
			ID:     "workforce.role-registration." + row[0],
			Title:  title + ": holder is registered with Social Work England on the date",
			Source: src,
		}
		info.experienceRule = stablehomes.Rule{
			ID:     "workforce.role-experience." + row[0],
			Title:  title + ": holder has at least " + row[5] + " years' post-qualifying experience on the date",
			Source: src,
		}
		info.trainingRule = stablehomes.Rule{
			ID:     "workforce.role-training." + row[0],
			Title:  title + ": holder completed " + row[6] + " on or before the date",
			Source: src,
		}
		info.experienceMsg = "the role needs at least " + row[5] + " whole years of post-qualifying experience (counted from the date first registered) on the date judged"
		t.index[info.role] = len(t.infos)
		t.infos = append(t.infos, info)
		desc := row[3]
		entries = append(entries, codelist.Entry{Code: row[0], Title: title, Description: desc, Source: src, Unconfirmed: src.Unconfirmed})
	}
	for _, info := range t.infos {
		if info.aliasOf != "" {
			j, ok := t.index[info.aliasOf]
			if !ok || t.infos[j].aliasOf != "" {
				return nil, fmt.Errorf("role %s: alias of unknown role %s", info.role, info.aliasOf)
			}
		}
	}
	t.list = codelist.New("workforce role", entries)
	return t, nil
}

// info returns the role's table row, following an alias.
func (r Role) info() (*roleInfo, bool) {
	t := roles()
	i, ok := t.index[r]
	if !ok {
		return nil, false
	}
	if a := t.infos[i].aliasOf; a != "" {
		i = t.index[a]
	}
	return &t.infos[i], true
}

// ParseRole returns the role with the given code; the strategy's name
// "child-protection-lead-practitioner" gives LeadChildProtectionPractitioner.
func ParseRole(code string) (Role, error) {
	info, ok := Role(code).info()
	if !ok {
		_, err := roles().list.Parse(code)
		return "", err
	}
	return info.role, nil
}

// Roles returns every role (official codes only, not aliases), in table order.
func Roles() []Role {
	var out []Role
	for _, info := range roles().infos {
		if info.aliasOf == "" {
			out = append(out, info.role)
		}
	}
	return out
}

// IsValid reports whether r is a known role code or alias.
func (r Role) IsValid() bool { _, ok := r.info(); return ok }

// Canonical returns the official code of r (the alias resolved).
func (r Role) Canonical() Role {
	if info, ok := r.info(); ok {
		return info.role
	}
	return r
}

// Title returns the role's name, or "" for an unknown code.
func (r Role) Title() string {
	e, ok := roles().list.Lookup(string(r.Canonical()))
	if !ok {
		return ""
	}
	return e.Title
}

// Requirements returns what the role needs; the zero Requirements for an
// unknown code.
func (r Role) Requirements() Requirements {
	if info, ok := r.info(); ok {
		return info.req
	}
	return Requirements{}
}

// RequiresRegistration reports whether the role needs Social Work England
// registration.
func (r Role) RequiresRegistration() bool { return r.Requirements().Registration }

// String returns the code.
func (r Role) String() string { return string(r) }

// MarshalText writes the code; an unknown code is an error.
func (r Role) MarshalText() ([]byte, error) {
	if r != "" && !r.IsValid() {
		return nil, &codelist.UnknownError{List: "workforce role", Code: string(r)}
	}
	return []byte(r), nil
}

// UnmarshalText reads a role code or the alias and keeps the official code.
func (r *Role) UnmarshalText(b []byte) error {
	// ParseRole, indexing with the bytes directly so that decoding a role
	// allocates nothing.
	t := roles()
	i, ok := t.index[Role(b)]
	if !ok {
		return unknownCode("workforce role")
	}
	if a := t.infos[i].aliasOf; a != "" {
		i = t.index[a]
	}
	*r = t.infos[i].role
	return nil
}
