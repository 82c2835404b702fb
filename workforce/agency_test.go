package workforce

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
)

var (
	camden     = mustLA("E09000007")
	birmingham = mustLA("E08000025")
	commenced  = stablehomes.MustDate(2024, 10, 31) // policy reference 6.1
)

func engagement() AgencyEngagement {
	return AgencyEngagement{
		ID:                      uuid.MustParse("0b7a9c1e-3d2f-4e5a-8b6c-7d8e9f0a1b2c"),
		PractitionerID:          uuid.MustParse("6f1c1d2e-0a4b-4c7d-9e8f-112233445566"),
		Authority:               hounslow,
		Role:                    SocialWorker,
		FirstRegistered:         stablehomes.MustDate(2018, 9, 3),
		StartDate:               stablehomes.MustDate(2025, 3, 3),
		Rate:                    stablehomes.Pounds(45, 0),
		RateUnit:                PerHour,
		PracticeReferencesTaken: true,
		LastPermanentEmployer:   birmingham,
		LastPermanentLeftOn:     stablehomes.MustDate(2025, 2, 28),
	}
}

// sampleCaps is an invented London cap table (the library ships none:
// regions set their own).
func sampleCaps(t testing.TB) *PriceCaps {
	caps, err := ReadPriceCaps(strings.NewReader(PriceCapsHeader + "\n" +
		"E12000007,social-worker,hour,2024-10-31,,5000,Invented test table,,https://example.org/caps\n" +
		"E12000007,social-worker,day,2024-10-31,,35000,Invented test table,,https://example.org/caps\n" +
		"E12000007,child-protection-lead-practitioner,hour,2024-10-31,2025-03-31,6000,Invented test table,,https://example.org/caps\n"))
	if err != nil {
		t.Fatal(err)
	}
	return caps
}

func codes(err error) []string {
	var vs stablehomes.Violations
	errors.As(err, &vs)
	return vs.Codes()
}

func TestAgencyEngagementValidate(t *testing.T) {
	caps := sampleCaps(t)
	cases := []struct {
		name  string
		edit  func(*AgencyEngagement)
		codes []string
	}{
		{"valid", func(e *AgencyEngagement) {}, nil},
		{"3 years less a day", func(e *AgencyEngagement) { e.FirstRegistered = stablehomes.MustDate(2022, 3, 4) }, []string{CodeAgencyExperience}},
		{"exactly 3 years", func(e *AgencyEngagement) { e.FirstRegistered = stablehomes.MustDate(2022, 3, 3) }, nil},
		{"same region within 3 months", func(e *AgencyEngagement) { e.LastPermanentEmployer = camden }, []string{CodeAgencyCoolingOff}},
		{"same authority, last day of cooling-off", func(e *AgencyEngagement) {
			e.LastPermanentEmployer, e.LastPermanentLeftOn = hounslow, stablehomes.MustDate(2024, 12, 3)
		}, []string{CodeAgencyCoolingOff}},
		{"same authority, day after cooling-off", func(e *AgencyEngagement) {
			e.LastPermanentEmployer, e.LastPermanentLeftOn = hounslow, stablehomes.MustDate(2024, 12, 2)
		}, nil},
		{"same region, redundancy", func(e *AgencyEngagement) { e.LastPermanentEmployer, e.CoolingOffException = camden, Redundancy }, nil},
		{"no references", func(e *AgencyEngagement) { e.PracticeReferencesTaken = false }, []string{CodeAgencyReferences}},
		{"not a social work role", func(e *AgencyEngagement) { e.Role = PersonalAdviser }, []string{CodeAgencyScope, CodeAgencyNoCap}},
		{"package price", func(e *AgencyEngagement) { e.ProjectTeam, e.RateUnit = true, PerPackage }, []string{CodeAgencyProjectTeam}},
		{"project team per day within cap", func(e *AgencyEngagement) { e.ProjectTeam, e.RateUnit, e.Rate = true, PerDay, 35000 }, nil},
		{"above cap", func(e *AgencyEngagement) { e.Rate = 5001 }, []string{CodeAgencyPriceCap}},
		{"project team above cap", func(e *AgencyEngagement) { e.ProjectTeam, e.RateUnit, e.Rate = true, PerDay, 35001 }, []string{CodeAgencyPriceCap}},
		{"above cap, signed off", func(e *AgencyEngagement) { e.Rate, e.CapExceptionApproved = 5001, true }, []string{CodeAgencyPriceCap}},
		{"alias role capped", func(e *AgencyEngagement) { e.Role, e.Rate = LeadChildProtectionPractitioner, 6001 }, []string{CodeAgencyPriceCap}},
		{"cap ended", func(e *AgencyEngagement) {
			e.Role, e.StartDate = LeadChildProtectionPractitioner, stablehomes.MustDate(2025, 4, 1)
		}, []string{CodeAgencyNoCap}},
		{"no cap for region", func(e *AgencyEngagement) { e.Authority, e.LastPermanentEmployer = birmingham, hounslow }, []string{CodeAgencyNoCap}},
		{"before commencement, ended before 1 October 2025, everything wrong", func(e *AgencyEngagement) {
			e.StartDate, e.EndDate = commenced.AddDays(-1), stablehomes.MustDate(2025, 9, 30)
			e.FirstRegistered = stablehomes.MustDate(2024, 1, 1)
			e.LastPermanentEmployer, e.LastPermanentLeftOn = hounslow, stablehomes.MustDate(2024, 10, 1)
			e.PracticeReferencesTaken, e.RateUnit, e.Rate = false, PerHour, 99999
		}, nil},
		{"before commencement, still running on 1 October 2025: experience and cap judged then", func(e *AgencyEngagement) {
			e.StartDate = commenced.AddDays(-1)
			e.FirstRegistered = stablehomes.MustDate(2024, 1, 1)
			e.LastPermanentEmployer, e.LastPermanentLeftOn = hounslow, stablehomes.MustDate(2024, 10, 1)
			e.PracticeReferencesTaken, e.RateUnit, e.Rate = false, PerHour, 99999
		}, []string{CodeAgencyExperience, CodeAgencyPriceCap}},
		{"on commencement, everything wrong", func(e *AgencyEngagement) {
			e.StartDate = commenced
			e.FirstRegistered = stablehomes.MustDate(2024, 1, 1)
			e.LastPermanentEmployer, e.LastPermanentLeftOn = hounslow, stablehomes.MustDate(2024, 10, 1)
			e.PracticeReferencesTaken, e.RateUnit, e.Rate = false, PerHour, 99999
		}, []string{CodeAgencyExperience, CodeAgencyReferences, CodeAgencyCoolingOff, CodeAgencyPriceCap}},
	}
	for _, c := range cases {
		e := engagement()
		c.edit(&e)
		if got := codes(e.ValidateWithCaps(caps)); !equal(got, c.codes) {
			t.Errorf("%s: codes %v, want %v", c.name, got, c.codes)
		}
	}
	e := engagement()
	e.Rate, e.CapExceptionApproved = 5001, true
	err := e.ValidateWithCaps(caps)
	if errors.Is(err, stablehomes.ErrInvalid) || !errors.Is(err, RuleAgencyPriceCap) {
		t.Errorf("signed-off exception should be a warning only: %v", err)
	}
	if err := e.Validate(); err != nil {
		t.Errorf("Validate without caps judges no cap: %v", err)
	}
}

