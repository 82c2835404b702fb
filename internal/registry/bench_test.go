package registry_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/stablehomes/stablehomes/internal/bulk"
	"github.com/stablehomes/stablehomes/internal/registry"
	"github.com/stablehomes/stablehomes/internal/schematest"
)

// benchmarkType compares, on the same bytes, the library's strict decode and
// validation with validating against the JSON Schema by the independent Go
// validator (decode to generic JSON, then schema-validate).
func benchmarkType(b *testing.B, name, file string) {
	p, err := registry.Lookup(name)
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "..", file))
	if err != nil {
		b.Fatal(err)
	}
	data = bytes.Join(bytes.Fields(data), []byte(" ")) // one NDJSON line
	schema := schematest.Compile(&testing.T{}, registry.All())[p.Name]
	b.Run("decode+validate", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if !bulk.Accepts(p.Check(data)) {
				b.Fatal("rejected")
			}
		}
	})
	b.Run("jsonschema-v6", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			if err := schema.Validate(inst); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkPractitioner(b *testing.B) {
	benchmarkType(b, "workforce/practitioner", "workforce/testdata/valid/practitioner/lead-cp-practitioner.json")
}
