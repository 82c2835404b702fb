package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/carers"
	"github.com/stablehomes/stablehomes/funding"
	"github.com/stablehomes/stablehomes/internal/cli"
	"github.com/stablehomes/stablehomes/missions"
	"github.com/stablehomes/stablehomes/missions/dashboard"
	"github.com/stablehomes/stablehomes/placements/ssda903"
	"github.com/stablehomes/stablehomes/workforce"
)

func main() { os.Exit(run(os.Stdout, os.Stderr, os.Args[1:])) }

func run(w, stderr io.Writer, args []string) int {
	c := cli.New("tour", "", stderr,
		"The main example: a short tour of what the library knows and checks, on its embedded data. It takes no arguments.")
	c.Exits("the tour ran", "not used")
	if code, done := c.Parse(args); done {
		return code
	}
	if code, done := c.NoArgs(); done {
		return code
	}
	sections := []func(io.Writer) error{foundation, allowances, socialWorkers, grants, missionsToday, returnDashboard}
	for _, s := range sections {
		if err := s(w); err != nil {
			return c.Errorf("%v", err)
		}
		fmt.Fprintln(w)
	}
	return 0
}

// The date the tour is told on. The library never reads the clock: every
// rule and rate is judged by a date the caller gives.
var tourDate = stablehomes.MustDate(2025, 9, 1)

func foundation(w io.Writer) error {
	fmt.Fprintln(w, "== Local authorities with children's services ==")
	current := stablehomes.CurrentLocalAuthorities(tourDate)
	perRegion := map[stablehomes.Region]int{}
	for _, la := range current {
		perRegion[la.Region]++
	}
	fmt.Fprintf(w, "%d authorities on %s:\n", len(current), tourDate)
	for _, r := range stablehomes.Regions() {
		fmt.Fprintf(w, "  %-26s %3d\n", r.Name(), perRegion[r])
	}
	byDfE, err := stablehomes.LookupLA("313")
	if err != nil {
		return err
	}
	byGSS, err := stablehomes.LookupLA("E09000018")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "LookupLA(\"313\") = %s, %s; same as LookupLA(\"E09000018\"): %v\n", byDfE, byDfE.Region.Name(), byDfE == byGSS)
	old, err := stablehomes.LookupLAOn("928", stablehomes.MustDate(2020, 6, 1))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "DfE code 928 on 2020-06-01: %s, ended %s; successors: %s\n", old.Name, old.Ended, old.Successor)

	fmt.Fprintln(w)
	fmt.Fprintln(w, "== Dates, years and money ==")
	dob := stablehomes.MustDate(2008, 2, 29)
	fmt.Fprintf(w, "A child born on 29 February 2008 turns 18 on %s (1 March in a common year)\n", dob.AddYears(18))
	fy := stablehomes.FinancialYearOf(tourDate)
	ty := stablehomes.TaxYearOf(tourDate)
	fmt.Fprintf(w, "%s is in financial year %s (%s to %s) and tax year %s (%s to %s)\n", tourDate, fy, fy.Start(), fy.End(), ty, ty.Start(), ty.End())
	weekly := stablehomes.Pounds(194, 0)
	three, err := weekly.ProRate(3, 7)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "A weekly amount of %s for 3 nights is %s (rounded once, halves up)\n", weekly, three)
	return nil
}

// socialWorkers shows who may hold the lead child protection practitioner
// role on the tour's date, with the rule and source of what is missing.
func socialWorkers(w io.Writer) error {
	fmt.Fprintln(w, "== Social work roles (workforce) ==")
	hounslow, err := stablehomes.LookupLA("313")
	if err != nil {
		return err
	}
	number, err := workforce.ParseRegistrationNumber("SW123456")
	if err != nil {
		return err
	}
	p := workforce.Practitioner{
		ID:                 uuid.NewSHA1(uuid.NameSpaceOID, []byte("stablehomes tour practitioner")),
		RegistrationNumber: number,
		RegistrationStatus: workforce.Registered,
		FirstRegistered:    stablehomes.MustDate(2022, 9, 1),
		Employer:           hounslow,
		ContractType:       workforce.Permanent,
		Role:               workforce.StudentSocialWorker,
	}
	role := workforce.LeadChildProtectionPractitioner
	req := role.Requirements()
	fmt.Fprintf(w, "%s: needs Social Work England registration: %v; %d years' post-qualifying experience\n", role.Title(), req.Registration, req.MinYears)
	if req.Source.Unconfirmed != "" {
		fmt.Fprintf(w, "  (kept as data, flagged unconfirmed: %s)\n", req.Source.Unconfirmed)
	}
	fmt.Fprintf(w, "A social worker first registered on %s has %d whole years of post-qualifying experience on %s.\n", p.FirstRegistered, p.ExperienceOn(tourDate).Years, tourDate)
	err = workforce.Eligible(p, role, tourDate)
	var vs stablehomes.Violations
	if !errors.As(err, &vs) {
		fmt.Fprintln(w, "Eligible for the role.")
		return nil
	}
	fmt.Fprintln(w, "Not yet eligible for the role:")
	for _, v := range vs {
		fmt.Fprintf(w, "  - %s [%s]\n", v.Message, v.Rule.ID)
	}
	return nil
}

