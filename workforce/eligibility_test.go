package workforce

import (
	"errors"
	"testing"

	"github.com/google/uuid"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
)

var hounslow = mustLA("E09000018")

func mustLA(code string) stablehomes.LocalAuthority {
	la, err := stablehomes.LookupLA(code)
	if err != nil {
		panic(err)
	}
	return la
}

func lcpp() Practitioner {
	return Practitioner{
		ID:                 uuid.MustParse("6f1c1d2e-0a4b-4c7d-9e8f-112233445566"),
		RegistrationNumber: "SW123456",
		RegistrationStatus: Registered,
		FirstRegistered:    stablehomes.MustDate(2018, 9, 3),
		Employer:           hounslow,
		ContractType:       Permanent,
		Training: []Training{
			{Course: ASYE, CompletedOn: stablehomes.MustDate(2019, 9, 30)},
			{Course: LeadChildProtectionPractitionerTraining, CompletedOn: stablehomes.MustDate(2025, 6, 30)},
		},
		Role: LeadChildProtectionPractitioner,
	}
}

func TestExperience(t *testing.T) {
	first := stablehomes.MustDate(2020, 2, 29)
	for _, c := range []struct {
		on    string
		years int
		stage EarlyCareerStage
	}{
		{"2020-02-28", 0, NotYetRegistered},
		{"2020-02-29", 0, FirstYearInPractice},
		{"2021-02-28", 0, FirstYearInPractice},
		{"2021-03-01", 1, SecondYearInPractice},
		{"2022-03-01", 2, BeyondEarlyCareer},
		{"2025-02-28", 4, BeyondEarlyCareer},
	} {
		on := stablehomes.MustParseDate(c.on)
		if got := ExperienceBetween(first, on).Years; got != c.years {
			t.Errorf("experience on %s = %d years, want %d", c.on, got, c.years)
		}
		if got := StageOn(first, on); got != c.stage {
			t.Errorf("stage on %s = %s, want %s", c.on, got, c.stage)
		}
	}
	if ExperienceBetween(stablehomes.Date{}, first) != (Experience{}) {
		t.Error("no registration, no experience")
	}
	if d := ExperienceBetween(first, stablehomes.MustDate(2020, 3, 10)).Days; d != 10 {
		t.Errorf("days = %d, want 10", d)
	}
}

