package ssda903

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

var updatePeerDoc = flag.Bool("update-peer-differences", false, "rewrite PEER_DIFFERENCES.md from the reviewed differences")

// TestPeerDifferencesDoc keeps PEER_DIFFERENCES.md, the analysts' list of
// every answer where this validator deliberately differs from the peer
// validator, equal to the reviewed lists the tests hold
// (agreementDifferences, conformanceDifferences). Regenerate it with
// go test ./placements/ssda903 -run TestPeerDifferencesDoc -update-peer-differences.
func TestPeerDifferencesDoc(t *testing.T) {
	got := peerDifferencesDoc()
	if *updatePeerDoc {
		if err := os.WriteFile("PEER_DIFFERENCES.md", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile("PEER_DIFFERENCES.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("PEER_DIFFERENCES.md is not the reviewed differences; run go test ./placements/ssda903 -run TestPeerDifferencesDoc -update-peer-differences")
	}
}

func peerDifferencesDoc() []byte {
	var b strings.Builder
	b.WriteString(`# Where this validator and the peer validator differ

Generated from the reviewed lists in the tests (` + "`differences_test.go`, `damaged_diffs_*_test.go`" + `) by
` + "`go test ./placements/ssda903 -run TestPeerDifferencesDoc -update-peer-differences`" + `; do not edit by hand.

The peer is Data to Insight's SSDA903 validator (https://github.com/data-to-insight/csc-validator-be-903),
version 0.1.14 (commit 10ad07c). This package is compared with it three ways: every test case of its rule
files (` + "`TestConformance`" + `), four whole returns (` + "`TestAgreement`" + `: on each, at least 97% of the rules the
peer runs without error give exactly its rows), and returns damaged with blank, junk and swapped cells
(` + "`TestDamagedReturn`" + `: exact agreement 85-90% on the three committed damaged returns and seven more made the same way). Every
other difference is one of the answers below: a reading of DfE's rule text that we follow instead, or a
defect of the peer shown by a purpose-built case in ` + "`TestDifferencesOurAnswers`" + ` (named after each answer).
A rule whose rows equal the peer's rule run on its own is not listed: in a whole run the peer's rule 365
writes 31 March into every blank DEC of the Episodes table its rules share, so rules run after it see open
episodes as ended.

`)
	type group struct {
		scope, reason, cas string
		codes              []string
	}
	var groups []*group
	find := func(scope, reason, cas string) *group {
		for _, g := range groups {
			if g.scope == scope && g.reason == reason && g.cas == cas {
				return g
			}
		}
		g := &group{scope: scope, reason: reason, cas: cas}
		groups = append(groups, g)
		return g
	}
	for key, d := range agreementDifferences {
		scope, code := "every return", key
		if i := strings.IndexByte(key, '/'); i >= 0 {
			scope, code = key[:i], key[i+1:]
			if scope == "damaged" {
				scope = "damaged returns"
			} else {
				scope = "the return " + scope
			}
		}
		g := find(scope, d.Reason, d.Case)
		g.codes = append(g.codes, code)
	}
	order := map[string]int{"every return": 0, "damaged returns": 1}
	rank := func(s string) int {
		if r, ok := order[s]; ok {
			return r
		}
		return 2
	}
	for _, g := range groups {
		slices.SortFunc(g.codes, compareCodes)
	}
	slices.SortFunc(groups, func(a, b *group) int {
		if r := rank(a.scope) - rank(b.scope); r != 0 {
			return r
		}
		if c := strings.Compare(a.scope, b.scope); c != 0 {
			return c
		}
		return compareCodes(a.codes[0], b.codes[0])
	})
	b.WriteString("## On whole returns\n\n")
	last := ""
	for _, g := range groups {
		if g.scope != last {
			if last != "" {
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "### On %s\n\n", g.scope)
			last = g.scope
		}
		label := "Rule"
		if len(g.codes) > 1 {
			label = "Rules"
		}
		fmt.Fprintf(&b, "- **%s %s.** %s (Case: \"%s\".)\n", label, strings.Join(g.codes, ", "), g.reason, g.cas)
	}
	b.WriteString("\n## On the peer's own test cases\n\n")
	keys := make([]string, 0, len(conformanceDifferences))
	for k := range conformanceDifferences {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "- **%s.** %s\n", k, conformanceDifferences[k].Reason)
	}
	return []byte(b.String())
}
