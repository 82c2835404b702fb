package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/cli"
	"github.com/stablehomes/stablehomes/missions/registry"
)

func main() { os.Exit(run(os.Stdin, os.Stdout, os.Stderr, os.Args[1:])) }

func run(stdin io.Reader, stdout, stderr io.Writer, args []string) int {
	c := cli.New("validate", "-type TYPE [-format auto|json|ndjson] [-max-record-bytes N] [-q] [FILE...]", stderr,
		"Checks JSON and NDJSON payloads against the library's rules (the JSON Schemas' verdict plus the rules a schema",
		"cannot express) and reports every rejected record with its file, line, JSON Pointer, code, message and source.",
		"The last line of standard output is the summary \"read N, accepted A, rejected R\", with A + R = N.")
	c.Args(cli.Arg{Name: "FILE...", Help: "files to check: .json holds one document, .ndjson or .jsonl one per line (-format overrides);\n    \t\"-\" or no FILE reads NDJSON from standard input (not from a terminal)"})
	c.Exits("every record was accepted", "some records were rejected (each is listed)")
	typeName := c.Flags.String("type", "", "payload `TYPE`, e.g. placement (see -list); required")
	format := c.Flags.String("format", "auto", "auto (by the file's name), json or ndjson")
	maxBytes := c.Flags.Int("max-record-bytes", 1<<20, "largest record accepted, in bytes")
	list := c.Flags.Bool("list", false, "list the payload types with their schema $id, and exit")
	quiet := c.Flags.Bool("q", false, "print only the summary, and no progress")
	if code, done := c.Parse(args); done {
		return code
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if *list {
		if code, done := c.NoArgs(); done {
			return code
		}
		for _, p := range registry.All() {
			fmt.Fprintf(out, "%-28s %s\n", p.Package+"/"+p.Name, p.SchemaID())
		}
		return cli.ExitOK
	}
	if *typeName == "" {
		return c.Usagef("-type is required (see -list for the types)")
	}
	pt, err := registry.Lookup(*typeName)
	if err != nil {
		return c.Usagef("-type: %v", err)
	}
	if *maxBytes <= 0 {
		return c.Usagef("-max-record-bytes must be more than 0")
	}
	files := c.Flags.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	// Every name is checked before any is read, so a usage error never
	// follows half a report.
	formats := make([]registry.Format, len(files))
	for i, name := range files {
		if fi, err := os.Stat(name); name != "-" && err == nil && fi.IsDir() {
			return c.Errorf("%s: cannot read: is a directory, not a file", name)
		}
		if formats[i], err = chooseFormat(name, *format); err != nil {
			return c.Usagef("%v", err)
		}
		if name == "-" {
			if f, ok := stdin.(*os.File); ok && cli.IsTerminal(f) {
				return c.Usagef("no FILE given and standard input is a terminal: name a file, or pipe records in")
			}
		}
	}

	progress := cli.NewProgress(stderr, *quiet)
	defer progress.Done()
	var total registry.Totals
	unusable := false
	for i, name := range files {
		var r io.Reader = stdin
		label := name
		if name == "-" {
			label = "(stdin)"
		} else {
			file, err := os.Open(name)
			if err != nil {
				progress.Done()
				c.ReadError(name, err)
				unusable = true
				continue
			}
			defer file.Close()
			r = file
		}
		notJSON := 0
		t, err := registry.ValidateStream(context.Background(), r, pt, formats[i], registry.Options{MaxRecordBytes: *maxBytes}, func(rec registry.Record) {
			progress.Printf("%s: line %s", label, cli.Count(rec.Line))
			if rec.Err == nil {
				return
			}
			vs := registry.Violations(rec.Err)
			if cli.NotJSON(vs) {
				notJSON++
			}
			if *quiet {
				return
			}
			for _, v := range vs {
				printViolation(out, label, rec.Line, v)
			}
		})
		total.Add(t)
		progress.Done()
		switch {
		case err != nil:
			out.Flush()
			c.Errorf("%s: reading stopped after %s records: %v", label, cli.Count(t.Read), err)
			unusable = true
		case t.Read == 0:
			out.Flush()
			c.Errorf("%s: no record in it: the input is empty", label)
			unusable = true
		case notJSON == t.Read:
			out.Flush()
			c.Errorf("%s: nothing readable: none of its %s records is JSON", label, cli.Count(t.Read))
			unusable = true
		}
	}
	fmt.Fprintf(out, "read %s, accepted %s, rejected %s\n", cli.Count(total.Read), cli.Count(total.Accepted), cli.Count(total.Rejected))
	switch {
	case unusable:
		return cli.ExitUsage
	case total.Rejected > 0:
		return cli.ExitFindings
	}
	return cli.ExitOK
}

func printViolation(w io.Writer, file string, line int, v stablehomes.Violation) {
	path := v.Path
	if path == "" {
		path = "(document)"
	}
	sev := ""
	if v.IsWarning() {
		sev = " (warning)"
	}
	fmt.Fprintf(w, "%s:%d: %s: %s%s: %s [%s]\n", file, line, path, v.Code, sev, v.Message, v.Rule.Source)
}

func chooseFormat(name, flagValue string) (registry.Format, error) {
	switch flagValue {
	case "json":
		return registry.JSON, nil
	case "ndjson":
		return registry.NDJSON, nil
	case "auto":
	default:
		return 0, fmt.Errorf("-format must be auto, json or ndjson, not %q", flagValue)
	}
	switch {
	case name == "-", strings.HasSuffix(name, ".ndjson"), strings.HasSuffix(name, ".jsonl"):
		return registry.NDJSON, nil
	case strings.HasSuffix(name, ".json"):
		return registry.JSON, nil
	}
	return 0, fmt.Errorf("%s: cannot tell JSON from NDJSON by its name; give -format", name)
}
