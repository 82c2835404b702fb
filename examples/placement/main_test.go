package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes/internal/golden"
)

func TestGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(&out, &errOut, nil); code != 0 || errOut.Len() != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	golden.Check(t, "testdata/placement.golden", out.Bytes())
}

func TestUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		say  string
	}{
		{[]string{"file.json"}, 2, "placement: takes no arguments (got 1); see -h\n"},
		{[]string{"-bogus"}, 2, "placement: flag provided but not defined: -bogus (see -h)\n"},
		{[]string{"-h"}, 0, "usage: placement \n"},
	} {
		var out, errOut bytes.Buffer
		if code := run(&out, &errOut, c.args); code != c.code || !strings.HasPrefix(errOut.String(), c.say) || out.Len() != 0 {
			t.Errorf("%v: exit %d, stderr %q, stdout %d bytes", c.args, code, errOut.String(), out.Len())
		}
	}
}
