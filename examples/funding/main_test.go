package main

import (
	"bytes"
	"testing"

	"github.com/stablehomes/stablehomes/internal/golden"
)

func TestFundingGolden(t *testing.T) {
	var out bytes.Buffer
	if code := run(&out); code != 0 {
		t.Fatalf("exit %d:\n%s", code, out.String())
	}
	golden.Check(t, "testdata/funding.golden", out.Bytes())
}