func TestPriceCapsErrors(t *testing.T) {
	bad := []string{
		"region,role\n",
		PriceCapsHeader + "\nE12000099,social-worker,hour,2024-10-31,,5000,x,,u\n",
		PriceCapsHeader + "\nE12000007,boss,hour,2024-10-31,,5000,x,,u\n",
		PriceCapsHeader + "\nE12000007,social-worker,package,2024-10-31,,5000,x,,u\n",
		PriceCapsHeader + "\nE12000007,social-worker,hour,2024-10-31,,0,x,,u\n",
		PriceCapsHeader + "\nE12000007,social-worker,hour,2024-10-31,,50.00,x,,u\n",
		PriceCapsHeader + "\nE12000007,social-worker,hour,2024-10-31,,5000,,,\n",
		PriceCapsHeader + "\nE12000007,social-worker,hour,2024-10-31,,5000,x,,u\nE12000007,social-worker,hour,2025-01-01,,5000,x,,u\n",
	}
	for _, in := range bad {
		if _, err := ReadPriceCaps(strings.NewReader(in)); err == nil {
			t.Errorf("accepted %q", in)
		}
	}
	var none *PriceCaps
	if _, err := none.CapFor(stablehomes.London, SocialWorker, PerHour, commenced); !errors.Is(err, ErrNoCap) {
		t.Errorf("nil caps: %v", err)
	}
}

// genEngagement builds engagements across the whole space: any start in
// 2020-2030, any experience, any mix of authorities, units, flags.
func genEngagement() gopter.Gen {
	las := []stablehomes.LocalAuthority{hounslow, camden, birmingham, {}}
	return gopter.CombineGens(
		gens.Date(stablehomes.MustDate(2020, 1, 1), stablehomes.MustDate(2030, 12, 31)),
		gen.IntRange(0, 3000), // days registered before start
		gen.IntRange(0, 3),    // last permanent employer
		gen.IntRange(0, 400),  // days left before start
		gen.OneConstOf(PerHour, PerDay, PerPackage),
		gens.Money(1, 100000),
		gen.UInt8(), // flags
		gen.OneConstOf(SocialWorker, LeadChildProtectionPractitioner, ChildProtectionLeadPractitioner, TeamManager),
	).Map(func(v []any) AgencyEngagement {
		e := engagement()
		e.StartDate = v[0].(stablehomes.Date)
		e.FirstRegistered = e.StartDate.AddDays(-v[1].(int))
		e.LastPermanentEmployer = las[v[2].(int)]
		e.LastPermanentLeftOn = stablehomes.Date{}
		if !e.LastPermanentEmployer.IsZero() {
			e.LastPermanentLeftOn = e.StartDate.AddDays(-v[3].(int))
		}
		e.RateUnit, e.Rate = v[4].(RateUnit), v[5].(stablehomes.Money)
		f := v[6].(uint8)
		e.ProjectTeam, e.PracticeReferencesTaken, e.CapExceptionApproved = f&1 != 0, f&2 != 0, f&4 != 0
		if f&8 != 0 {
			e.CoolingOffException = LeftDuringProbation
		}
		e.Role = v[7].(Role)
		return e
	})
}

