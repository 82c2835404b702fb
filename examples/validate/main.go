package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/missions/registry"
)

func main() { os.Exit(run(os.Stdin, os.Stdout, os.Stderr, os.Args[1:])) }

func run(stdin io.Reader, stdout, stderr io.Writer, args []string) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	typeName := fs.String("type", "", "payload type, e.g. placement (see -list)")
	format := fs.String("format", "auto", "auto, json or ndjson")
	maxBytes := fs.Int("max-record-bytes", 1<<20, "largest record accepted, in bytes")
	list := fs.Bool("list", false, "list the payload types with their schema $id")
	quiet := fs.Bool("q", false, "print only the summary")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if *list {
		for _, p := range registry.All() {
			fmt.Fprintf(out, "%-28s %s\n", p.Package+"/"+p.Name, p.SchemaID())
		}
		return 0
	}
	if *typeName == "" {
		fmt.Fprintln(stderr, "validate: -type is required (see -list)")
		return 2
	}
	pt, err := registry.Lookup(*typeName)
	if err != nil {
		fmt.Fprintln(stderr, "validate:", err)
		return 2
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	var total registry.Totals
	unusable := false
	for _, name := range files {
		f, err := chooseFormat(name, *format)
		if err != nil {
			fmt.Fprintln(stderr, "validate:", err)
			return 2
		}
		var r io.Reader = stdin
		if name != "-" {
			file, err := os.Open(name)
			if err != nil {
				fmt.Fprintf(stderr, "validate: %s: cannot read: %v\n", name, errors.Unwrap(err))
				unusable = true
				continue
			}
			defer file.Close()
			r = file
		}
		label := name
		if name == "-" {
			label = "(stdin)"
		}
		t, err := registry.ValidateStream(context.Background(), r, pt, f, registry.Options{MaxRecordBytes: *maxBytes}, func(rec registry.Record) {
			if rec.Err == nil || *quiet {
				return
			}
			for _, v := range registry.Violations(rec.Err) {
				printViolation(out, label, rec.Line, v)
			}
		})
		total.Add(t)
		if err != nil {
			fmt.Fprintf(stderr, "validate: %s: reading stopped after %d records: %v\n", label, t.Read, err)
			unusable = true
		}
	}
	fmt.Fprintf(out, "read %d, accepted %d, rejected %d\n", total.Read, total.Accepted, total.Rejected)
	switch {
	case unusable:
		return 2
	case total.Rejected > 0:
		return 1
	}
	return 0
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
