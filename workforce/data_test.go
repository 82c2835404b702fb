package workforce

import (
	"errors"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
)

func TestRoleTableRowsParseAndCite(t *testing.T) {
	tbl, err := parseRoles(rolesCSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(tbl.infos) != 12 {
		t.Errorf("roles.csv has %d rows, want 12 (11 roles and the strategy's alias)", len(tbl.infos))
	}
	for _, info := range tbl.infos {
		if info.req.Source.Document == "" || !strings.HasPrefix(info.req.Source.URL, "http") {
			t.Errorf("%s: no source", info.role)
		}
	}
	if _, err := parseRoles("code\nx\n"); err == nil {
		t.Error("a table with a wrong header parsed")
	}
}

func TestAgencyRuleRowsParseAndCite(t *testing.T) {
	m, err := parseAgencyRules(agencyRulesCSV)
	if err != nil {
		t.Fatal(err)
	}
	commencement := stablehomes.MustDate(2024, 10, 31) // policy reference 6.1: new assignments from 31 October 2024
	for id, r := range m {
		if r.rule.Source.Document == "" || r.rule.Source.URL == "" {
			t.Errorf("%s: no source", id)
		}
		if id == "workforce.agency-existing-engagements" {
			if r.rule.From != stablehomes.MustDate(2025, 10, 1) {
				t.Errorf("%s: from %s, want 2025-10-01", id, r.rule.From)
			}
			continue
		}
		if r.rule.From != commencement {
			t.Errorf("%s: from %s, want the guidance's commencement %s", id, r.rule.From, commencement)
		}
	}
	// Figures from the policy reference 6.1, flagged there as seen only in
	// a secondary source.
	if y, m := agencyFigure("workforce.agency-experience"), agencyFigure("workforce.agency-cooling-off"); y != AgencyMinYears || m != CoolingOffMonths {
		t.Errorf("agency rule data states %d years, %d months; the package applies %d and %d", y, m, AgencyMinYears, CoolingOffMonths)
	}
	for _, r := range []stablehomes.Rule{RuleAgencyExperience, RuleAgencyCoolingOff, RuleAgencyReferences} {
		if r.Source.Unconfirmed == "" {
			t.Errorf("%s: figure seen only in a secondary source but not flagged unconfirmed", r.ID)
		}
	}
	for _, r := range []stablehomes.Rule{RuleAgencyPriceCap, RuleAgencyProjectTeam} {
		if r.Source.Unconfirmed != "" {
			t.Errorf("%s: confirmed in the guidance but flagged unconfirmed", r.ID)
		}
	}
}

func TestRoles(t *testing.T) {
	for _, code := range []string{"lead-child-protection-practitioner", "child-protection-lead-practitioner"} {
		r, err := ParseRole(code)
		if err != nil || r != LeadChildProtectionPractitioner {
			t.Errorf("ParseRole(%q) = %q, %v; want the lead child protection practitioner", code, r, err)
		}
	}
	if ChildProtectionLeadPractitioner.Canonical() != LeadChildProtectionPractitioner {
		t.Error("alias does not resolve")
	}
	for _, r := range Roles() {
		if r == ChildProtectionLeadPractitioner {
			t.Error("Roles lists the alias")
		}
		if r.Title() == "" {
			t.Errorf("%s: no title", r)
		}
	}
	if len(Roles()) != 11 {
		t.Errorf("%d roles, want 11", len(Roles()))
	}
	// Policy reference 6.3: the LCPP's requirements are not confirmed.
	if LeadChildProtectionPractitioner.Requirements().Source.Unconfirmed == "" {
		t.Error("LCPP requirements must be flagged unconfirmed")
	}
	if LeadChildProtectionPractitioner.Requirements().Training != LeadChildProtectionPractitionerTraining {
		t.Error("LCPP needs its specialist training")
	}
	for _, r := range []Role{StudentSocialWorker, ApprenticeSocialWorker, FamilyHelpPractitioner, PersonalAdviser} {
		if r.RequiresRegistration() {
			t.Errorf("%s should not need registration", r)
		}
	}
	for _, r := range []Role{NewlyQualifiedSocialWorker, SocialWorker, ExperiencedSocialWorker, SeniorPractitioner, LeadChildProtectionPractitioner, PracticeSupervisor, TeamManager} {
		if !r.RequiresRegistration() {
			t.Errorf("%s should need registration", r)
		}
	}
	if _, err := ParseRole("chief-social-worker"); err == nil {
		t.Error("unknown role parsed")
	}
	var r Role
	if err := r.UnmarshalText([]byte("Jane")); err == nil || strings.Contains(err.Error(), "Jane") {
		t.Errorf("UnmarshalText error %v", err)
	}
	if b, err := ChildProtectionLeadPractitioner.MarshalText(); err != nil || string(b) != string(ChildProtectionLeadPractitioner) {
		t.Errorf("MarshalText alias: %s %v", b, err)
	}
	if _, err := Role("nope").MarshalText(); err == nil {
		t.Error("MarshalText accepted an unknown code")
	}
}

func TestRulesAreCitedAndUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules() {
		if seen[r.ID] {
			t.Errorf("duplicate rule %s", r.ID)
		}
		seen[r.ID] = true
		if !strings.HasPrefix(r.ID, "workforce.") || r.Title == "" || r.Source.Document == "" {
			t.Errorf("rule %+v lacks ID prefix, title or source", r)
		}
	}
	for _, want := range []string{"workforce.role-experience.lead-child-protection-practitioner", "workforce.role-training.lead-child-protection-practitioner", "workforce.role-experience.senior-practitioner"} {
		if !seen[want] {
			t.Errorf("Rules lacks %s", want)
		}
	}
}

func TestAddMonths(t *testing.T) {
	for _, c := range []struct {
		in, want string
		n        int
	}{
		{"2025-01-31", "2025-04-30", 3},
		{"2024-11-30", "2025-02-28", 3},
		{"2023-11-30", "2024-02-29", 3},
		{"2024-12-02", "2025-03-02", 3},
		{"2024-09-02", "2027-08-02", 35},
	} {
		if got := addMonths(stablehomes.MustParseDate(c.in), c.n); got.String() != c.want {
			t.Errorf("addMonths(%s, %d) = %s, want %s", c.in, c.n, got, c.want)
		}
	}
}

func TestCodeTypes(t *testing.T) {
	var c ContractType
	if err := c.UnmarshalText([]byte("zero-hours")); err == nil {
		t.Error("unknown contract type accepted")
	}
	if err := c.UnmarshalText([]byte("agency")); err != nil || c != Agency {
		t.Error("agency not read")
	}
	if _, err := RegistrationStatus("x").MarshalText(); err == nil {
		t.Error("unknown status marshalled")
	}
	if FirstYearProgramme(stablehomes.MustDate(2027, 8, 31)) != ASYE || FirstYearProgramme(ECDPStarts) != EarlyCareerDevelopmentProgramme {
		t.Error("first-year programme by date")
	}
	if !errors.Is(ErrRegistrationNumber, ErrRegistrationNumber) {
		t.Fail()
	}
}

func agencyFigure(id string) int { return agencyRules()[id].figure }
