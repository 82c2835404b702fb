package placements

import (
	"math/rand/v2"
	"slices"
	"testing"
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
	need := Need{ChildID: "C", Siblings: true, Disability: true}
	opts := sampleOptions(30)
	want := ids(Rank(need, opts))
	r := rand.New(rand.NewPCG(3, 4))
	for range 50 {
		s := slices.Clone(opts)
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		if got := ids(Rank(need, s)); !slices.Equal(got, want) {
			t.Fatal("shuffle changed the order")
		}
	}
	// Adding an option never reorders the others.
	more := ids(Rank(need, append(slices.Clone(opts), Option{ID: "ZZ", Preference: PreferConnectedPerson, Distance: mustDistanceTenths(5)})))
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
		got := Rank(need, []Option{p.worse, p.better})
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
	need := Need{ChildID: "C", Siblings: true, Disability: true}
	b.ReportAllocs()
	for b.Loop() {
		_ = Rank(need, opts)
	}
}
