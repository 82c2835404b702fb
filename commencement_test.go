package stablehomes_test

import (
	"fmt"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
)

func TestCommencementProperties(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	props.Property("a rule not yet commenced applies on no date, whatever its From and To", prop.ForAll(func(from, to, d stablehomes.Date) bool {
		r := stablehomes.Rule{ID: "x", From: from, To: to, Commencement: stablehomes.Commencement{Provision: "by regulations", Pending: true}}
		return !r.AppliesOn(d) && !r.Commenced()
	}, gens.AnyDate(), gens.AnyDate(), gens.AnyDate()))
	props.Property("a commenced rule applies exactly on and after its commencement", prop.ForAll(func(from, d stablehomes.Date) bool {
		r := stablehomes.Rule{ID: "x", From: from, Commencement: stablehomes.Commencement{Provision: "two months after Royal Assent"}}
		return r.AppliesOn(d) == !d.Before(from) && r.Commenced()
	}, gens.AnyDate(), gens.AnyDate()))
	props.TestingRun(t)
}

func TestCommencementStatus(t *testing.T) {
	for _, c := range []struct {
		r    stablehomes.Rule
		want string
	}{
		{stablehomes.Rule{}, "in force"},
		{stablehomes.Rule{From: stablehomes.MustDate(2026, 6, 29), Commencement: stablehomes.Commencement{Provision: "s78(2)"}}, "in force from 2026-06-29 (s78(2))"},
		{stablehomes.Rule{From: stablehomes.MustDate(2020, 1, 1), To: stablehomes.MustDate(2021, 1, 1)}, "in force from 2020-01-01 to 2021-01-01"},
		{stablehomes.Rule{Commencement: stablehomes.Commencement{Provision: "s78(5)", Pending: true}}, "not yet commenced (s78(5))"},
	} {
		if got := c.r.CommencementStatus(); got != c.want {
			t.Errorf("CommencementStatus() = %q, want %q", got, c.want)
		}
	}
}

// A rule enacted but left to commencement regulations judges nothing until
// they are made.
func ExampleCommencement() {
	vsh := stablehomes.Rule{
		ID:           "carers.virtual-school-head-kinship",
		Title:        "The virtual school head promotes the educational achievement of children in kinship care",
		Commencement: stablehomes.Commencement{Provision: "Children's Wellbeing and Schools Act 2026 s78(5): by regulations", Pending: true},
	}
	fmt.Println(vsh.AppliesOn(stablehomes.MustDate(2026, 12, 1)))
	fmt.Println(vsh.CommencementStatus())
	// Output:
	// false
	// not yet commenced (Children's Wellbeing and Schools Act 2026 s78(5): by regulations)
}
