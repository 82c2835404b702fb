package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden file")

func TestGolden(t *testing.T) {
	var out bytes.Buffer
	if code := run(&out, nil); code != 0 {
		t.Fatalf("run returned %d:\n%s", code, out.String())
	}
	golden := filepath.Join("testdata", "workforce.golden")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("output differs from %s (go test ./examples/workforce -update to accept):\n%s", golden, out.String())
	}
}

func TestBadFlag(t *testing.T) {
	var out bytes.Buffer
	if code := run(&out, []string{"-on", "2025-02-30"}); code != 2 {
		t.Errorf("bad date: exit %d", code)
	}
}
