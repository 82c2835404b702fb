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
		StartDate: stablehomes.MustDate(2024, 6, 1), Type: "U4", Provider: "PR1", DistanceTenths: 55,
	}
}

func TestPlacementRules(t *testing.T) {
	cases := []struct {
		name string
		edit func(*Placement)
		rule stablehomes.Rule
		sev  stablehomes.Severity
	}{
		{"under 16 in H5 after 2021-09-09", func(p *Placement) { p.Type = "H5" }, Under16IndependentRule, stablehomes.SeverityError},
		{"17 in unregistered H5 after 2023-10-28", func(p *Placement) { p.Type = "H5"; p.DateOfBirth = stablehomes.MustDate(2007, 1, 1) }, SupportedRegisteredRule, stablehomes.SeverityError},
		{"far, no reason", func(p *Placement) { p.DistanceTenths = 201 }, ReasonRequiredRule, stablehomes.SeverityWarning},
		{"siblings separated, no reason", func(p *Placement) { p.SiblingsSeparated = true }, ReasonRequiredRule, stablehomes.SeverityWarning},
		{"end before start", func(p *Placement) { p.EndDate = stablehomes.MustDate(2024, 5, 1) }, DatesRule, stablehomes.SeverityError},
		{"before birth", func(p *Placement) { p.StartDate = stablehomes.MustDate(2011, 5, 1) }, DatesRule, stablehomes.SeverityError},
		{"K3 before 2024-25", func(p *Placement) { p.Type = "K3"; p.StartDate = stablehomes.MustDate(2024, 3, 1) }, CodesRule, stablehomes.SeverityError},
		{"P2 in 2025-26", func(p *Placement) { p.Type = "P2"; p.StartDate = stablehomes.MustDate(2025, 4, 1) }, CodesRule, stablehomes.SeverityError},
		{"missing child", func(p *Placement) { p.ChildID = "" }, RequiredRule, stablehomes.SeverityError},
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
	p.Type, p.StartDate = "H5", stablehomes.MustDate(2021, 9, 8)
	if err := p.Validate(); err != nil {
		t.Errorf("before 2021-09-09: %v", err)
	}
	p.DateOfBirth, p.StartDate = stablehomes.MustDate(2006, 1, 1), stablehomes.MustDate(2023, 10, 27)
	if err := p.Validate(); err != nil {
		t.Errorf("before 2023-10-28: %v", err)
	}
	p.StartDate = stablehomes.MustDate(2023, 10, 28)
	if !errors.Is(p.Validate(), SupportedRegisteredRule) {
		t.Error("on 2023-10-28 the registration rule applies")
	}
	p.DistanceTenths, p.ReasonRecorded = 300, true
	p.Type = "K2"
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
