package ssda903

import (
	"slices"
	"sync"

	"github.com/stablehomes/stablehomes"
)

// yearRules is one collection year's change to the rules: versions added
// or replacing an earlier version of the same code, and codes removed. This
// mirrors how DfE publishes the rules each year and how the peer validator
// layers its folders (lac2022_23 base, later folders overlay, 2024-25 has a
// del_list; the peer's layout, https://github.com/data-to-insight/csc-validator-be-903).
type yearRules struct {
	year   int // start year of the collection year
	add    []*Rule
	remove []string
}

// The registry: an explicit list per year (no init-time registration).
// Adding a rule is one entry here and one function in its topic file.
func registry() []yearRules {
	yrs := []yearRules{
		{year: 2022, add: base2022()},
		{year: 2023, add: changes2023()},
		{year: 2024, add: changes2024(), remove: []string{"217t", "230", "370", "445", "451", "555", "556", "SW01STG1"}},
		{year: 2025, add: changes2025()},
		{year: 2026, add: changes2026()},
	}
	for i := range yrs {
		for _, g := range ruleGroups {
			add, remove := g(yrs[i].year)
			yrs[i].add = append(yrs[i].add, add...)
			yrs[i].remove = append(yrs[i].remove, remove...)
		}
	}
	return yrs
}

// ruleGroups are the rules of a topic kept together with their own years:
// each returns the versions it adds (or replaces) and the codes it removes
// in the collection year starting in year.
var ruleGroups = []func(year int) (add []*Rule, remove []string){
	adoptionMissingRules,   // rules_group_adoption.go
	reviewsPermanenceRules, // rules_group_reviews.go
	socialWorkerDoLoRules,  // rules_group_sw.go
}

// allRules builds every rule version with its From/To years set.
var allRules = sync.OnceValue(func() []*Rule {
	var all []*Rule
	current := map[string]*Rule{}
	for _, yr := range registry() {
		y := stablehomes.FinancialYearStarting(yr.year)
		for _, code := range yr.remove {
			if old := current[code]; old != nil {
				old.To = y.Prev()
				delete(current, code)
			}
		}
		for _, r := range yr.add {
			if old := current[r.Code]; old != nil {
				old.To = y.Prev()
			}
			r.From = y
			current[r.Code] = r
			all = append(all, r)
		}
	}
	return all
})

// AllRules lists every version of every implemented rule, by first year.
// The rules are copies: changing one changes nothing the package does.
func AllRules() []Rule { return cloneRules(allRules()) }

func cloneRules(rs []*Rule) []Rule {
	out := make([]Rule, len(rs))
	for i, r := range rs {
		out[i] = r.clone()
	}
	return out
}

// RulesFor lists the rules that apply in collection year y, ordered by code
// (numeric codes numerically). Years before 2022-23 have none. The rules
// are copies: changing one changes nothing the package does.
func RulesFor(y stablehomes.FinancialYear) []Rule { return cloneRules(rulesFor(y)) }

// rulesFor is RulesFor without the copies, for Validate.
func rulesFor(y stablehomes.FinancialYear) []*Rule {
	var out []*Rule
	for _, r := range allRules() {
		if r.AppliesIn(y) {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b *Rule) int { return compareCodes(a.Code, b.Code) })
	return out
}

// compareCodes orders "101" < "1000" numerically, then letters.
func compareCodes(a, b string) int {
	na, sa := splitCode(a)
	nb, sb := splitCode(b)
	if na != nb {
		if na < nb {
			return -1
		}
		return 1
	}
	switch {
	case sa < sb:
		return -1
	case sa > sb:
		return 1
	}
	return 0
}

func splitCode(s string) (int, string) {
	n, i := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 {
		return 1 << 30, s
	}
	return n, s[i:]
}

// Rules lists every implemented rule version as a stablehomes.Rule (ID
// "ssda903.<code>", DfE's message as title, the collection years it
// applies as From/To dates).
func Rules() []stablehomes.Rule {
	all := allRules()
	out := make([]stablehomes.Rule, len(all))
	for i, r := range all {
		out[i] = r.Source()
	}
	return out
}
