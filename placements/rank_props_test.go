package placements

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
)

// genOptions builds up to n distinct options from generated facts.
func genOptions() gopter.Gen {
	return gen.SliceOf(gopter.CombineGens(gen.IntRange(1, 4), gen.IntRange(-1, 500), gen.Bool(), gen.Bool(), gen.Bool()).Map(func(v []any) Option {
		return Option{Preference: Preference(v[0].(int)), Distance: mustDistanceTenths(v[1].(int)), SiblingsTogether: v[2].(bool), SameSchool: v[3].(bool), MeetsDisability: v[4].(bool)}
	})).Map(func(os []Option) []Option {
		for i := range os {
			os[i].ID = fmt.Sprintf("home-%03d", i)
		}
		return os
	})
}

func order(rs []Ranked) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Option.ID
	}
	return out
}

func position(rs []Ranked, id string) int {
	for i, r := range rs {
		if r.Option.ID == id {
			return i
		}
	}
	return -1
}

// The ranking invariants the issue names, as gopter properties over
// generated needs and options.
func TestRankGopterProperties(t *testing.T) {
	manchester, _ := stablehomes.LookupLA("352")
	need := func(siblings, disability bool) Need {
		return Need{ChildID: "C", Siblings: siblings, Disability: disability, HomeAuthority: manchester}
	}
	props := gopter.NewProperties(gens.Params(t))
	props.Property("ranking is invariant under shuffling the options", prop.ForAll(func(opts []Option, seed uint64, sib bool) bool {
		a := order(mustRank(need(sib, false), opts))
		shuffled := append([]Option(nil), opts...)
		rand.New(rand.NewPCG(seed, 7)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		return fmt.Sprint(a) == fmt.Sprint(order(mustRank(need(sib, false), shuffled)))
	}, genOptions(), gen.UInt64(), gen.Bool()))
	props.Property("adding an option never reorders the others", prop.ForAll(func(opts []Option, extra Option) bool {
		before := order(mustRank(need(true, true), opts))
		extra.ID = "home-new"
		after := order(mustRank(need(true, true), append(append([]Option(nil), opts...), extra)))
		var kept []string
		for _, id := range after {
			if id != "home-new" {
				kept = append(kept, id)
			}
		}
		return fmt.Sprint(kept) == fmt.Sprint(before)
	}, genOptions(), genOptions().SuchThat(func(os []Option) bool { return len(os) > 0 }).Map(func(os []Option) Option { return os[0] })))
	pair := func(change func(a, b *Option)) func(base []Option) bool {
		return func(base []Option) bool {
			if len(base) == 0 {
				return true
			}
			a, b := base[0], base[0]
			a.ID, b.ID = "home-b", "home-a" // b would win the ID tie-break
			change(&a, &b)
			rs := mustRank(need(true, true), []Option{b, a})
			return position(rs, "home-b") < position(rs, "home-a")
		}
	}
	props.Property("all else equal, a connected person outranks an unrelated foster parent", prop.ForAll(pair(func(a, b *Option) {
		a.Preference, b.Preference = PreferConnectedPerson, PreferFosterParent
	}), genOptions()))
	props.Property("all else equal, foster care outranks a children's home", prop.ForAll(pair(func(a, b *Option) {
		a.Preference, b.Preference = PreferFosterParent, PreferOther
	}), genOptions()))
	props.Property("all else equal, nearer outranks farther", prop.ForAll(pair(func(a, b *Option) {
		if !a.Distance.Known() {
			a.Distance = mustDistanceTenths(0)
		}
		b.Distance = mustDistanceTenths(tenths(a.Distance) + 1)
	}), genOptions()))
	props.Property("all else equal, a known distance outranks an unknown one", prop.ForAll(pair(func(a, b *Option) {
		if !a.Distance.Known() {
			a.Distance = MaxDistance()
		}
		b.Distance = Distance{}
	}), genOptions()))
	props.Property("all else equal, siblings together outranks apart", prop.ForAll(pair(func(a, b *Option) {
		a.SiblingsTogether, b.SiblingsTogether = true, false
	}), genOptions()))
	props.TestingRun(t)
}

// Every rule with a start date leaves alone every placement that starts
// before it.
func TestRulesNotRetrospectiveProperty(t *testing.T) {
	manchester, _ := stablehomes.LookupLA("352")
	props := gopter.NewProperties(gens.Params(t))
	props.Property("a placement starting before a rule's start date is not judged by it", prop.ForAll(func(start stablehomes.Date, age int, typ int) bool {
		types := []Type{"P2", "H5", "K3", "U4", "R1", "K2"}
		p := Placement{ID: "P", ChildID: "C", ResponsibleAuthority: manchester, StartDate: start, DateOfBirth: start.AddYears(-age).AddDays(-1), Type: types[typ]}
		err := p.Validate()
		vs, _ := err.(stablehomes.Violations)
		for _, v := range vs {
			if !v.Rule.From.IsZero() && start.Before(v.Rule.From) {
				return false
			}
		}
		return true
	}, gens.Date(stablehomes.MustDate(2019, 1, 1), stablehomes.MustDate(2026, 3, 31)), gen.IntRange(10, 17), gen.IntRange(0, 5)))
	props.TestingRun(t)
}
