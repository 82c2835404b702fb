package cli

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

func TestCount(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 52237: "52,237", 472399: "472,399", 1000000: "1,000,000", -1234: "-1,234"} {
		if got := Count(n); got != want {
			t.Errorf("Count(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestSpan(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{nil, "none"},
		{[]string{"2024-25"}, "2024-25"},
		{[]string{"2022-23", "2023-24", "2024-25"}, "2022-23 to 2024-25"},
		{[]string{"2019-20", "2022-23", "2023-24"}, "2019-20, 2022-23, 2023-24"},
	} {
		if got := Span(c.in); got != c.want {
			t.Errorf("Span(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseAndUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		done bool
		say  string
	}{
		{nil, 0, false, ""},
		{[]string{"-h"}, 0, true, "usage: prog [-x N] FILE"},
		{[]string{"-bogus"}, 2, true, "prog: flag provided but not defined: -bogus (see -h)\n"},
		{[]string{"-x", "nine"}, 2, true, "prog: invalid value"},
	} {
		var errOut bytes.Buffer
		c1 := New("prog", "[-x N] FILE", &errOut, "Does a thing.")
		c1.Flags.Int("x", 1, "a number")
		c1.Args(Arg{"FILE", "the file read"})
		code, done := c1.Parse(c.args)
		if code != c.code || done != c.done || !strings.HasPrefix(errOut.String(), c.say) {
			t.Errorf("%v: %d %v %q", c.args, code, done, errOut.String())
		}
		if c.args != nil && c.args[0] == "-h" {
			for _, want := range []string{"FILE", "the file read", "-x", "exit status:", "  2  usage"} {
				if !strings.Contains(errOut.String(), want) {
					t.Errorf("-h lacks %q:\n%s", want, errOut.String())
				}
			}
		}
	}
}

func TestNoArgs(t *testing.T) {
	var errOut bytes.Buffer
	c := New("prog", "", &errOut)
	c.Parse([]string{"one", "two"})
	if code, done := c.NoArgs(); code != 2 || !done || errOut.String() != "prog: takes no arguments (got 2); see -h\n" {
		t.Errorf("%d %v %q", code, done, errOut.String())
	}
}

func TestReadErrorNamesThePathAsGiven(t *testing.T) {
	var errOut bytes.Buffer
	c := New("prog", "", &errOut)
	_, code, ok := c.ReadFile("no/such/./file.csv")
	if ok || code != 2 || errOut.String() != "prog: no/such/./file.csv: cannot read: no such file or directory\n" {
		t.Errorf("%d %q", code, errOut.String())
	}
	errOut.Reset()
	c.ReadFile(".")
	if errOut.String() != "prog: .: cannot read: is a directory, not a file\n" {
		t.Errorf("%q", errOut.String())
	}
	if r := Reason(&fs.PathError{Op: "open", Path: "elsewhere", Err: fs.ErrPermission}); r != "permission denied" {
		t.Error(r)
	}
	if r := Reason(errors.New("x")); r != "x" {
		t.Error(r)
	}
}

func TestYearNotHeld(t *testing.T) {
	var errOut bytes.Buffer
	c := New("prog", "", &errOut)
	if code := c.YearNotHeld("-year", "collection year", "2099-00", []string{"2022-23", "2023-24"}); code != 2 {
		t.Error(code)
	}
	if want := "prog: -year 2099-00: no collection year 2099-00 is held; years held: 2022-23, 2023-24 (see -h)\n"; errOut.String() != want {
		t.Errorf("%q", errOut.String())
	}
}

func TestProgressQuietWhenNotATerminal(t *testing.T) {
	var b bytes.Buffer
	if p := NewProgress(&b, false); p != nil {
		t.Error("a buffer is not a terminal")
	}
	var p *Progress
	p.Printf("x")
	p.Done()
	if IsTerminal(nil) {
		t.Error("nil")
	}
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	defer null.Close()
	if IsTerminal(null) {
		t.Error("the null device is not a terminal")
	}
}

func TestCountingFS(t *testing.T) {
	fsys := fstest.MapFS{"d/a.csv": {Data: []byte("h\n1\n2\n")}}
	var got int64
	c := CountingFS{FS: fsys, OnRead: func(name string, n int64) { got = n }}
	b, err := fs.ReadFile(c, "d/a.csv")
	if err != nil || len(b) != 6 || got != 3 {
		t.Errorf("%v %d %d", err, len(b), got)
	}
	if es, err := fs.ReadDir(c, "d"); err != nil || len(es) != 1 {
		t.Error(es, err)
	}
}
