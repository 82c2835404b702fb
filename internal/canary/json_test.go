package canary_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/missions/registry"
)

// canary stands for any personal data: a child's name, a date of birth, a
// postcode. It must never appear in an error, a violation's path or
// message, or a program's output.
const canary = "Zq9canary"

// root is the module's root, from this package's folder.
const root = "../.."

// leak fails the test when out holds the canary.
func leak(t *testing.T, where, out string) {
	t.Helper()
	if i := strings.Index(out, canary); i >= 0 {
		lo, hi := max(0, i-160), min(len(out), i+80)
		t.Errorf("%s: output holds the canary: …%s…", where, out[lo:hi])
	}
}

// validDocs reads a payload type's valid examples as generic values.
func validDocs(t *testing.T, p stablehomes.PayloadType) []any {
	files, _ := filepath.Glob(filepath.Join(root, p.Package, "testdata", "valid", p.Name, "*.json"))
	if len(files) == 0 {
		t.Fatalf("%s/%s: no valid examples", p.Package, p.Name)
	}
	var docs []any
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		docs = append(docs, v)
	}
	return docs
}

// mutants returns copies of v with the canary planted once each: in every
// string (alone, and after the value, so a date or a code keeps its start),
// for every number and boolean, as a new member of every object (with a
// scalar, an object and an array value), as the name of every existing
// member, and as a new element of every array.
func mutants(v any) []any {
	var out []any
	switch x := v.(type) {
	case string:
		out = append(out, canary, x+canary, canary+x, strings.Repeat(canary, 3))
	case json.Number, bool:
		out = append(out, canary)
	case []any:
		for i := range x {
			for _, m := range mutants(x[i]) {
				c := append([]any(nil), x...)
				c[i] = m
				out = append(out, c)
			}
		}
		out = append(out, append(append([]any(nil), x...), canary))
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			for _, m := range mutants(x[k]) {
				c := copyMap(x)
				c[k] = m
				out = append(out, c)
			}
			c := copyMap(x)
			delete(c, k)
			c[canary] = x[k]
			out = append(out, c)
		}
		for _, val := range []any{canary, json.Number("1"), map[string]any{canary: canary}, []any{canary}} {
			c := copyMap(x)
			c[canary] = val
			out = append(out, c)
		}
	}
	return out
}

func copyMap(m map[string]any) map[string]any {
	c := make(map[string]any, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// rawMutants are byte-level plantings that encoding/json cannot write: a
// canary as a duplicate member, after the end, truncated, escaped, in a
// broken string.
func rawMutants(doc []byte) [][]byte {
	body := bytes.TrimSuffix(bytes.TrimSpace(doc), []byte("}"))
	return [][]byte{
		append(append([]byte(nil), body...), `,"`+canary+`":1,"`+canary+`":2}`...),
		append(append([]byte(nil), body...), `,"`+canary+`":[1,tru]}`...),
		append(append([]byte(nil), body...), `,"`+canary+`"}`...),
		append(append([]byte(nil), body...), `,"`+canary+`":`...),
		append(append([]byte(nil), body...), `,"`+canary+`":nul}`...),
		append(append([]byte(nil), body...), `,"`+canary+"\xff"+`":1}`...),
		append(append([]byte(nil), body...), `,"`+canary+`\ud800":1}`...),
		append(append([]byte(nil), body...), `,"\u005a`+canary[1:]+`":1}`...),
		append(append([]byte(nil), doc...), " "+canary...),
		[]byte(canary),
		[]byte(`"` + canary + `"`),
		[]byte(`[` + `"` + canary + `"]`),
	}
}

// typeDocs builds every planted document of a payload type.
func typeDocs(t *testing.T, p stablehomes.PayloadType) [][]byte {
	var docs [][]byte
	for _, v := range validDocs(t, p) {
		base, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range mutants(v) {
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, b)
		}
		docs = append(docs, rawMutants(base)...)
	}
	return docs
}

// errText is everything an error shows: its text, and each violation's
// fields, the rule's included.
func errText(err error) string {
	if err == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(err.Error())
	for _, v := range registry.Violations(err) {
		fmt.Fprintf(&b, "\n%+v", v)
	}
	return b.String()
}

// Every payload type, through Check, the registry and a stream.
func TestCanaryPayloads(t *testing.T) {
	total := 0
	for _, p := range registry.All() {
		docs := typeDocs(t, p)
		total += len(docs)
		var stream bytes.Buffer
		for _, d := range docs {
			leak(t, p.Name+" Check", errText(p.Check(d)))
			leak(t, p.Name+" registry.Check", errText(registry.Check(p.Name, d)))
			if decode := decoders[p.Name]; decode != nil {
				leak(t, p.Name+" Decode", errText(decode(d)))
			}
			if !bytes.ContainsAny(d, "\n\r") {
				stream.Write(d)
				stream.WriteByte('\n')
			}
		}
		var out strings.Builder
		_, err := registry.ValidateStream(context.Background(), bytes.NewReader(stream.Bytes()), p, registry.NDJSON, registry.Options{}, func(r registry.Record) {
			fmt.Fprintf(&out, "%d %v %s\n", r.Line, r.Accepted, errText(r.Err))
		})
		leak(t, p.Name+" ValidateStream", out.String()+errText(err))
	}
	t.Logf("%d planted documents over %d payload types", total, len(registry.All()))
}
