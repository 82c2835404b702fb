package registry_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/stablehomes/stablehomes/internal/schematest"
	"github.com/stablehomes/stablehomes/missions/registry"
	"github.com/stablehomes/stablehomes/missions/registry/internal/schematable"
)

func TestREADMETableIsFresh(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := schematable.ReplaceTable(readme)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(readme, fresh) {
		t.Error("the schema table in README.md is stale: run go generate ./...")
	}
}

func TestNamesAreUniqueAndResolve(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range registry.All() {
		id := p.SchemaID()
		if seen[id] {
			t.Errorf("duplicate schema $id %s", id)
		}
		seen[id] = true
		got, err := registry.Lookup(p.Package + "/" + p.Name)
		if err != nil || got.SchemaID() != id {
			t.Errorf("Lookup(%s/%s) = %v", p.Package, p.Name, err)
		}
		if p.Check == nil || len(p.Schema) == 0 || p.Description == "" {
			t.Errorf("%s: incomplete payload type", id)
		}
	}
	if _, err := registry.Lookup("no-such-type"); err == nil {
		t.Error("unknown type resolved")
	}
	// Every registered schema compiles under the independent validator.
	schematest.Compile(t, registry.All())
}
