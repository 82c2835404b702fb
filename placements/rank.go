package placements

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/stablehomes/stablehomes"
)

// Preference is a candidate's place in the Children Act 1989 s22C order.
type Preference int

// The s22C order: a parent or person with parental responsibility
// (s22C(2)-(4)); then, among placements the authority must choose, a
// connected person who is a local authority foster parent (s22C(7)(a));
// then another local authority foster parent; then other placements,
// children's homes among them (s22C(6)).
const (
	PreferParent Preference = iota + 1
	PreferConnectedPerson
	PreferFosterParent
	PreferOther
)

// Need is what the child needs.
type Need struct {
	ChildID       string                     `json:"childId"`
	Siblings      bool                       `json:"siblingsInCare,omitempty"`
	Disability    bool                       `json:"disability,omitempty"`
	HomeAuthority stablehomes.LocalAuthority `json:"homeAuthority"`
	// Date is when the placement decision is made; regional care
	// co-operative membership is judged on it.
	Date stablehomes.Date `json:"date,omitzero"`
}

// Option is a candidate home.
type Option struct {
	ID         string     `json:"id"`
	Preference Preference `json:"preference"`
	// Distance from the child's home; left out when not known, which ranks
	// after every known distance.
	Distance         Distance `json:"distanceMiles,omitzero"`
	SiblingsTogether bool     `json:"siblingsTogether,omitempty"`
	SameSchool       bool     `json:"sameSchool,omitempty"`
	MeetsDisability  bool     `json:"meetsDisability,omitempty"`
	// Authority is the authority the home is in, when known.
	Authority stablehomes.LocalAuthority `json:"authority,omitzero"`
}

// Reason is one cited reason for an option's place.
type Reason struct {
	Text   string             `json:"text"`
	Source stablehomes.Source `json:"source"`
}

// Ranked is an option in its place with the reasons.
type Ranked struct {
	Rank    int      `json:"rank"`
	Option  Option   `json:"option"`
	Reasons []Reason `json:"reasons"`
}

// Rank orders options lexicographically, with no weights: s22C preference;
// then siblings together (when the child has siblings in care); then
// nearer home; then same school; then meets the disability need (when the
// child has one); finally by option ID. Each criterion compares only the
// option's own facts, so the order of two options never depends on the
// others (shuffling or adding options never reorders them).
//
// Section 22C(8) lists living near home, not disrupting education, keeping
// siblings together and suiting a disability without ranking them; the
// order after the s22C preference is the library's reading of the
// strategy's family-first priorities, applied strictly one after another
// (a home 0.1 miles nearer comes before one that keeps the same school).
// An option whose distance is not known comes after those whose distance
// is known.
//
// Rank refuses nonsense rather than ranking it: a need without its child or
// home authority, an option without an ID or with a preference outside the
// s22C order, or two options with one ID give Violations (paths
// "/need/...", "/options/<i>/...") and no ranking.
func Rank(need Need, options []Option) ([]Ranked, error) {
	if err := checkRankInput(need, options); err != nil {
		return nil, err
	}
	opts := slices.Clone(options)
	slices.SortStableFunc(opts, func(a, b Option) int {
		if c := cmp.Compare(a.Preference, b.Preference); c != 0 {
			return c
		}
		if need.Siblings && a.SiblingsTogether != b.SiblingsTogether {
			return boolFirst(a.SiblingsTogether)
		}
		if c := a.Distance.Compare(b.Distance); c != 0 {
			return c
		}
		if a.SameSchool != b.SameSchool {
			return boolFirst(a.SameSchool)
		}
		if need.Disability && a.MeetsDisability != b.MeetsDisability {
			return boolFirst(a.MeetsDisability)
		}
		return cmp.Compare(a.ID, b.ID)
	})
	out := make([]Ranked, len(opts))
	for i, o := range opts {
		rs := make([]Reason, 1, 6) // at most six reasons: one allocation
		rs[0] = Reason{Text: preferenceText[o.Preference], Source: srcS22C}
		if need.Siblings {
			if o.SiblingsTogether {
				rs = append(rs, Reason{Text: "keeps siblings together", Source: srcS22C})
			} else {
				rs = append(rs, Reason{Text: "separates siblings", Source: srcS22C})
			}
		}
		if o.Distance.Known() {
			rs = append(rs, Reason{Text: o.Distance.String() + " miles from home (nearer first)", Source: srcNearHome})
		} else {
			rs = append(rs, Reason{Text: "distance from home not known (after homes whose distance is known)", Source: srcNearHome})
		}
		if r, ok := locationReason(need, o); ok {
			rs = append(rs, r)
		}
		if o.SameSchool {
			rs = append(rs, Reason{Text: "child keeps the same school", Source: srcS22C})
		}
		if need.Disability && o.MeetsDisability {
			rs = append(rs, Reason{Text: "meets the child's disability needs", Source: srcS22C})
		}
		out[i] = Ranked{Rank: i + 1, Option: o, Reasons: rs}
	}
	return out, nil
}

func checkRankInput(need Need, options []Option) error {
	var vs stablehomes.Violations
	if err := need.Validate(); err != nil {
		if nvs, ok := err.(stablehomes.Violations); ok {
			vs = append(vs, nvs.Prefix("/need")...)
		}
	}
	seen := make(map[string]int, len(options))
	for i, o := range options {
		at := "/options/" + strconv.Itoa(i)
		if err := o.Validate(); err != nil {
			if ovs, ok := err.(stablehomes.Violations); ok {
				vs = append(vs, ovs.Prefix(at)...)
			}
		}
		if o.ID == "" {
			continue
		}
		if first, dup := seen[o.ID]; dup {
			vs.Add(at+"/id", "placements.ranking-input", "two options have the same ID (the first is option "+strconv.Itoa(first)+")", stablehomes.SeverityError, RuleRankingInput)
			continue
		}
		seen[o.ID] = i
	}
	return vs.Err()
}

// String names the preference as the s22C order does: "connected person".
func (p Preference) String() string {
	switch p {
	case PreferParent:
		return "parent or person with parental responsibility"
	case PreferConnectedPerson:
		return "connected person foster parent"
	case PreferFosterParent:
		return "local authority foster parent"
	case PreferOther:
		return "other placement"
	}
	return "Preference(" + strconv.Itoa(int(p)) + ")"
}

// String gives the reason with its source: "keeps siblings together
// (Children Act 1989, s22C(8)(c))".
func (r Reason) String() string {
	src := r.Source.Document
	if r.Source.Section != "" {
		src += ", " + r.Source.Section
	}
	if src == "" {
		return r.Text
	}
	return r.Text + " (" + src + ")"
}

// String gives the rank, the option's ID and its reasons on one line.
func (r Ranked) String() string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(r.Rank))
	b.WriteString(". ")
	b.WriteString(r.Option.ID)
	for i, reason := range r.Reasons {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(reason.Text)
	}
	return b.String()
}

func boolFirst(a bool) int {
	if a {
		return -1
	}
	return 1
}

var preferenceText = map[Preference]string{
	PreferParent:          "parent or person with parental responsibility: first in the s22C order",
	PreferConnectedPerson: "connected person (family or friend) foster parent: preferred to other foster care under s22C(7)(a)",
	PreferFosterParent:    "local authority foster parent: preferred to other placements under s22C(6)",
	PreferOther:           "other placement (such as a children's home): last in the s22C order",
}
