package registry_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"testing"
	"time"

	"github.com/stablehomes/stablehomes/missions/registry"
)

// streamRecords is the NDJSON length of the ValidateStream benchmarks: long
// enough that per-stream costs vanish, short enough to build in a moment.
const streamRecords = 20_000

// compactNDJSON joins every valid payload of a type, compacted, into n
// NDJSON records round-robin: the input .ci/bench times (there 200,000
// records).
func compactNDJSON(b *testing.B, pkg, name string, n int) []byte {
	files, _ := filepath.Glob(filepath.Join("..", "..", pkg, "testdata", "valid", name, "*.json"))
	sort.Strings(files)
	if len(files) == 0 {
		b.Fatalf("no valid %s/%s", pkg, name)
	}
	var lines [][]byte
	for _, f := range files {
		one, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, one); err != nil {
			b.Fatal(err)
		}
		lines = append(lines, append(buf.Bytes(), '\n'))
	}
	var all bytes.Buffer
	for i := range n {
		all.Write(lines[i%len(lines)])
	}
	return all.Bytes()
}

// BenchmarkValidateStream is registry.ValidateStream on compact NDJSON of
// every valid placement and practitioner under testdata, in MB/s of input
// (issue 19, goal 2: at least 300 and 250 MB/s on one core).
func BenchmarkValidateStream(b *testing.B) {
	for _, k := range []struct{ pkg, name string }{{"placements", "placement"}, {"workforce", "practitioner"}} {
		b.Run(k.name, func(b *testing.B) {
			p, err := registry.Lookup(k.pkg + "/" + k.name)
			if err != nil {
				b.Fatal(err)
			}
			data := compactNDJSON(b, k.pkg, k.name, streamRecords)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				t, err := registry.ValidateStream(context.Background(), bytes.NewReader(data), p, registry.NDJSON, registry.Options{}, func(registry.Record) {})
				if err != nil || t.Rejected != 0 || t.Read != streamRecords {
					b.Fatalf("%+v %v", t, err)
				}
			}
			// CPU time, not wall time, is what the shared machine's other
			// load disturbs least.
			used := cpuTime() - cpu
			b.ReportMetric(float64(used.Nanoseconds())/float64(b.N*streamRecords), "cpu-ns/record")
			b.ReportMetric(float64(len(data))*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
		})
	}
}

// cpuTime is the process's CPU time so far, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
