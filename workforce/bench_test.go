package workforce

import (
	"testing"

	"github.com/stablehomes/stablehomes"
)

func BenchmarkEligible(b *testing.B) {
	p := lcpp()
	on := stablehomes.MustDate(2025, 11, 1)
	b.ReportAllocs()
	for b.Loop() {
		if err := Eligible(p, LeadChildProtectionPractitioner, on); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAgencyEngagementValidate(b *testing.B) {
	e := engagement()
	b.ReportAllocs()
	for b.Loop() {
		if err := e.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAgencyEngagementValidateWithCaps(b *testing.B) {
	e := engagement()
	caps := sampleCaps(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := e.ValidateWithCaps(caps); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPractitionerValidate(b *testing.B) {
	p := lcpp()
	b.ReportAllocs()
	for b.Loop() {
		if err := p.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// The valid paths allocate nothing.
func TestZeroAllocations(t *testing.T) {
	p, e, caps := lcpp(), engagement(), sampleCaps(t)
	on := stablehomes.MustDate(2025, 11, 1)
	for name, f := range map[string]func(){
		"Eligible":         func() { _ = Eligible(p, ChildProtectionLeadPractitioner, on) },
		"Validate":         func() { _ = e.Validate() },
		"ValidateWithCaps": func() { _ = e.ValidateWithCaps(caps) },
		"Practitioner":     func() { _ = p.Validate() },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations", name, n)
		}
	}
}
