package ssda903

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"
	"testing/fstest"
	"time"
)

// maxCancelLatency is how long Validate, ReadTable and LoadDir may take to
// return once their context is cancelled (issue 18: within 100 ms, on a
// loaded 2-core machine).
const maxCancelLatency = 100 * time.Millisecond

// cancel1M is a generated 1,000,000-episode return and its Header and
// Episodes as CSV, made once for the cancellation tests (about 3 s).
var cancel1M = sync.OnceValue(func() (out struct {
	ret             *Return
	header, episode []byte
}) {
	out.ret = generate(GenerateOptions{Seed: 903, Episodes: 1_000_000})
	var h, e bytes.Buffer
	out.ret.Table(Header).WriteCSV(&h)
	out.ret.Table(Episodes).WriteCSV(&e)
	out.header, out.episode = h.Bytes(), e.Bytes()
	return out
})

// cancelMidway starts run, cancels its context after the delay, and checks
// that it returns an error wrapping context.Canceled within
// maxCancelLatency of the cancel. A machine busy with other work can stall
// any goroutine for a while (a garbage collection over a 1M-episode heap,
// the scheduler): a slow return is tried again, up to three times, and
// fails only if every attempt is slow. Code that does not poll its context
// is slow every time (seconds), so the test still fails on it.
func cancelMidway(t *testing.T, after time.Duration, run func(ctx context.Context) error) {
	t.Helper()
	var slow []time.Duration
	for attempt := 0; attempt < 3; attempt++ {
		latency := cancelOnce(t, after, run)
		if latency <= maxCancelLatency || raceEnabled {
			t.Logf("cancelled after %v: returned %v later (slow attempts before: %v)", after, latency, slow)
			return
		}
		slow = append(slow, latency)
	}
	t.Errorf("cancelled after %v: returned %v after the cancel in three attempts, want at most %v", after, slow, maxCancelLatency)
}

func cancelOnce(t *testing.T, after time.Duration, run func(ctx context.Context) error) time.Duration {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	select {
	case err := <-done:
		t.Fatalf("finished (err %v) before the cancel at %v: not mid-way", err, after)
	case <-time.After(after):
	}
	at := time.Now()
	cancel()
	err := <-done
	latency := time.Since(at)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled after %v: err %v, want one wrapping context.Canceled", after, err)
	}
	return latency
}

// Each long operation, cancelled at several points of a 1M-episode return,
// returns ctx.Err() wrapped within 100 ms. Skipped with -short: generating
// the return takes a few seconds.
func TestCancelMidway1M(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a 1,000,000-episode return (a few seconds)")
	}
	in := cancel1M()
	t.Run("Validate", func(t *testing.T) {
		for _, after := range []time.Duration{5 * time.Millisecond, 150 * time.Millisecond, 600 * time.Millisecond} {
			cancelMidway(t, after, func(ctx context.Context) error {
				_, err := Validate(ctx, in.ret, in.ret.Year)
				return err
			})
		}
	})
	t.Run("ReadTable", func(t *testing.T) {
		for _, after := range []time.Duration{5 * time.Millisecond, 150 * time.Millisecond} {
			cancelMidway(t, after, func(ctx context.Context) error {
				_, _, err := ReadTable(ctx, bytes.NewReader(in.episode), "episodes.csv", Episodes, in.ret.Year, ReadOptions{})
				return err
			})
		}
	})
	t.Run("LoadDir", func(t *testing.T) {
		fsys := fstest.MapFS{
			"r/header.csv":   {Data: in.header},
			"r/episodes.csv": {Data: in.episode},
		}
		for _, after := range []time.Duration{5 * time.Millisecond, 150 * time.Millisecond} {
			cancelMidway(t, after, func(ctx context.Context) error {
				_, _, err := LoadDir(ctx, fsys, "r", in.ret.Year, LoadOptions{})
				return err
			})
		}
	})
}
