package ssda903

import (
	"bytes"
	"context"
	"sync"
	"testing"
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
	for b.Loop() {
		t, res, err := ReadTable(context.Background(), bytes.NewReader(data), "episodes.csv", Episodes, fy2024, ReadOptions{})
		if err != nil || res.Counts.Accepted != n || t.Len() != n {
			b.Fatalf("%v %+v", err, res.Counts)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/row")
}

// Reading 100k and 1M generated episodes: the ratio of the two ns/op figures
// shows the growth is linear (goal: 10x rows in at most 11x time).
func BenchmarkReadEpisodes100k(b *testing.B) { benchmarkRead(b, 100_000) }
func BenchmarkReadEpisodes1M(b *testing.B)   { benchmarkRead(b, 1_000_000) }

var benchReturn = sync.OnceValue(func() *Return { return noisy(42, 100_000, 2) })

// Validating a generated 100,000-episode return with every implemented rule
// (goal: under 2 s on one core).
func BenchmarkValidate100k(b *testing.B) {
	ret := benchReturn()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		validate(ret, ret.Year)
	}
	b.ReportMetric(float64(len(RulesFor(ret.Year))), "rules")
}
