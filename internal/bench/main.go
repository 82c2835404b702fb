package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/missions/registry"
)

var kinds = []struct{ name, pkg, dir string }{
	{"placement", "placements", "placements/testdata/valid/placement"},
	{"practitioner", "workforce", "workforce/testdata/valid/practitioner"},
}

func main() {
	records := flag.Int("records", 200000, "records per NDJSON file")
	rounds := flag.Int("rounds", 3, "interleaved rounds; the median is shown")
	out := flag.String("out", "", "folder for the NDJSON and schemas (required)")
	ajvResults := flag.String("ajv", "", "file of ajv timings (kind variant seconds) to add to the table")
	prepare := flag.Bool("prepare", false, "only write the NDJSON and schemas")
	sizes := flag.String("ssda903", "10000,100000,1000000", "episodes in each generated SSDA903 return to validate (comma-separated; empty for none)")
	child := flag.String("ssda903-validate", "", "internal: read and validate the SSDA903 return in this folder, in this process")
	flag.Parse()
	if *child != "" {
		if err := validateOnce(*child); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
	var ns []int
	for _, f := range strings.Split(*sizes, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			fmt.Fprintln(os.Stderr, "bench: -ssda903 takes episode counts separated by commas")
			os.Exit(2)
		}
		ns = append(ns, n)
	}
	if *out == "" {
		fmt.Fprintln(os.Stderr, "bench: -out is required")
		os.Exit(2)
	}
	if err := run(*records, *rounds, *out, *ajvResults, *prepare); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	if *prepare || len(ns) == 0 {
		return
	}
	if err := benchSSDA903(ns, *rounds, *out); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// compact joins every valid payload of a type into NDJSON lines and repeats
// them, round-robin, to n records.
func compact(dir string, n int) ([]byte, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("no payloads in %s", dir)
	}
	var lines [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, b); err != nil {
			return nil, err
		}
		lines = append(lines, append(buf.Bytes(), '\n'))
	}
	var all bytes.Buffer
	for i := range n {
		all.Write(lines[i%len(lines)])
	}
	return all.Bytes(), nil
}

// simplify drops what only documents (title, description, examples,
// $comment, the x-enum annotations): the hand-simplified copy the shipped
// schema is compared with.
func simplify(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, x := range v {
			switch k {
			case "title", "description", "examples", "$comment", "x-enum-titles", "x-enum-descriptions":
				if _, isSchemaMap := x.(map[string]any); !isSchemaMap || strings.HasPrefix(k, "x-") {
					continue
				}
			}
			out[k] = simplify(x)
		}
		return out
	case []any:
		for i := range v {
			v[i] = simplify(v[i])
		}
	}
	return v
}

