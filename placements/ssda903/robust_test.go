package ssda903

import (
	"testing"

	"github.com/stablehomes/stablehomes"
)

// Rules never panic on thin returns: nothing supplied, every table empty, or
// every table with only a CHILD column.
func TestValidateThinReturns(t *testing.T) {
	for y := 2022; y <= 2026; y++ {
		fy := stablehomes.FinancialYearStarting(y)
		empty := &Return{Year: fy}
		rep := validate(empty, fy)
		if len(rep.Failed()) != 0 {
			t.Errorf("%s: empty return has failures", fy)
		}
		if len(rep.Skipped()) == 0 {
			t.Errorf("%s: nothing skipped on an empty return", fy)
		}
		blank := &Return{Year: fy, Metadata: Metadata{LocalAuthority: "E09000001", Providers: NewTable(OfstedProviders, []string{"URN"})}}
		only := &Return{Year: fy}
		for _, id := range Tables() {
			req, opt, ok := Columns(id, fy)
			if !ok {
				continue
			}
			blank.SetTable(NewTable(id, append(append([]string{}, req...), opt...)))
			tbl := NewTable(id, []string{"CHILD"})
			tbl.AppendStrings([]string{"1"}, nil, Pos{})
			tbl.AppendStrings([]string{"1"}, nil, Pos{})
			tbl.AppendStrings([]string{""}, []bool{true}, Pos{})
			only.SetTable(tbl)
		}
		if rep := validate(blank, fy); len(rep.Failed()) != 0 {
			t.Errorf("%s: empty tables have failures: %s", fy, rep.Summary())
		}
		validate(only, fy) // must not panic
	}
}
