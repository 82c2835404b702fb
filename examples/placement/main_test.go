package main

import (
	"bytes"
	"testing"

	"github.com/stablehomes/stablehomes/internal/golden"
)

func TestGolden(t *testing.T) {
	var b bytes.Buffer
	if code := run(&b, nil); code != 0 {
		t.Fatalf("exit %d", code)
	}
	golden.Check(t, "testdata/placement.golden", b.Bytes())
}