func TestEligible(t *testing.T) {
	on := stablehomes.MustDate(2025, 11, 1)
	p := lcpp()
	for _, r := range Roles() {
		err := Eligible(p, r, on)
		if r == ApprenticeSocialWorker || r == StudentSocialWorker || r == FamilyHelpPractitioner || r == PersonalAdviser {
			if err != nil {
				t.Errorf("%s: %v", r, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("a registered practitioner with 7 years and the training is not eligible for %s: %v", r, err)
		}
	}
	if err := Eligible(p, ChildProtectionLeadPractitioner, on); err != nil {
		t.Errorf("alias: %v", err)
	}
	cases := []struct {
		name  string
		edit  func(*Practitioner)
		role  Role
		on    stablehomes.Date
		codes []string
	}{
		{"training not yet completed", func(p *Practitioner) {}, LeadChildProtectionPractitioner, stablehomes.MustDate(2025, 6, 29), []string{CodeRoleTraining}},
		{"under 5 years", func(p *Practitioner) { p.FirstRegistered = stablehomes.MustDate(2021, 11, 2) }, LeadChildProtectionPractitioner, on, []string{CodeRoleExperience}},
		{"exactly 5 years", func(p *Practitioner) { p.FirstRegistered = stablehomes.MustDate(2020, 11, 1) }, LeadChildProtectionPractitioner, on, nil},
		{"removed", func(p *Practitioner) {
			p.RegistrationStatus, p.RegistrationEnded = Removed, stablehomes.MustDate(2025, 10, 1)
		}, SocialWorker, on, []string{CodeRoleRegistration}},
		{"removed later", func(p *Practitioner) {
			p.RegistrationStatus, p.RegistrationEnded = Removed, stablehomes.MustDate(2025, 12, 1)
		}, SocialWorker, on, nil},
		{"before registration", func(p *Practitioner) {}, NewlyQualifiedSocialWorker, stablehomes.MustDate(2018, 9, 2), []string{CodeRoleRegistration}},
		{"senior needs 5 years", func(p *Practitioner) { p.FirstRegistered = stablehomes.MustDate(2022, 1, 1) }, SeniorPractitioner, on, []string{CodeRoleExperience}},
		{"experienced needs 2 years", func(p *Practitioner) { p.FirstRegistered = stablehomes.MustDate(2024, 1, 1) }, ExperiencedSocialWorker, on, []string{CodeRoleExperience}},
		{"never registered, nothing", func(p *Practitioner) {
			p.RegistrationStatus, p.RegistrationNumber, p.FirstRegistered, p.Training = NeverRegistered, "", stablehomes.Date{}, nil
		}, LeadChildProtectionPractitioner, on, []string{CodeRoleRegistration, CodeRoleExperience, CodeRoleTraining}},
		{"apprentice", func(p *Practitioner) {
			p.RegistrationStatus, p.RegistrationNumber, p.FirstRegistered, p.ContractType = NeverRegistered, "", stablehomes.Date{}, Apprenticeship
		}, SocialWorker, on, []string{CodeApprenticeRole, CodeRoleRegistration}},
		{"unknown role", func(p *Practitioner) {}, Role("chief-social-worker"), on, []string{CodeRoleUnknown}},
	}
	for _, c := range cases {
		p := lcpp()
		c.edit(&p)
		err := Eligible(p, c.role, c.on)
		var vs stablehomes.Violations
		errors.As(err, &vs)
		if got := vs.Codes(); !equal(got, c.codes) {
			t.Errorf("%s: codes %v, want %v (%v)", c.name, got, c.codes, err)
		}
	}
	err := Eligible(Practitioner{}, LeadChildProtectionPractitioner, on)
	lcppInfo, _ := LeadChildProtectionPractitioner.info()
	if !errors.Is(err, lcppInfo.trainingRule) || !errors.Is(err, stablehomes.ErrInvalid) {
		t.Errorf("errors.Is does not find the rule: %v", err)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// genPractitioner builds records across the whole range: registered or
// not, lapsed or not, with and without training, any contract.
func genPractitioner() gopter.Gen {
	return gopter.CombineGens(
		gens.Date(stablehomes.MustDate(1990, 1, 1), stablehomes.MustDate(2030, 12, 31)),
		gen.IntRange(0, 3), // 0 never registered, 1 registered, 2 suspended, 3 removed
		gen.IntRange(0, 4000),
		gen.IntRange(0, 4000),
		gen.OneConstOf(Permanent, FixedTerm, Agency, Apprenticeship),
		gen.Bool(),
	).Map(func(v []any) Practitioner {
		p := lcpp()
		p.FirstRegistered = v[0].(stablehomes.Date)
		p.ContractType = v[4].(ContractType)
		p.Training[1].CompletedOn = p.FirstRegistered.AddDays(v[3].(int))
		if !v[5].(bool) {
			p.Training = p.Training[:1]
		}
		switch v[1].(int) {
		case 0:
			p.RegistrationStatus, p.RegistrationNumber, p.FirstRegistered = NeverRegistered, "", stablehomes.Date{}
		case 2:
			p.RegistrationStatus, p.RegistrationEnded = Suspended, p.FirstRegistered.AddDays(v[2].(int))
		case 3:
			p.RegistrationStatus, p.RegistrationEnded = Removed, p.FirstRegistered.AddDays(v[2].(int))
		}
		return p
	})
}

func genRole() gopter.Gen {
	rs := Roles()
	rs = append(rs, ChildProtectionLeadPractitioner)
	return gen.IntRange(0, len(rs)-1).Map(func(i int) Role { return rs[i] })
}

func TestEligibilityProperties(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	anyDate := gens.Date(stablehomes.MustDate(1990, 1, 1), stablehomes.MustDate(2040, 12, 31))
	props.Property("experience never decreases as the date moves on", prop.ForAll(func(first, on stablehomes.Date, later int) bool {
		a, b := ExperienceBetween(first, on), ExperienceBetween(first, on.AddDays(later))
		return b.Years >= a.Years && b.Days >= a.Days && StageOn(first, on.AddDays(later)) >= StageOn(first, on)
	}, anyDate, anyDate, gen.IntRange(0, 5000)))
	props.Property("eligible on a date stays eligible later unless registration lapses", prop.ForAll(func(p Practitioner, r Role, on stablehomes.Date, later int) bool {
		if Eligible(p, r, on) != nil {
			return true
		}
		then := on.AddDays(later)
		err := Eligible(p, r, then)
		if r.RequiresRegistration() && !p.RegisteredOn(then) {
			return err != nil // lapsed: no longer eligible
		}
		return err == nil
	}, genPractitioner(), genRole(), anyDate, gen.IntRange(0, 5000)))
	props.Property("each missing requirement is reported, and nothing else", prop.ForAll(func(p Practitioner, r Role, on stablehomes.Date) bool {
		req := r.Requirements()
		var vs stablehomes.Violations
		errors.As(Eligible(p, r, on), &vs)
		wantReg := req.Registration && !p.RegisteredOn(on)
		wantExp := p.ExperienceOn(on).Years < req.MinYears
		wantTrain := req.Training != "" && !p.CompletedBy(req.Training, on)
		wantApp := req.Registration && p.ContractType == Apprenticeship
		return vs.HasCode(CodeRoleRegistration) == wantReg && vs.HasCode(CodeRoleExperience) == wantExp &&
			vs.HasCode(CodeRoleTraining) == wantTrain && vs.HasCode(CodeApprenticeRole) == wantApp &&
			len(vs) == count(wantReg, wantExp, wantTrain, wantApp)
	}, genPractitioner(), genRole(), anyDate))
	props.TestingRun(t)
}

func count(bs ...bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

func TestPractitionerValidate(t *testing.T) {
	if err := lcpp().Validate(); err != nil {
		t.Fatal(err)
	}
	p := lcpp()
	p.RegistrationNumber = "sw12"
	var vs stablehomes.Violations
	if !errors.As(p.Validate(), &vs) || !vs.HasCode(CodeRegistrationNumber) {
		t.Errorf("lower-case number set from Go not flagged: %v", vs)
	}
	var zero Practitioner
	if err := zero.Validate(); !errors.Is(err, RuleRequired) {
		t.Errorf("zero practitioner: %v", err)
	}
}
