package placements

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stablehomes/stablehomes"
)

func ids(rs []Ranked) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Option.ID)
	}
	return out
}

func sampleOptions(n int) []Option {
	r := rand.New(rand.NewPCG(1, 2))
	var os []Option
	for i := range n {
		os = append(os, Option{ID: string(rune('A'+i%26)) + string(rune('a'+i/26)), Preference: Preference(1 + r.IntN(4)), Distance: mustDistanceTenths(r.IntN(400)), SiblingsTogether: r.IntN(2) == 0, SameSchool: r.IntN(2) == 0, MeetsDisability: r.IntN(2) == 0})
	}
	return os
}

func TestRankProperties(t *testing.T) {
	need := Need{ChildID: "C", Siblings: true, Disability: true, HomeAuthority: manchesterLA()}
	opts := sampleOptions(30)
	want := ids(mustRank(need, opts))
	r := rand.New(rand.NewPCG(3, 4))
	for range 50 {
		s := slices.Clone(opts)
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		if got := ids(mustRank(need, s)); !slices.Equal(got, want) {
			t.Fatal("shuffle changed the order")
		}
	}
	// Adding an option never reorders the others.
	more := ids(mustRank(need, append(slices.Clone(opts), Option{ID: "ZZ", Preference: PreferConnectedPerson, Distance: mustDistanceTenths(5)})))
	more = slices.DeleteFunc(more, func(s string) bool { return s == "ZZ" })
	if !slices.Equal(more, want) {
		t.Error("adding an option reordered the others")
	}
	base := Option{ID: "x", Preference: PreferFosterParent, Distance: mustDistanceTenths(100)}
	pairs := []struct {
		name          string
		better, worse Option
	}{
		{"connected > unrelated foster", with(base, "b", func(o *Option) { o.Preference = PreferConnectedPerson }), with(base, "a", nil)},
		{"foster > children's home", with(base, "b", nil), with(base, "a", func(o *Option) { o.Preference = PreferOther })},
		{"nearer > farther", with(base, "b", nil), with(base, "a", func(o *Option) { o.Distance = mustDistanceTenths(101) })},
		{"siblings together > apart", with(base, "b", func(o *Option) { o.SiblingsTogether = true; o.Distance = mustDistanceTenths(300) }), with(base, "a", nil)},
	}
	for _, p := range pairs {
		got := mustRank(need, []Option{p.worse, p.better})
		if got[0].Option.ID != p.better.ID {
			t.Errorf("%s: got %v", p.name, ids(got))
		}
	}
}

func with(o Option, id string, f func(*Option)) Option {
	o.ID = id
	if f != nil {
		f(&o)
	}
	return o
}

func BenchmarkRank50(b *testing.B) {
	opts := sampleOptions(50)
	need := Need{ChildID: "C", Siblings: true, Disability: true, HomeAuthority: manchesterLA()}
	b.ReportAllocs()
	for b.Loop() {
		_ = mustRank(need, opts)
	}
}

// mustRank is Rank for inputs the test built valid.
func mustRank(need Need, opts []Option) []Ranked {
	rs, err := Rank(need, opts)
	if err != nil {
		panic(err)
	}
	return rs
}

func TestRankRefusesNonsense(t *testing.T) {
	manchester, _ := stablehomes.LookupLA("352")
	good := Need{ChildID: "C", HomeAuthority: manchester}
	opt := Option{ID: "a", Preference: PreferFosterParent}
	for _, c := range []struct {
		name string
		need Need
		opts []Option
		path string
	}{
		{"zero need", Need{}, []Option{opt}, "/need"},
		{"zero preference", good, []Option{{ID: "a"}}, "/options/0/preference"},
		{"no ID", good, []Option{{Preference: PreferOther}}, "/options/0/id"},
		{"duplicate IDs", good, []Option{opt, opt}, "/options/1/id"},
	} {
		rs, err := Rank(c.need, c.opts)
		if err == nil || rs != nil {
			t.Errorf("%s: ranked %v, want an error", c.name, rs)
			continue
		}
		vs, ok := err.(stablehomes.Violations)
		if !ok || len(vs) == 0 || vs[0].Path != c.path || !errors.Is(err, RuleRankingInput) {
			t.Errorf("%s: %v, want a violation at %s of %s", c.name, err, c.path, RuleRankingInput.ID)
		}
	}
	if rs, err := Rank(good, nil); err != nil || len(rs) != 0 {
		t.Errorf("no options: %v, %v; want an empty ranking", rs, err)
	}
}

func TestReasonString(t *testing.T) {
	r := Reason{Text: "keeps siblings together", Source: stablehomes.Source{Document: "Children Act 1989", Section: "s22C(8)(c)"}}
	if got, want := r.String(), "keeps siblings together (Children Act 1989, s22C(8)(c))"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := PreferConnectedPerson.String(); got != "connected person foster parent" {
		t.Errorf("Preference.String() = %q", got)
	}
}

func manchesterLA() stablehomes.LocalAuthority {
	la, err := stablehomes.LookupLA("352")
	if err != nil {
		panic(err)
	}
	return la
}
