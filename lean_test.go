package stablehomes_test

import (
	"os/exec"
	"sort"
	"strings"
	"testing"
)

// generationOnly are the modules only the schema generator needs. A
// program importing any package of the library must link none of them: the
// types' JSONSchema methods are built only with the schemagen tag.
var generationOnly = []string{
	"github.com/invopop/jsonschema",
	"go.yaml.in/yaml/v4",
	"github.com/buger/jsonparser",
	"github.com/pb33f/ordered-map/v2",
	"github.com/bahlo/generic-list-go",
}

// generationTools are the packages that exist to generate or to test, not to
// be imported by a program: the generators, the generator and the test
// helpers. Everything else (every public package and the internal packages
// they use) is checked.
func generationTool(importPath, name string) bool {
	rel := strings.TrimPrefix(importPath, "github.com/stablehomes/stablehomes")
	switch {
	case strings.HasPrefix(rel, "/examples/"):
		return true // example programs, not a library
	case name == "main" && strings.Contains(rel, "/internal/"):
		return true // go:generate commands
	case rel == "/internal/schemagen", rel == "/internal/schematest", rel == "/internal/gens", rel == "/internal/golden", rel == "/internal/immutable":
		return true // the generator and test helpers
	}
	return false
}

func goTool(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("the go command is needed to list dependencies:", err)
	}
	return p
}

func TestRuntimeLinksNoGenerationModule(t *testing.T) {
	out, err := exec.Command(goTool(t), "list", "-f", "{{.ImportPath}} {{.Name}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, name, _ := strings.Cut(line, " ")
		if !generationTool(path, name) {
			pkgs = append(pkgs, path)
		}
	}
	if len(pkgs) < 9 {
		t.Fatalf("only %d packages listed: %v", len(pkgs), pkgs)
	}
	for _, p := range pkgs {
		// Without -test: what a program importing p links.
		out, err := exec.Command(goTool(t), "list", "-deps", "-f", "{{with .Module}}{{.Path}}{{end}}", p).Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", p, err)
		}
		mods := map[string]bool{}
		for _, m := range strings.Fields(string(out)) {
			mods[m] = true
		}
		var bad []string
		for _, m := range generationOnly {
			if mods[m] {
				bad = append(bad, m)
			}
		}
		sort.Strings(bad)
		if len(bad) > 0 {
			t.Errorf("%s links generation-only modules %v: move the code using them into a file built with the schemagen tag", p, bad)
		}
	}
}
