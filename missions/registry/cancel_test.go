package registry_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stablehomes/stablehomes/missions/registry"
)

// Cancelling mid-stream stops before the next record: the report count is
// the totals' Read, no record after the cancellation is judged, and the
// error wraps context.Canceled.
func TestValidateStreamCancel(t *testing.T) {
	p, err := registry.Lookup("placements/placement")
	if err != nil {
		t.Fatal(err)
	}
	b := &testing.B{}
	lines := placementLines(b)
	const records, stopAt = 1_000_000, 1000
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	seen := 0
	tot, err := registry.ValidateStream(ctx, &repeatLines{lines: lines, n: records}, p, registry.NDJSON, registry.Options{}, func(registry.Record) {
		if seen++; seen == stopAt {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want one wrapping context.Canceled", err)
	}
	if seen != stopAt || tot.Read != stopAt || tot.Read != tot.Accepted+tot.Rejected {
		t.Errorf("after cancelling at record %d: reported %d, totals %+v", stopAt, seen, tot)
	}
}

// A context cancelled before the call reads nothing.
func TestValidateStreamCancelledBefore(t *testing.T) {
	p, err := registry.Lookup("placements/placement")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, f := range []registry.Format{registry.NDJSON, registry.JSON} {
		tot, err := registry.ValidateStream(ctx, &repeatLines{lines: placementLines(&testing.B{}), n: 10}, p, f, registry.Options{}, func(registry.Record) {
			t.Error("a record was judged after cancellation")
		})
		if !errors.Is(err, context.Canceled) || tot.Read != 0 {
			t.Errorf("%v: %+v %v", f, tot, err)
		}
	}
}