func TestAgencyProperties(t *testing.T) {
	caps := sampleCaps(t)
	props := gopter.NewProperties(gens.Params(t))
	props.Property("an engagement is never judged by a rule not yet in force on the date it is judged by", prop.ForAll(func(e AgencyEngagement) bool {
		var vs stablehomes.Violations
		errors.As(e.ValidateWithCaps(caps), &vs)
		for _, v := range vs {
			if !v.Rule.AppliesOn(e.judgedOn()) {
				return false
			}
		}
		return true
	}, genEngagement()))
	props.Property("an engagement starting before commencement breaks no agency rule", prop.ForAll(func(e AgencyEngagement, back int) bool {
		e.StartDate = commenced.AddDays(-back)
		e.EndDate = RuleAgencyExisting.From.AddDays(-1) // ended before existing engagements had to comply
		if e.EndDate.Before(e.StartDate) {
			e.EndDate = e.StartDate
		}
		e.FirstRegistered = e.StartDate.AddDays(-10)
		e.LastPermanentLeftOn = stablehomes.Date{}
		e.LastPermanentEmployer = stablehomes.LocalAuthority{}
		return e.ValidateWithCaps(caps) == nil
	}, genEngagement(), gen.IntRange(1, 3000)))
	props.Property("experience rule fires exactly when under 3 years from commencement", prop.ForAll(func(e AgencyEngagement) bool {
		want := ExperienceBetween(e.FirstRegistered, e.judgedOn()).Years < 3 && !e.judgedOn().Before(commenced)
		return contains(codes(e.Validate()), CodeAgencyExperience) == want
	}, genEngagement()))
	props.Property("cooling-off fires exactly within 3 months in the same region without exception", prop.ForAll(func(e AgencyEngagement) bool {
		want := !e.StartDate.Before(commenced) && !e.LastPermanentEmployer.IsZero() &&
			e.LastPermanentEmployer.Region == e.Authority.Region && e.CoolingOffException == "" &&
			!e.StartDate.After(addMonths(e.LastPermanentLeftOn, 3))
		return contains(codes(e.Validate()), CodeAgencyCoolingOff) == want
	}, genEngagement()))
	props.Property("references and package-price rules fire exactly when broken from commencement", prop.ForAll(func(e AgencyEngagement) bool {
		in := !e.StartDate.Before(commenced)
		judged := !e.judgedOn().Before(commenced) // existing engagements from 1 October 2025
		cs := codes(e.Validate())
		return contains(cs, CodeAgencyReferences) == (in && !e.PracticeReferencesTaken) &&
			contains(cs, CodeAgencyProjectTeam) == (judged && e.RateUnit == PerPackage)
	}, genEngagement()))
	props.Property("price cap is an error exactly when above the cap without sign-off", prop.ForAll(func(e AgencyEngagement) bool {
		var vs stablehomes.Violations
		errors.As(e.ValidateWithCaps(caps), &vs)
		cap, err := caps.CapFor(e.Authority.Region, e.Role, e.RateUnit, e.judgedOn())
		above := err == nil && e.Rate > cap.Cap && !e.judgedOn().Before(commenced) && e.RateUnit != PerPackage
		var capErr, capWarn bool
		for _, v := range vs {
			if v.Code == CodeAgencyPriceCap {
				capErr, capWarn = !v.IsWarning(), v.IsWarning()
			}
		}
		return capErr == (above && !e.CapExceptionApproved) && capWarn == (above && e.CapExceptionApproved)
	}, genEngagement()))
	props.TestingRun(t)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func TestApprenticeValidate(t *testing.T) {
	a := Apprentice{
		ID: uuid.MustParse("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"), Employer: birmingham,
		ProgrammeStart: stablehomes.MustDate(2024, 9, 2), ExpectedEnd: stablehomes.MustDate(2027, 8, 31), Role: ApprenticeSocialWorker,
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	if !a.OnProgrammeOn(stablehomes.MustDate(2025, 1, 1)) || a.OnProgrammeOn(stablehomes.MustDate(2027, 9, 1)) {
		t.Error("OnProgrammeOn")
	}
	a.ExpectedEnd = stablehomes.MustDate(2027, 8, 1)
	if got := codes(a.Validate()); !equal(got, []string{CodeApprenticeDuration}) {
		t.Errorf("short programme: %v", got)
	}
	a.Role, a.RegistrationNumber = SocialWorker, "SW1"
	if got := codes(a.Validate()); !equal(got, []string{CodeApprenticeDuration, CodeApprenticeRole, CodeApprenticeRole}) {
		t.Errorf("registered apprentice: %v", got)
	}
	if err := (Apprentice{}).Validate(); !errors.Is(err, RuleRequired) {
		t.Errorf("zero apprentice: %v", err)
	}
}
