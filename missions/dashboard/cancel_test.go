package dashboard

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// Compute, cancelled at several points of a 1,000,000-episode return,
// returns an error wrapping context.Canceled within 100 ms of the cancel
// (issue 18). Skipped with -short: generating the return takes seconds.
func TestComputeCancelMidway1M(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a 1,000,000-episode return (a few seconds)")
	}
	ret := generate(ssda903.GenerateOptions{Seed: 1, Year: stablehomes.FinancialYearStarting(2024), Episodes: 1_000_000})
	for _, after := range []time.Duration{5 * time.Millisecond, 100 * time.Millisecond, 300 * time.Millisecond} {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() {
			_, err := Compute(ctx, ret, Options{})
			done <- err
		}()
		select {
		case err := <-done:
			cancel()
			t.Logf("finished (err %v) before the cancel at %v", err, after)
			continue
		case <-time.After(after):
		}
		at := time.Now()
		cancel()
		err := <-done
		latency := time.Since(at)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled after %v: err %v, want one wrapping context.Canceled", after, err)
		}
		if latency > 100*time.Millisecond {
			t.Errorf("cancelled after %v: returned %v after the cancel, want at most 100ms", after, latency)
		}
		t.Logf("cancelled after %v: returned %v later", after, latency)
	}
}
