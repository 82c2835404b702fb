package main

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden file")

func TestDashboardGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, nil); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	const golden = "testdata/dashboard.golden"
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("output differs from %s (rerun with -update after review):\n%s", golden, out.String())
	}
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
