package placements

import (
	"testing"

	"github.com/stablehomes/stablehomes"
)

func TestLocationReason(t *testing.T) {
	manchester, _ := stablehomes.LookupLA("352")
	stockport, _ := stablehomes.LookupLA("356")
	hounslow, _ := stablehomes.LookupLA("313")
	need := Need{ChildID: "C", HomeAuthority: manchester, Date: stablehomes.MustDate(2025, 1, 1)}
	cases := []struct {
		where stablehomes.LocalAuthority
		date  stablehomes.Date
		want  string
	}{
		{manchester, need.Date, "inside the child's home authority"},
		{stockport, need.Date, "outside the child's home authority but inside the Greater Manchester regional care co-operative's footprint (reported, not preferred: the law states no preference for it)"},
		{stockport, stablehomes.MustDate(2024, 11, 17), "outside the child's home authority and any regional care co-operative it belongs to"},
		{hounslow, need.Date, "outside the child's home authority and any regional care co-operative it belongs to"},
	}
	for _, c := range cases {
		n := need
		n.Date = c.date
		r, ok := locationReason(n, Option{ID: "x", Preference: PreferFosterParent, Authority: c.where})
		if !ok || r.Text != c.want {
			t.Errorf("%s on %s: %q", c.where.Name, c.date, r.Text)
		}
	}
	if _, ok := locationReason(need, Option{ID: "x", Preference: PreferFosterParent}); ok {
		t.Error("a reason for an option with no authority")
	}
}
