package main

import (
	"bytes"
	"testing"

	"github.com/stablehomes/stablehomes/internal/golden"
)

func TestTourGolden(t *testing.T) {
	var out bytes.Buffer
	if code := run(&out, nil); code != 0 {
		t.Fatalf("exit %d:\n%s", code, out.String())
	}
	golden.Check(t, "testdata/tour.golden", out.Bytes())
}
