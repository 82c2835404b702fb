package schematest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/bulk"
	"github.com/stablehomes/stablehomes/internal/schemagen"
)

// Check runs every check for the package whose tests call it, from that
// package's directory.
func Check(t *testing.T, types []stablehomes.PayloadType) {
	t.Helper()
	t.Run("schemas are fresh", func(t *testing.T) { CheckFresh(t, types) })
	compiled := Compile(t, types)
	t.Run("testdata verdicts", func(t *testing.T) { CheckTestdata(t, types, compiled) })
}

// CheckFresh fails when a committed schema differs from a fresh generation,
// when a schema file has no type, or when a PayloadType's embedded Schema
// is not the committed file.
func CheckFresh(t *testing.T, types []stablehomes.PayloadType) {
	t.Helper()
	for _, p := range types {
		name := schemagen.FileName(p)
		committed, err := os.ReadFile(filepath.Join(schemagen.Dir, name))
		if err != nil {
			t.Errorf("%s: no committed schema (run go generate ./...): %v", name, err)
			continue
		}
		if !bytes.Equal(p.Schema, committed) {
			t.Errorf("%s: PayloadType.Schema is not the committed file", p.Name)
		}
	}
	if !schemagen.Tagged {
		// The JSONSchema methods are built only with the schemagen tag;
		// .ci/run regenerates with it (go generate, go test -tags schemagen).
		t.Skip("regeneration needs -tags schemagen")
	}
	fresh, err := schemagen.Generate(types)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range types {
		name := schemagen.FileName(p)
		committed, err := os.ReadFile(filepath.Join(schemagen.Dir, name))
		if err != nil {
			continue // reported above
		}
		if !bytes.Equal(committed, fresh[name]) {
			t.Errorf("%s is stale: run go generate ./... and commit the result", name)
		}
	}
	files, _ := filepath.Glob(filepath.Join(schemagen.Dir, "*.json"))
	for _, f := range files {
		if _, ok := fresh[filepath.Base(f)]; !ok {
			t.Errorf("%s: no payload type produces this schema; remove it (go generate ./... does)", f)
		}
	}
}

// Compile compiles each type's committed schema with formats asserted, and
// checks that each pattern in it compiles under Go's regexp.
func Compile(t *testing.T, types []stablehomes.PayloadType) map[string]*jsonschema.Schema {
	t.Helper()
	out := map[string]*jsonschema.Schema{}
	for _, p := range types {
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		c.AssertFormat()
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(p.Schema))
		if err != nil {
			t.Fatalf("%s: schema is not JSON: %v", p.Name, err)
		}
		if err := c.AddResource(p.SchemaID(), doc); err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		s, err := c.Compile(p.SchemaID())
		if err != nil {
			t.Fatalf("%s: schema does not compile: %v", p.Name, err)
		}
		out[p.Name] = s
		for _, pat := range Patterns(doc) {
			if _, err := regexp.Compile(pat); err != nil {
				t.Errorf("%s: pattern %q does not compile in Go: %v", p.Name, pat, err)
			}
		}
	}
	return out
}

// Patterns returns every "pattern" value in a decoded schema.
func Patterns(doc any) []string {
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "pattern" {
					out = append(out, s)
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
	sort.Strings(out)
	return out
}

// Folders of testdata and what they promise.
var folders = []struct {
	dir          string
	schemaPasses bool
	goAccepts    bool
}{
	{"valid", true, true},
	{"invalid", false, false},
	{"invalid-rules", true, false},
}

// CheckTestdata checks every payload file against its folder's promise.
// Each type must have at least one valid and one invalid payload.
func CheckTestdata(t *testing.T, types []stablehomes.PayloadType, compiled map[string]*jsonschema.Schema) {
	t.Helper()
	for _, p := range types {
		counts := map[string]int{}
		for _, f := range folders {
			files, _ := filepath.Glob(filepath.Join("testdata", f.dir, p.Name, "*.json"))
			counts[f.dir] = len(files)
			for _, file := range files {
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				if got := SchemaAccepts(compiled[p.Name], data); got != f.schemaPasses {
					t.Errorf("%s: schema accepts = %v, want %v", file, got, f.schemaPasses)
				}
				err = p.Check(data)
				if accepts := bulk.Accepts(err); accepts != f.goAccepts {
					t.Errorf("%s: Go accepts = %v, want %v (error: %v)", file, accepts, f.goAccepts, err)
				}
				if err != nil {
					var vs stablehomes.Violations
					if !errors.As(err, &vs) {
						t.Errorf("%s: error is not Violations: %v", file, err)
					}
				}
			}
		}
		if counts["valid"] == 0 || counts["invalid"] == 0 {
			t.Errorf("%s: want at least one payload under testdata/valid/%s and testdata/invalid/%s", p.Name, p.Name, p.Name)
		}
	}
}

// SchemaAccepts reports whether the compiled schema accepts the JSON data.
func SchemaAccepts(s *jsonschema.Schema, data []byte) bool {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return false
	}
	return s.Validate(inst) == nil
}

// NoPersonalData fails when the error's text contains any of the markers
// (a name, a date of birth, a postcode planted in a payload).
func NoPersonalData(t *testing.T, err error, markers ...string) {
	t.Helper()
	if err == nil {
		return
	}
	msg := err.Error()
	for _, m := range markers {
		if m != "" && strings.Contains(msg, m) {
			t.Errorf("error message echoes personal data %q: %s", m, msg)
		}
	}
}
