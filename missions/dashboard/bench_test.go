package dashboard

import (
	"bytes"
	"context"
	"sync"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

var (
	csvMu    sync.Mutex
	csvCache = map[int]fstest.MapFS{}
)

// generatedFiles writes a generated return of about n episodes as the CSV
// files an authority would submit, once per size.
func generatedFiles(b *testing.B, n int) fstest.MapFS {
	csvMu.Lock()
	defer csvMu.Unlock()
	if fs, ok := csvCache[n]; ok {
		return fs
	}
	ret := generate(ssda903.GenerateOptions{Seed: 1, Year: stablehomes.FinancialYearStarting(2024), Episodes: n})
	fs := fstest.MapFS{}
	for _, id := range []ssda903.TableID{ssda903.Header, ssda903.Episodes, ssda903.UASC, ssda903.OC2, ssda903.OC3} {
		t := ret.Table(id)
		if t == nil {
			continue
		}
		var buf bytes.Buffer
		if err := t.WriteCSV(&buf); err != nil {
			b.Fatal(err)
		}
		fs[id.String()+".csv"] = &fstest.MapFile{Data: buf.Bytes()}
	}
	csvCache[n] = fs
	return fs
}

// Reading the return's CSV files and computing every indicator: the whole
// dashboard's work for one authority (or, at a million episodes, several
// times England's annual volume).
func benchmarkReadAndCompute(b *testing.B, n int) {
	fs := generatedFiles(b, n)
	var size int64
	for _, f := range fs {
		size += int64(len(f.Data))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		ret, rep, err := ssda903.LoadDir(context.Background(), fs, ".", stablehomes.FinancialYearStarting(2024), ssda903.LoadOptions{})
		if err != nil || rep == nil {
			b.Fatal(err)
		}
		counts, _ := compute(ret, Options{})
		if counts[0].Denominator == 0 {
			b.Fatal("nothing counted")
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
}

func BenchmarkReadAndCompute100k(b *testing.B) { benchmarkReadAndCompute(b, 100_000) }
func BenchmarkReadAndCompute1M(b *testing.B)   { benchmarkReadAndCompute(b, 1_000_000) }

func BenchmarkCompute1M(b *testing.B) {
	ret := generate(ssda903.GenerateOptions{Seed: 1, Year: stablehomes.FinancialYearStarting(2024), Episodes: 1_000_000})
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		compute(ret, Options{})
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
}

// cpuTime is the process's CPU time (user and system): on a machine shared
// with other work a steadier figure than wall time (with -cpu 1 it includes
// the garbage collector's work).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
