package registry_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/bulk"
	"github.com/stablehomes/stablehomes/internal/gens"
	"github.com/stablehomes/stablehomes/internal/schematest"
	"github.com/stablehomes/stablehomes/missions/registry"
)

// validPayloads loads every payload under a package's testdata/valid/<type>.
func validPayloads(t *testing.T, p stablehomes.PayloadType) []map[string]any {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", p.Package, "testdata", "valid", p.Name, "*.json"))
	sort.Strings(files)
	var out []map[string]any
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		if err := dec.Decode(&doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, doc)
	}
	return out
}

// Every payload type: valid examples pass the schema and the Go decoder,
// and any mutation the schema rejects is rejected by the Go decoder too.
func TestSchemaRejectsImplyGoRejects(t *testing.T) {
	all := registry.All()
	compiled := schematest.Compile(t, all)
	for _, p := range all {
		docs := validPayloads(t, p)
		if len(docs) == 0 {
			t.Errorf("%s/%s has no valid payloads to mutate", p.Package, p.Name)
			continue
		}
		t.Run(p.Package+"/"+p.Name, func(t *testing.T) {
			props := gopter.NewProperties(gens.Params(t))
			props.Property("schema rejects ⇒ Go rejects", prop.ForAll(func(which, pick, how int) bool {
				doc := schematest.Mutate(docs[which%len(docs)], pick, how)
				b, err := json.Marshal(doc)
				if err != nil {
					return false
				}
				if schematest.SchemaAccepts(compiled[p.Name], b) {
					return true // nothing to check: the Go rules may still reject
				}
				if bulk.Accepts(p.Check(b)) {
					t.Logf("schema rejects but Go accepts: %s", b)
					return false
				}
				return true
			}, gen.IntRange(0, 1000), gen.IntRange(0, 1000), gen.IntRange(0, 5)))
			props.TestingRun(t)
		})
	}
}
