package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/stablehomes/stablehomes/internal/numtext"
)

// The exit statuses of every program.
const (
	ExitOK       = 0 // the input was read; nothing rejected, no rule failed
	ExitFindings = 1 // records were rejected or rules failed
	ExitUsage    = 2 // a usage or input error: nothing was judged
)

// Arg documents one positional argument for -h.
type Arg struct {
	Name string // as in the synopsis, e.g. "DIR" or "FILE..."
	Help string
}

// Command is one program's flags, positional arguments and error output.
type Command struct {
	Name   string
	Flags  *flag.FlagSet
	Stderr io.Writer

	synopsis string
	summary  []string
	args     []Arg
	exits    [3]string
}

// New starts a program's command line. synopsis follows the name in the
// usage line ("[-year 2024-25] [DIR]"); summary is what the program does,
// one line per element. Every program's usage ends with its exit statuses,
// which Exits may make specific.
func New(name, synopsis string, stderr io.Writer, summary ...string) *Command {
	c := &Command{Name: name, Flags: flag.NewFlagSet(name, flag.ContinueOnError), Stderr: stderr, synopsis: synopsis, summary: summary}
	c.exits = [3]string{
		"the input was read and nothing was rejected or failed",
		"records were rejected or rules failed",
		"usage or input error (nothing was judged)",
	}
	c.Flags.SetOutput(stderr)
	c.Flags.Usage = func() {} // Parse prints usage itself, once
	return c
}

// Args documents the positional arguments for -h.
func (c *Command) Args(args ...Arg) { c.args = append(c.args, args...) }

// Exits replaces the generic meaning of exit statuses 0 and 1 with the
// program's own words ("" keeps the generic one).
func (c *Command) Exits(ok, findings string) {
	if ok != "" {
		c.exits[0] = ok
	}
	if findings != "" {
		c.exits[1] = findings
	}
}

// PrintUsage writes the usage, arguments, flags and exit statuses to
// standard error, as -h does.
func (c *Command) PrintUsage() {
	w := c.Stderr
	fmt.Fprintf(w, "usage: %s %s\n", c.Name, strings.TrimSpace(c.synopsis))
	for _, s := range c.summary {
		fmt.Fprintln(w, s)
	}
	if len(c.args) > 0 {
		fmt.Fprintln(w, "\narguments:")
		for _, a := range c.args {
			fmt.Fprintf(w, "  %s\n    \t%s\n", a.Name, a.Help)
		}
	}
	hasFlags := false
	c.Flags.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprintln(w, "\nflags:")
		c.Flags.PrintDefaults()
	}
	fmt.Fprintln(w, "\nexit status:")
	for i, e := range c.exits {
		fmt.Fprintf(w, "  %d  %s\n", i, e)
	}
}

// Parse parses the command line. When it returns done, the program must
// exit with code at once: -h was asked for (0, usage printed) or a flag
// was wrong (2, the problem and a pointer to -h printed).
func (c *Command) Parse(args []string) (code int, done bool) {
	c.Flags.SetOutput(io.Discard) // the problem is printed below, once
	err := c.Flags.Parse(args)
	c.Flags.SetOutput(c.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		c.PrintUsage()
		return ExitOK, true
	case err != nil:
		return c.Usagef("%v", err), true
	}
	return ExitOK, false
}

// NoArgs refuses positional arguments, for a program that takes none. It
// returns done and the exit status as Parse does.
func (c *Command) NoArgs() (code int, done bool) {
	if n := c.Flags.NArg(); n > 0 {
		return c.Usagef("takes no arguments (got %d); see -h", n), true
	}
	return ExitOK, false
}

// Usagef prints a usage error ("name: ...; see -h" when not already said)
// and returns ExitUsage.
func (c *Command) Usagef(format string, a ...any) int {
	msg := fmt.Sprintf(format, a...)
	if !strings.Contains(msg, "see -h") {
		msg += " (see -h)"
	}
	fmt.Fprintf(c.Stderr, "%s: %s\n", c.Name, msg)
	return ExitUsage
}

// Errorf prints an input error ("name: ...") and returns ExitUsage.
func (c *Command) Errorf(format string, a ...any) int {
	fmt.Fprintf(c.Stderr, "%s: %s\n", c.Name, fmt.Sprintf(format, a...))
	return ExitUsage
}

// ReadError prints that path could not be read, naming it exactly as the
// user gave it (never the path an fs.FS or a join made of it), and returns
// ExitUsage.
func (c *Command) ReadError(path string, err error) int {
	return c.Errorf("%s: cannot read: %s", path, Reason(err))
}

// Reason is err without the path an *fs.PathError carries, so that the
// caller can name the path as the user gave it: "no such file or
// directory", "is a directory", "permission denied".
func Reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// ReadFile reads a file the user named, or reports it with ReadError. A
// directory is refused by name.
func (c *Command) ReadFile(path string) ([]byte, int, bool) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, c.Errorf("%s: cannot read: is a directory, not a file", path), false
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, c.ReadError(path, err), false
	}
	return b, ExitOK, true
}

// YearNotHeld reports a year outside the library's tables, naming the
// years held, and returns ExitUsage. what is "collection year", "tax year"
// or "financial year"; flagName the flag it came from.
func (c *Command) YearNotHeld(flagName, what, year string, held []string) int {
	return c.Usagef("%s %s: no %s %s is held; years held: %s", flagName, year, what, year, Span(held))
}

// Span writes a sorted list of consecutive years as "2022-23 to 2026-27",
// or lists them when there are gaps or only a few.
func Span(held []string) string {
	switch len(held) {
	case 0:
		return "none"
	case 1, 2:
		return strings.Join(held, ", ")
	}
	for i := 1; i < len(held); i++ {
		a, _ := strconv.Atoi(held[i-1][:4])
		b, _ := strconv.Atoi(held[i][:4])
		if b != a+1 {
			return strings.Join(held, ", ")
		}
	}
	return held[0] + " to " + held[len(held)-1]
}

// Count writes n with thousands separators: 1234567 is "1,234,567".
func Count[T ~int | ~int32 | ~int64](n T) string { return numtext.Thousands(n) }
