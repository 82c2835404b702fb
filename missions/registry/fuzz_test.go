package registry_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/missions/registry"
)

// FuzzCheck fuzzes every payload type through registry.Check, the entry
// point vendors and the validate program use, so the seven payload types
// without a decoder-level fuzz target of their own (programme, indicator,
// mission, progress, need, option, ranked) are fuzzed too. The first byte
// picks the payload type; the rest is the document.
//
// Properties: Check never panics; its answer is nil or Violations (never a
// bare error); it gives the same answer twice on the same bytes; and every
// violation is well formed: a JSON Pointer path ("" or starting with "/"),
// a code in its package's namespace, a message, a known severity and a rule
// with a source.
func FuzzCheck(f *testing.F) {
	types := registry.All()
	for i, p := range types {
		files, _ := filepath.Glob(filepath.Join("..", "..", p.Package, "testdata", "valid", p.Name, "*.json"))
		if p.Package == "stablehomes" {
			files, _ = filepath.Glob(filepath.Join("..", "..", "testdata", "valid", p.Name, "*.json"))
		}
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(append([]byte{byte(i)}, b...))
		}
		f.Add([]byte{byte(i), '{', '}'})
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		p := types[int(data[0])%len(types)]
		doc := data[1:]
		err := registry.Check(p.Package+"/"+p.Name, doc)
		again := registry.Check(p.Package+"/"+p.Name, doc)
		if (err == nil) != (again == nil) || (err != nil && err.Error() != again.Error()) {
			t.Fatalf("%s/%s: two answers for the same bytes", p.Package, p.Name)
		}
		if err == nil {
			return
		}
		var vs stablehomes.Violations
		if !errors.As(err, &vs) {
			t.Fatalf("%s/%s: a bare error, not Violations: %T", p.Package, p.Name, err)
		}
		if len(vs) == 0 {
			t.Fatalf("%s/%s: empty Violations", p.Package, p.Name)
		}
		for _, v := range vs {
			if v.Path != "" && !strings.HasPrefix(v.Path, "/") {
				t.Errorf("%s/%s: path %q is not a JSON Pointer", p.Package, p.Name, v.Path)
			}
			if v.Code == "" || !strings.Contains(v.Code, ".") {
				t.Errorf("%s/%s: code %q has no namespace", p.Package, p.Name, v.Code)
			}
			if v.Message == "" {
				t.Errorf("%s/%s: %s has no message", p.Package, p.Name, v.Code)
			}
			if v.Severity != "" && v.Severity != stablehomes.SeverityError && v.Severity != stablehomes.SeverityWarning {
				t.Errorf("%s/%s: %s has severity %q", p.Package, p.Name, v.Code, v.Severity)
			}
			if v.Rule.ID == "" || v.Rule.Source.Document == "" {
				t.Errorf("%s/%s: %s names no rule or no source", p.Package, p.Name, v.Code)
			}
		}
	})
}