func run(records, rounds int, out, ajvFile string, prepare bool) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	data := map[string][]byte{}
	schemas := map[string]map[string]*jsonschema.Schema{}
	types := map[string]stablehomes.PayloadType{}
	for _, k := range kinds {
		p, err := registry.Lookup(k.pkg + "/" + k.name)
		if err != nil {
			return err
		}
		types[k.name] = p
		d, err := compact(k.dir, records)
		if err != nil {
			return err
		}
		data[k.name] = d
		if err := os.WriteFile(filepath.Join(out, k.name+".ndjson"), d, 0o644); err != nil {
			return err
		}
		var doc any
		if err := json.Unmarshal(p.Schema, &doc); err != nil {
			return err
		}
		simple, _ := json.Marshal(simplify(doc))
		if err := os.WriteFile(filepath.Join(out, k.name+".shipped.json"), p.Schema, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, k.name+".simplified.json"), simple, 0o644); err != nil {
			return err
		}
		schemas[k.name] = map[string]*jsonschema.Schema{}
		for variant, b := range map[string][]byte{"shipped": p.Schema, "simplified": simple} {
			c := jsonschema.NewCompiler()
			c.DefaultDraft(jsonschema.Draft2020)
			c.AssertFormat()
			sd, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			if err != nil {
				return err
			}
			if err := c.AddResource("mem://"+variant, sd); err != nil {
				return err
			}
			s, err := c.Compile("mem://" + variant)
			if err != nil {
				return err
			}
			schemas[k.name][variant] = s
		}
	}
	if prepare {
		return nil
	}
	times := map[[2]string][]float64{}
	for range rounds {
		for _, k := range kinds {
			d := data[k.name]
			times[[2]string{k.name, "ours"}] = append(times[[2]string{k.name, "ours"}], timeIt(func() error {
				t, err := registry.ValidateStream(context.Background(), bytes.NewReader(d), types[k.name], registry.NDJSON, registry.Options{}, func(registry.Record) {})
				if err == nil && t.Rejected > 0 {
					err = fmt.Errorf("%s: %d records rejected", k.name, t.Rejected)
				}
				return err
			}))
			for _, variant := range []string{"shipped", "simplified"} {
				s := schemas[k.name][variant]
				times[[2]string{k.name, "santhosh-" + variant}] = append(times[[2]string{k.name, "santhosh-" + variant}], timeIt(func() error {
					return eachLine(d, func(line []byte) error {
						inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(line))
						if err != nil {
							return err
						}
						return s.Validate(inst)
					})
				}))
			}
			times[[2]string{k.name, "json.Valid"}] = append(times[[2]string{k.name, "json.Valid"}], timeIt(func() error {
				return eachLine(d, func(line []byte) error {
					if !json.Valid(line) {
						return fmt.Errorf("invalid JSON")
					}
					return nil
				})
			}))
		}
	}
	if ajvFile != "" {
		b, err := os.ReadFile(ajvFile)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var kind, variant string
			var sec float64
			if _, err := fmt.Sscan(line, &kind, &variant, &sec); err == nil {
				times[[2]string{kind, "ajv-" + variant}] = append(times[[2]string{kind, "ajv-" + variant}], sec)
			}
		}
	}
	rows := []struct{ key, label string }{
		{"ours", "library, `registry.ValidateStream`"},
		{"ajv-shipped", "ajv 8 strict + formats, shipped schema"},
		{"ajv-simplified", "ajv, hand-simplified copy (annotations stripped)"},
		{"santhosh-shipped", "santhosh-tekuri v6, shipped schema"},
		{"santhosh-simplified", "santhosh, hand-simplified copy"},
		{"json.Valid", "floor: `encoding/json` `Valid` (syntax only)"},
	}
	fmt.Printf("%d compact NDJSON records of each type, median of %d interleaved rounds, one goroutine\n\n", records, rounds)
	fmt.Println("| on the same records | placement MB/s | practitioner MB/s |")
	fmt.Println("|---|---|---|")
	for _, r := range rows {
		fmt.Printf("| %s |", r.label)
		for _, k := range kinds {
			ts := times[[2]string{k.name, r.key}]
			if len(ts) == 0 {
				fmt.Print(" – |")
				continue
			}
			fmt.Printf(" %.1f |", float64(len(data[k.name]))/1e6/median(ts))
		}
		fmt.Println()
	}
	fmt.Println()
	for _, k := range kinds {
		for _, v := range []string{"ajv", "santhosh"} {
			a, b := times[[2]string{k.name, v + "-shipped"}], times[[2]string{k.name, v + "-simplified"}]
			if len(a) > 0 && len(b) > 0 {
				fmt.Printf("%s %s: shipped / simplified time = %.2fx\n", k.name, v, median(a)/median(b))
			}
		}
	}
	return nil
}

func eachLine(d []byte, f func([]byte) error) error {
	sc := bufio.NewScanner(bytes.NewReader(d))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if err := f(sc.Bytes()); err != nil {
			return err
		}
	}
	return sc.Err()
}

func timeIt(f func() error) float64 {
	start := time.Now()
	if err := f(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	return time.Since(start).Seconds()
}

func median(ts []float64) float64 {
	s := append([]float64(nil), ts...)
	sort.Float64s(s)
	return s[len(s)/2]
}
