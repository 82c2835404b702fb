package ssda903

import (
	"bytes"
	"context"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"
)

var benchCSV = sync.OnceValue(func() map[int][]byte {
	out := map[int][]byte{}
	ret := generate(GenerateOptions{Seed: 42, Episodes: 1_000_000})
	ep := ret.Table(Episodes)
	for _, n := range []int{100_000, 1_000_000} {
		rows := make([]int, n)
		for i := range rows {
			rows[i] = i
		}
		var buf bytes.Buffer
		ep.Subset(rows).WriteCSV(&buf)
		out[n] = buf.Bytes()
	}
	return out
})

func benchmarkRead(b *testing.B, n int) {
	data := benchCSV()[n]
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		t, res, err := ReadTable(context.Background(), bytes.NewReader(data), "episodes.csv", Episodes, fy2024, ReadOptions{})
		if err != nil || res.Counts.Accepted != n || t.Len() != n {
			b.Fatalf("%v %+v", err, res.Counts)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/row")
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/float64(n), "cpu-ns/row")
}

// Reading 100k and 1M generated episodes: the ratio of the two ns/op figures
// shows the growth is linear (goal: 10x rows in at most 11x time).
func BenchmarkReadEpisodes100k(b *testing.B) { benchmarkRead(b, 100_000) }
func BenchmarkReadEpisodes1M(b *testing.B)   { benchmarkRead(b, 1_000_000) }

var (
	benchReturn   = sync.OnceValue(func() *Return { return noisy(42, 100_000, 2) })
	benchReturn1M = sync.OnceValue(func() *Return { return noisy(42, 1_000_000, 2) })
)

// Validating a generated 100,000- and 1,000,000-episode return (2% of cells
// replaced by noise) with every rule of the year: the goal is 0.5 s and 5 s
// on one core (ten times the rows in at most eleven times the time). The
// tableMB metric is the size of the loaded tables (cell text, offsets and
// positions), against which peak memory is judged.
func BenchmarkValidate100k(b *testing.B) { benchmarkValidate(b, benchReturn()) }
func BenchmarkValidate1M(b *testing.B)   { benchmarkValidate(b, benchReturn1M()) }

func benchmarkValidate(b *testing.B, ret *Return) {
	b.ReportAllocs()
	// Peak memory during validation only: the generated return is built
	// (and its garbage collected) before the heap is watched.
	runtime.GC()
	base := heapLive()
	peak := watchHeap()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		validate(ret, ret.Year)
	}
	live, heap := peak()
	b.ReportMetric(float64(base)/1e6, "baseMB")
	b.ReportMetric(float64(live)/1e6, "peakLiveMB")
	b.ReportMetric(float64(heap)/1e6, "peakHeapMB")
	// CPU time per validation: on a machine shared with other work it is a
	// steadier figure than ns/op (with -cpu 1 it includes the GC's work).
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(len(RulesFor(ret.Year))), "rules")
	b.ReportMetric(float64(ret.tableBytes())/1e6, "tableMB")
	// The sampled live heap is only what collections happened to find,
	// and a validation that allocates little may run without one. Once
	// more, outside the timing, with a collection after every tenth rule:
	// the most the validation holds at once between rules (the tables, the
	// shared facts and the results so far), against the tables' size.
	b.StopTimer()
	reached := heapLive()
	_, err := validateRules(context.Background(), ret, ret.Year, rulesFor(ret.Year), func(done, total int) {
		if done%10 == 0 || done == total {
			runtime.GC()
			reached = max(reached, heapLive())
		}
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(reached)/1e6, "reachedMB")
	b.ReportMetric(float64(reached)/float64(ret.tableBytes()), "reached/tables")
}

// tableBytes estimates the memory the return's tables hold.
func (r *Return) tableBytes() int {
	n := 0
	for _, t := range r.tables {
		if t == nil {
			continue
		}
		n += len(t.fileIdx)*2 + len(t.lines)*4
		for _, c := range t.cols {
			for _, ch := range c.chunks {
				n += len(ch.text) + cap(ch.ends)*2 + cap(ch.wide)*4 + len(ch.slow)*8
			}
		}
	}
	return n
}

// heapLive is the heap the last garbage collection found live.
func heapLive() uint64 {
	m := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(m)
	return m[0].Value.Uint64()
}

// watchHeap samples the heap every millisecond (or whenever the scheduler
// lets it run) until the returned function is called, which reports the
// largest live heap a collection found (the memory the work holds at once)
// and the largest heap of objects, live or garbage not yet collected (what
// the process holds at GOGC=100).
func watchHeap() func() (live, heap uint64) {
	m := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	stop, done := make(chan struct{}), make(chan struct{})
	var live, heap uint64
	go func() {
		defer close(done)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(m)
			live = max(live, m[0].Value.Uint64())
			heap = max(heap, m[1].Value.Uint64())
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		close(stop)
		<-done
		// The last collection of the work may not have been sampled.
		metrics.Read(m)
		return max(live, m[0].Value.Uint64()), max(heap, m[1].Value.Uint64())
	}
}

// Reading every cell of a frozen 100,000-episode table, column by column:
// the rules read cells this way tens of millions of times a validation.
func BenchmarkColumnCell(b *testing.B) {
	t := benchReturn().Table(Episodes)
	b.ReportAllocs()
	b.ResetTimer()
	values := 0
	for b.Loop() {
		for _, c := range t.cols {
			for i := range t.Len() {
				if c.Cell(i).state == Value {
					values++
				}
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(t.Len()*len(t.cols)), "ns/cell")
}
