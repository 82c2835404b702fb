package registry_test

import (
	"bytes"
	"context"
	"io"
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
	benchmarkType(b, "placements/placement", "placements/testdata/valid/placement/with-postcodes.json")
}

// placementLines returns every valid placement under testdata as one
// NDJSON line each: the mix of types, URNs, distances and postcodes the
// bulk benchmarks cycle through.
func placementLines(b *testing.B) [][]byte {
	files, _ := filepath.Glob(filepath.Join("..", "..", "placements", "testdata", "valid", "placement", "*.json"))
	if len(files) == 0 {
		b.Fatal("no valid placements")
	}
	var lines [][]byte
	for _, f := range files {
		one, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lines = append(lines, append(bytes.Join(bytes.Fields(one), []byte(" ")), '\n'))
	}
	return lines
}

// repeatLines is an NDJSON stream of n records cycling through lines,
// made as it is read: like a file on disk, it is never all in memory, so
// the heap the benchmark sees is the validator's own.
type repeatLines struct {
	lines   [][]byte
	n, next int
	rest    []byte
}

func (r *repeatLines) Read(p []byte) (int, error) {
	total := 0
	for len(p) > 0 {
		if len(r.rest) == 0 {
			if r.next == r.n {
				if total == 0 {
					return 0, io.EOF
				}
				break
			}
			r.rest = r.lines[r.next%len(r.lines)]
			r.next++
		}
		c := copy(p, r.rest)
		p, r.rest, total = p[c:], r.rest[c:], total+c
	}
	return total, nil
}

// The bulk validator on an NDJSON stream of placements: throughput, and
// the peak heap during a run, which stays flat as the stream grows (records
// are read one at a time and nothing is kept).
func benchmarkBulk(b *testing.B, records int) {
	p, err := registry.Lookup("placements/placement")
	if err != nil {
		b.Fatal(err)
	}
	lines := placementLines(b)
	var size int64
	for i := 0; i < records; i++ {
		size += int64(len(lines[i%len(lines)]))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	var peak uint64
	var ms runtime.MemStats
	for b.Loop() {
		n := 0
		t, err := registry.ValidateStream(context.Background(), &repeatLines{lines: lines, n: records}, p, registry.NDJSON, registry.Options{}, func(registry.Record) {
			if n++; n%5000 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
		})
		if err != nil || t.Read != records || t.Accepted != records {
			b.Fatalf("%+v %v", t, err)
		}
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

func BenchmarkBulkNDJSON10k(b *testing.B)  { benchmarkBulk(b, 10_000) }
func BenchmarkBulkNDJSON100k(b *testing.B) { benchmarkBulk(b, 100_000) }
func BenchmarkBulkNDJSON1M(b *testing.B)   { benchmarkBulk(b, 1_000_000) }