// allowances shows the National Minimum Allowance owed for a stay.
func allowances(w io.Writer) error {
	fmt.Fprintln(w, "== Foster carers' allowances (carers) ==")
	hounslow, err := stablehomes.LookupLA("313")
	if err != nil {
		return err
	}
	dob := stablehomes.MustDate(2012, 5, 1)
	weekly, err := carers.WeeklyMinimum(carers.AllowanceAreaOf(hounslow), dob, tourDate)
	if err != nil {
		return err
	}
	from, to := tourDate, tourDate.AddDays(10)
	owed, err := carers.MinimumForPeriod(carers.AllowanceAreaOf(hounslow), dob, from, to)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "In Hounslow (%s rate) a 13-year-old's minimum allowance on %s is %s a week; 10 nights from %s: %s\n", carers.AllowanceAreaOf(hounslow), tourDate, weekly, from, owed)
	if _, err := carers.WeeklyMinimum(carers.AreaLondon, dob, stablehomes.MustDate(2021, 9, 1)); err != nil {
		fmt.Fprintf(w, "On 2021-09-01: %v\n", err)
	}
	return nil
}

// missionsToday prints each mission with the number of indicators that
// evidence it.
func missionsToday(w io.Writer) error {
	fmt.Fprintln(w, "== The six missions (missions) ==")
	for _, m := range missions.All() {
		fmt.Fprintf(w, "%d. %s (%d indicators)\n", m.Number, m.Wording, len(m.Indicators()))
	}
	share, met, err := missions.OfstedJudgements().InadequateShare(stablehomes.MustDate(2025, 3, 31))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Authorities judged inadequate as at 2025-03-31 (Ofsted's method: reports published by 2025-06-30): %s%% (%d of %d); below the 10%% aim: %v\n", share.Value, share.Numerator, share.Denominator, met)
	if _, _, err := missions.OfstedJudgements().InadequateShare(stablehomes.MustDate(2026, 6, 1)); err != nil {
		fmt.Fprintf(w, "As at 2026-06-01: %v\n", err)
	}
	return nil
}

// returnDashboard ends the tour with the dashboard of a synthetic SSDA903
// return (the same seed as examples/dashboard's embedded return).
func returnDashboard(w io.Writer) error {
	fmt.Fprintln(w, "== The dashboard from an SSDA903 return (synthetic, made-up children) ==")
	year := stablehomes.FinancialYearStarting(2024)
	ctx := context.Background()
	ret, err := ssda903.Generate(ctx, ssda903.GenerateOptions{Seed: 2025, Year: year, Episodes: 3000, LocalAuthority: "E09000018"})
	if err != nil {
		return err
	}
	ret.Metadata.LocalAuthority = "E09000018"
	computed, err := dashboard.Compute(ctx, ret, dashboard.Options{})
	if err != nil {
		return err
	}
	dashboard.WriteText(w, dashboard.Measurements("E09000018", year, computed.Counts))
	report, err := ssda903.Validate(ctx, ret, year)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "DfE validation rules: %s\n", report.Summary())
	return nil
}

// grants shows a pilot's money refused to an authority outside it.
func grants(w io.Writer) error {
	fmt.Fprintln(w, "== Funding (funding) ==")
	p, _ := funding.ProgrammeByID("families-first-for-children")
	fmt.Fprintf(w, "%s: envelope %s, %d published figures, %d participating authorities\n", p.Name, p.Envelope, len(p.Figures), len(p.Participants))
	l := funding.NewLedger()
	birmingham, err := stablehomes.LookupLA("330")
	if err != nil {
		return err
	}
	err = l.Apply(funding.Event{ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte("tour grant")), Kind: funding.Allocate, Date: tourDate,
		Programme: p.ID, Year: stablehomes.FinancialYearStarting(2024), Authority: birmingham, Amount: stablehomes.Pounds(1000, 0)})
	var vs stablehomes.Violations
	if errors.As(err, &vs) {
		fmt.Fprintf(w, "Allocating £1,000.00 to Birmingham is refused: %s [%s]\n", vs[0].Message, vs[0].Rule.ID)
	}
	return nil
}
