package main

import (
	"bytes"
	"testing"

	"github.com/stablehomes/stablehomes/internal/golden"
)

func TestAllowanceGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, nil); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	golden.Check(t, "testdata/allowance.golden", out.Bytes())
}

func TestMissingYearIsAnError(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, []string{"-year", "2021-22"}); code != 2 || !bytes.Contains(errOut.Bytes(), []byte("2021-22")) {
		t.Errorf("exit %d: %s", code, errOut.String())
	}
}
