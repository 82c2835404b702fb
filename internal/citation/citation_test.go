package citation_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes/internal/citation"
)

// pending lists folders whose citations other helpers are fixing at the
// same time. Their findings are reported on every run (go test -v shows
// them), never hidden; the test fails once a folder has none, so the entry
// is removed rather than left to rot.
var pending = []string{}

func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Fatalf("module root not found from %s", dir)
	}
	return dir
}

// scanned reports whether a file is code or data whose citations users
// read: Go sources, and CSV and JSON data outside test inputs, generated
// schemas and the CI's own tooling.
func scanned(rel string) (bool, bool) {
	for _, skip := range []string{".git/", ".ci/", "node_modules/"} {
		if strings.HasPrefix(rel, skip) {
			return false, false
		}
	}
	parts := strings.Split(rel, "/")
	for _, p := range parts[:len(parts)-1] {
		if p == "testdata" || p == "schemas" {
			return false, false
		}
	}
	if strings.HasPrefix(rel, "internal/citation/") {
		return false, false // the checker's own examples of bad citations
	}
	switch {
	case strings.HasSuffix(rel, "_test.go"):
		return true, false // research notes only: tests use example hosts and files they create
	case strings.HasSuffix(rel, ".go"), strings.HasSuffix(rel, ".csv"), strings.HasSuffix(rel, ".json"):
		return true, true
	}
	return false, false
}

type finding struct{ file, text string }

func TestEveryCitationCanBeOpened(t *testing.T) {
	root := moduleRoot(t)
	var all []string
	files := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel == ".git" || d.Name() == "node_modules" {
				return filepath.SkipDir
			}
			return nil
		}
		all = append(all, rel)
		files[rel] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	exists := func(from, ref string) bool {
		ref = strings.TrimPrefix(ref, "./")
		if files[ref] || files[filepath.ToSlash(filepath.Join(filepath.Dir(from), ref))] {
			return true
		}
		for f := range files {
			if strings.HasSuffix(f, "/"+ref) {
				return true
			}
		}
		return false
	}
	var found []finding
	checked := 0
	for _, rel := range all {
		refs, urls := scanned(rel)
		if !refs {
			continue
		}
		b, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(string(b), "\n") {
			where := rel + ":" + itoa(n+1)
			for _, ref := range citation.FileRefs(line) {
				if !urls && !strings.HasSuffix(ref, ".md") {
					continue
				}
				checked++
				if !exists(rel, ref) {
					found = append(found, finding{where, "names " + ref + ", which is not in the module"})
				}
			}
			if !urls {
				continue
			}
			for _, u := range citation.URLs(line) {
				checked++
				if err := citation.Check(u); err != nil {
					found = append(found, finding{where, err.Error()})
				}
			}
		}
	}
	if checked < 500 {
		t.Fatalf("only %d citations checked: the walk missed the module", checked)
	}
	seen := map[string]int{}
	for _, f := range found {
		p := pendingFolder(f.file)
		if p != "" {
			seen[p]++
			t.Logf("PENDING %s: %s", f.file, f.text)
			continue
		}
		t.Errorf("%s: %s", f.file, f.text)
	}
	for _, p := range pending {
		if seen[p] == 0 {
			t.Errorf("%s has no remaining findings: remove it from pending", p)
		} else {
			t.Logf("%d citations in %s still to fix (listed above with -v)", seen[p], p)
		}
	}
}

func pendingFolder(file string) string {
	for _, p := range pending {
		if strings.HasPrefix(file, p) {
			return p
		}
	}
	return ""
}

func itoa(n int) string {
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func TestHostList(t *testing.T) {
	seen := map[string]bool{}
	kinds := map[string]bool{"government": true, "legislation": true, "parliament": true, "ofsted": true, "nhs": true, "ons": true,
		"regulator": true, "data-publisher": true, "identifier": true, "exception": true, "standard": true}
	for _, h := range citation.Hosts() {
		if seen[h.Pattern] {
			t.Errorf("%s listed twice", h.Pattern)
		}
		seen[h.Pattern] = true
		if !kinds[h.Kind] {
			t.Errorf("%s: unknown kind %q", h.Pattern, h.Kind)
		}
		if len(h.Justification) < 40 {
			t.Errorf("%s: every entry says why it may be cited", h.Pattern)
		}
	}
	hs := citation.Hosts()
	hs[0].Pattern = "changed"
	if citation.Hosts()[0].Pattern == "changed" {
		t.Error("Hosts returns the package's own slice")
	}
}

func TestCheck(t *testing.T) {
	for _, ok := range []string{
		"https://www.gov.uk/support-for-foster-parents/help-with-the-cost-of-fostering",
		"https://assets.publishing.service.gov.uk/x.pdf",
		"https://www.legislation.gov.uk/ukpga/2026/21",
		"https://questions-statements.parliament.uk/written-questions?SearchTerm=38410",
		"https://webarchive.nationalarchives.gov.uk/ukgwa/*/https://www.gov.uk/foster-carers",
		"https://github.com/dfe-analytical-services/CSC_outcomes_and_enablers/blob/x/data/a.csv",
		"https://github.com/data-to-insight/csc-validator-be-903",
	} {
		if err := citation.Check(ok); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	for _, bad := range []string{
		"https://sasastunts.com/support-for-foster-parents/print", // a mirror of gov.uk
		"https://fosteringnews.co.uk/fostering/x",                 // a blog
		"https://www.parallelparliament.co.uk/question/38410/x",   // a copy of Parliament's answers
		"http://www.narrativecare.org/x.html",                     // a copy of trade press
		"https://evilgov.uk/x",                                    // a look-alike, not a subdomain
		"https://github.com/someone/fork-of-dfe-data",             // not the publisher's repository
		"ftp://gov.uk/x",
		"not a url",
	} {
		if err := citation.Check(bad); !errors.Is(err, citation.ErrHostNotAllowed) {
			t.Errorf("%s: %v, want refused", bad, err)
		}
	}
}

func TestFileRefs(t *testing.T) {
	got := citation.FileRefs(`Section: "reference policy.md §7"; see ssda903.md §2-3, data/ssda903_fields.csv and https://github.com/o/r/blob/x/README.md`)
	sort.Strings(got)
	want := []string{"data/ssda903_fields.csv", "policy.md", "ssda903.md"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("FileRefs = %q, want %q", got, want)
	}
}
