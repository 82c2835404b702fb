package registry_test

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/stablehomes/stablehomes/internal/bulk"
	"github.com/stablehomes/stablehomes/internal/schematest"
	"github.com/stablehomes/stablehomes/missions/registry"
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

func BenchmarkPlacement(b *testing.B) {
	benchmarkType(b, "placements/placement", "placements/testdata/valid/placement/"+firstFile("../../placements/testdata/valid/placement"))
}

func firstFile(dir string) string {
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		return "missing.json"
	}
	return filepath.Base(files[0])
}

// The bulk validator on an NDJSON stream of placements: throughput, and
// memory per run that stays flat as the file grows (the stream is read a
// record at a time; nothing is kept).
func benchmarkBulk(b *testing.B, records int) {
	p, err := registry.Lookup("placements/placement")
	if err != nil {
		b.Fatal(err)
	}
	one, err := os.ReadFile(filepath.Join("..", "..", "placements", "testdata", "valid", "placement", firstFile("../../placements/testdata/valid/placement")))
	if err != nil {
		b.Fatal(err)
	}
	line := append(bytes.Join(bytes.Fields(one), []byte(" ")), '\n')
	stream := bytes.Repeat(line, records)
	b.SetBytes(int64(len(stream)))
	b.ReportAllocs()
	var peak uint64
	var ms runtime.MemStats
	for b.Loop() {
		n := 0
		t, err := bulk.Validate(bytes.NewReader(stream), bulk.NDJSON, p.Check, bulk.Options{}, func(bulk.Record) {
			if n++; n%5000 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
		})
		if err != nil || t.Accepted != records {
			b.Fatalf("%+v %v", t, err)
		}
	}
	// The input itself is held in memory by the benchmark; the metric is the
	// heap beyond it.
	b.ReportMetric(float64(peak-uint64(len(stream)))/(1<<20), "heap-MB-beyond-input")
}

func BenchmarkBulkNDJSON10k(b *testing.B)  { benchmarkBulk(b, 10_000) }
func BenchmarkBulkNDJSON100k(b *testing.B) { benchmarkBulk(b, 100_000) }
