package workforce_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/workforce"
)

func ExampleEligible() {
	hounslow, _ := stablehomes.LookupLA("313")
	p := workforce.Practitioner{
		ID:                 uuid.MustParse("6f1c1d2e-0a4b-4c7d-9e8f-112233445566"),
		RegistrationNumber: "SW123456",
		RegistrationStatus: workforce.Registered,
		FirstRegistered:    stablehomes.MustDate(2022, 9, 5),
		Employer:           hounslow,
		ContractType:       workforce.Permanent,
		Role:               workforce.SocialWorker,
	}
	on := stablehomes.MustDate(2025, 11, 1)
	fmt.Println(p.StageOn(on), p.ExperienceOn(on).Years)
	fmt.Println(workforce.Eligible(p, workforce.SocialWorker, on))
	err := workforce.Eligible(p, workforce.ChildProtectionLeadPractitioner, on)
	var vs stablehomes.Violations
	errors.As(err, &vs)
	for _, v := range vs {
		fmt.Println(v.Code)
	}
	// Output:
	// beyond the early career period 3
	// <nil>
	// workforce.role-experience
	// workforce.role-training
}

func ExampleAgencyEngagement_ValidateWithCaps() {
	// A region's own cap table (these figures are invented).
	caps, err := workforce.ReadPriceCaps(strings.NewReader(workforce.PriceCapsHeader + "\n" +
		"E12000007,social-worker,hour,2024-10-31,,5000,Example regional agreement,,https://example.org/caps\n"))
	if err != nil {
		panic(err)
	}
	camden, _ := stablehomes.LookupLA("202")
	hounslow, _ := stablehomes.LookupLA("313")
	e := workforce.AgencyEngagement{
		ID:                    uuid.MustParse("0b7a9c1e-3d2f-4e5a-8b6c-7d8e9f0a1b2c"),
		PractitionerID:        uuid.MustParse("6f1c1d2e-0a4b-4c7d-9e8f-112233445566"),
		Authority:             hounslow,
		Role:                  workforce.SocialWorker,
		FirstRegistered:       stablehomes.MustDate(2023, 1, 9),
		StartDate:             stablehomes.MustDate(2025, 3, 3),
		Rate:                  stablehomes.Pounds(52, 50),
		RateUnit:              workforce.PerHour,
		LastPermanentEmployer: camden,
		LastPermanentLeftOn:   stablehomes.MustDate(2025, 1, 31),
	}
	fmt.Println(e.ValidateWithCaps(caps))

	// The same engagement starting before the guidance commenced, and
	// ended before existing engagements had to comply (1 October 2025), is
	// not judged by it.
	e.StartDate, e.EndDate = stablehomes.MustDate(2024, 10, 30), stablehomes.MustDate(2025, 9, 30)
	e.LastPermanentEmployer, e.LastPermanentLeftOn = stablehomes.LocalAuthority{}, stablehomes.Date{}
	fmt.Println(e.ValidateWithCaps(caps))
	// Output:
	// 4 violations:
	//   /firstRegistered: an agency social worker needs at least 3 whole years of post-qualifying experience when the engagement starts [workforce.agency-experience]
	//   /practiceReferencesTaken: practice-based references must be taken before an agency engagement starts [workforce.agency-references]
	//   /lastPermanentLeftOn: the engagement starts within 3 months of leaving a permanent post in the same region, and no exception is recorded [workforce.agency-cooling-off]
	//   /rate: the rate is above the regional price cap £50.00 per hour without sign-off by the director of children's services and the chief executive [workforce.agency-price-cap]
	// <nil>
}

func ExampleParseRegistrationNumber() {
	n, err := workforce.ParseRegistrationNumber("sw98765")
	fmt.Println(n, err)
	_, err = workforce.ParseRegistrationNumber("SWE123")
	fmt.Println(err != nil)
	// Output:
	// SW98765 <nil>
	// true
}

func ExampleParseRole() {
	r, _ := workforce.ParseRole("child-protection-lead-practitioner")
	req := r.Requirements()
	fmt.Println(r, req.Registration, req.MinYears, req.Training, req.Source.Unconfirmed != "")
	// Output:
	// lead-child-protection-practitioner true 5 lead-child-protection-practitioner-training true
}

func ExampleDecodeApprentice() {
	_, err := workforce.DecodeApprentice(strings.NewReader(`{"id":"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d","employer":"330",
		"programmeStart":"2024-09-02","expectedEnd":"2027-08-31","role":"social-worker"}`))
	fmt.Println(err)
	// Output:
	// /role: an apprentice cannot hold a role that needs Social Work England registration [workforce.apprentice-role]
}
