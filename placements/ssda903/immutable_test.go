package ssda903

import (
	"testing"

	"github.com/stablehomes/stablehomes"
)

// Changing what a function returned never changes what the next call
// returns (CONTRIBUTING.md, "Package state is immutable").
func TestReturnedValuesAreCopies(t *testing.T) {
	y := stablehomes.FinancialYearStarting(2024)
	first := RulesFor(y)
	want := RulesFor(y)[0]
	first[0].Message = "changed"
	first[0].Fields[0] = "changed"
	first[0].Tables[0] = DoLo
	again := RulesFor(y)[0]
	if again.Message != want.Message || again.Fields[0] != want.Fields[0] || again.Tables[0] != want.Tables[0] {
		t.Errorf("changing a rule RulesFor returned changed the next call's: %+v", again)
	}
	all := AllRules()
	all[0].Fields[0] = "changed"
	if AllRules()[0].Fields[0] == "changed" {
		t.Error("changing a rule AllRules returned changed the next call's")
	}
	rep := validate(&Return{Year: y}, y)
	rep.Results[0].Rule.Fields[0] = "changed"
	if validate(&Return{Year: y}, y).Results[0].Rule.Fields[0] == "changed" {
		t.Error("changing a Result's rule changed the next report's")
	}

	d := Distributions()
	for name, dist := range d {
		dist.Keys[0] = "changed"
		dist.Weights[0] = -1
		delete(d, name)
		if got := Distributions()[name]; got.Keys[0] == "changed" || got.Weights[0] == -1 {
			t.Errorf("changing distribution %s changed the next call's", name)
		}
		break
	}
	if len(Distributions()) == len(d) {
		t.Error("deleting from the returned map changed the next call's")
	}
}
