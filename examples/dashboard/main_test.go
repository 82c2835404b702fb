package main

import (
	"bytes"
	"testing"

	"github.com/stablehomes/stablehomes/internal/golden"
)

func TestDashboardGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, nil); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	golden.Check(t, "testdata/dashboard.golden", out.Bytes())
}

func TestFolderArgument(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, []string{"-year", "2024-25", "-la", "313", "return"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !bytes.Contains(out.Bytes(), []byte("rows: read 7126, accepted 7126, rejected 0")) {
		t.Errorf("folder run:\n%s", out.String())
	}
	if code := run(&out, &errOut, []string{"-year", "2024-26"}); code != 2 {
		t.Errorf("bad year: exit %d", code)
	}
}
