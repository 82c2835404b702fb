package placements

import (
	"errors"
	"testing"

	"github.com/stablehomes/stablehomes"
)

func validPlacement() Placement {
	la, _ := stablehomes.LookupLA("E08000003")
	return Placement{
		ID: "P-1", ChildID: "C-1", DateOfBirth: stablehomes.MustDate(2012, 5, 1), ResponsibleAuthority: la,
		StartDate: stablehomes.MustDate(2024, 6, 1), Type: "U4", Provider: "PR1", Distance: mustDistance("5.5"), OfstedURN: "SC123456",
	}
}

func mustDistance(s string) Distance {
	d, err := ParseDistance(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestPlacementRules(t *testing.T) {
	cases := []struct {
		name string
		edit func(*Placement)
		rule stablehomes.Rule
		sev  stablehomes.Severity
	}{
		{"under 16 in H5 after 2021-09-09", func(p *Placement) { p.Type = "H5" }, RuleUnder16Independent, stablehomes.SeverityError},
		{"17 in unregistered H5 after 2023-10-28", func(p *Placement) { p.Type = "H5"; p.DateOfBirth = stablehomes.MustDate(2007, 1, 1) }, RuleSupportedRegistered, stablehomes.SeverityError},
		{"far, no reason", func(p *Placement) { p.Distance = mustDistance("20.1") }, RuleReasonRequired, stablehomes.SeverityWarning},
		{"starts at 18", func(p *Placement) { p.StartDate = p.DateOfBirth.AddYears(18) }, RuleAge, stablehomes.SeverityError},
		{"foster placement past 18", func(p *Placement) { p.EndDate, p.EndReason = p.DateOfBirth.AddYears(18).AddDays(1), "E17" }, RuleAfter18, stablehomes.SeverityWarning},
		{"registered type without URN", func(p *Placement) { p.OfstedURN = "" }, RuleURNRequired, stablehomes.SeverityError},
		{"URN of a bad shape", func(p *Placement) { p.OfstedURN = "sc1" }, RuleURNRequired, stablehomes.SeverityError},
		{"URN for a placement with parents", func(p *Placement) { p.Type, p.Provider = "P1", "PR0" }, RuleURNNotExpected, stablehomes.SeverityError},
		{"H5 without URN after 2023-10-27", func(p *Placement) {
			p.Type, p.OfstedURN, p.SupportedAccommodationRegistered = "H5", "", true
			p.DateOfBirth, p.StartDate = stablehomes.MustDate(2007, 1, 1), stablehomes.MustDate(2023, 11, 1)
		}, RuleURNRequired, stablehomes.SeverityError},
		{"siblings separated, no reason", func(p *Placement) { p.SiblingsSeparated = true }, RuleReasonRequired, stablehomes.SeverityWarning},
		{"end before start", func(p *Placement) { p.EndDate, p.EndReason = stablehomes.MustDate(2024, 5, 1), "E8" }, RuleDates, stablehomes.SeverityError},
		{"ended without a reason", func(p *Placement) { p.EndDate = stablehomes.MustDate(2025, 5, 1) }, RuleEndReason, stablehomes.SeverityError},
		{"change reason for a temporary placement", func(p *Placement) {
			p.Type, p.Provider, p.OfstedURN, p.EndDate, p.EndReason, p.ChangeReason = "T1", "", "", stablehomes.MustDate(2024, 6, 3), "X1", "CARPL"
		}, RuleChangeReason, stablehomes.SeverityError},
		{"before birth", func(p *Placement) { p.StartDate = stablehomes.MustDate(2011, 5, 1) }, RuleDates, stablehomes.SeverityError},
		{"K3 before 2024-25", func(p *Placement) { p.Type = "K3"; p.StartDate = stablehomes.MustDate(2024, 3, 1) }, RuleCodes, stablehomes.SeverityError},
		{"P2 in 2025-26", func(p *Placement) { p.Type = "P2"; p.StartDate = stablehomes.MustDate(2025, 4, 1) }, RuleCodes, stablehomes.SeverityError},
		{"missing child", func(p *Placement) { p.ChildID = "" }, RuleRequired, stablehomes.SeverityError},
	}
	for _, c := range cases {
		p := validPlacement()
		c.edit(&p)
		err := p.Validate()
		if !errors.Is(err, c.rule) {
			t.Errorf("%s: %v, want %s", c.name, err, c.rule.ID)
			continue
		}
		var vs stablehomes.Violations
		errors.As(err, &vs)
		if vs[0].Severity != c.sev {
			t.Errorf("%s: severity %v", c.name, vs[0].Severity)
		}
	}
}

// A placement starting before a rule's start date is not judged by it.
func TestRulesNotRetrospective(t *testing.T) {
	p := validPlacement()
	p.Type, p.StartDate, p.OfstedURN = "H5", stablehomes.MustDate(2021, 9, 8), ""
	if err := p.Validate(); err != nil {
		t.Errorf("before 2021-09-09: %v", err)
	}
	p.DateOfBirth, p.StartDate = stablehomes.MustDate(2006, 1, 1), stablehomes.MustDate(2023, 10, 27)
	if err := p.Validate(); err != nil {
		t.Errorf("before 2023-10-28: %v", err)
	}
	p.StartDate = stablehomes.MustDate(2023, 10, 28)
	if !errors.Is(p.Validate(), RuleSupportedRegistered) {
		t.Error("on 2023-10-28 the registration rule applies")
	}
	if !errors.Is(p.Validate(), RuleURNRequired) {
		t.Error("from 2023-10-28 an H5 setting needs a URN")
	}
	p.Type, p.StartDate, p.OfstedURN = "K2", stablehomes.MustDate(2022, 3, 31), ""
	if err := p.Validate(); err != nil {
		t.Errorf("before 2022-04-01 the URN lists do not judge: %v", err)
	}
	p.Distance, p.ReasonRecorded = mustDistance("30"), true
	p.Type, p.OfstedURN = "K2", "SC654321"
	if err := p.Validate(); err != nil {
		t.Errorf("far with a reason is lawful: %v", err)
	}
}

func TestValidPlacementNoAllocs(t *testing.T) {
	p := validPlacement()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(100, func() { _ = p.Validate() }); n != 0 {
		t.Errorf("Validate allocates %v", n)
	}
}

func BenchmarkPlacementValidate(b *testing.B) {
	p := validPlacement()
	b.ReportAllocs()
	for b.Loop() {
		_ = p.Validate()
	}
}

// mustDistanceTenths returns n tenths of a mile, or an unknown distance for
// a negative n.
func mustDistanceTenths(n int) Distance {
	if n < 0 {
		return Distance{}
	}
	d, err := DistanceFromTenths(n)
	if err != nil {
		panic(err)
	}
	return d
}

// tenths is the distance in tenths, -1 when unknown.
func tenths(d Distance) int {
	n, ok := d.Tenths()
	if !ok {
		return -1
	}
	return n
}
