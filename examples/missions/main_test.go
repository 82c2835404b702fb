package main

import (
	"bytes"
	"testing"

	"github.com/stablehomes/stablehomes/internal/golden"
)

func TestMissionsGolden(t *testing.T) {
	var out bytes.Buffer
	if code := run(&out); code != 0 {
		t.Fatalf("exit %d", code)
	}
	golden.Check(t, "testdata/missions.golden", out.Bytes())
}
