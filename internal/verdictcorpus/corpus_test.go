package verdictcorpus_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/bulk"
	"github.com/stablehomes/stablehomes/internal/schemagen"
	"github.com/stablehomes/stablehomes/internal/schematest"
	"github.com/stablehomes/stablehomes/internal/strictjson"
	"github.com/stablehomes/stablehomes/missions/registry"
)

var update = flag.Bool("update", false, "rewrite testdata/ from the payload types' valid examples")

// root is the module's root, from this package's folder.
const root = "../.."

// Verdicts of one payload: the two schema validators' and Go's ("" when Go
// accepts, warnings allowed; else the code of an error violation it
// reports).
type verdict struct {
	Santhosh bool   `json:"santhosh"`
	Ajv      bool   `json:"ajv"`
	Go       string `json:"go"`
}

var (
	acceptAll = verdict{true, true, ""}
	// The schemas accept, Go refuses on purpose (README: "Where Go is
	// stricter than the schemas").
	stricter = func(code string) verdict { return verdict{true, true, code} }
	// All three refuse.
	refuseAll = func(code string) verdict { return verdict{false, false, code} }
	// Numbers beyond a double's precision or range: santhosh-tekuri reads
	// them exactly as Go does and refuses; ajv reads them as IEEE doubles
	// (1e-400 is 0, 100.00000000000000000001 is 100) and accepts.
	exactNumber = func(code string) verdict { return verdict{false, true, code} }
)

// Kinds of member a class mutates, from the schema of the member.
type kind int

const (
	kDoc     kind = iota // the whole document
	kInteger             // "type": "integer"
	kNumber              // "type": "number" (a missions Value)
	kDate                // stablehomes.Date
	kYear                // stablehomes.FinancialYear or TaxYear
	kUUID                // "format": "uuid"
	kFree                // a string with no pattern, format or enum
	kString              // any other string
	kNumeric             // kInteger or kNumber
)

// A spot is one member of a valid example: where it is, its value and
// its schema.
type spot struct {
	set    func(v any) // replaces the member's value in the document
	value  any
	kind   kind
	schema map[string]any   // the member's schema, its $refs followed
	levels []map[string]any // the schemas on the way, each of which applies
}

// An option says how a class mutates a spot of some kind and with what
// verdict; a class tries its options in order on every spot.
type option struct {
	kind   kind
	want   verdict
	mutate func(s spot) (raw string, ok bool) // the member's new JSON text
}

type class struct {
	name       string
	deliberate bool // one of the documented classes of strictness
	options    []option
}

var classes = []class{
	// Deliberate strictness beyond what JSON Schema can say.
	{"duplicate-member", true, []option{{kDoc, stricter(strictjson.CodeDuplicate), nil}}},
	{"invalid-utf8", true, []option{
		{kFree, stricter(strictjson.CodeEncoding), appendRaw("\xff")},
		// A type whose every string has a pattern, format or enum: the
		// schemas refuse the replacement character too.
		{kString, refuseAll(strictjson.CodeEncoding), appendRaw("\xff")},
	}},
	{"lone-surrogate", true, []option{
		{kFree, stricter(strictjson.CodeEncoding), appendRaw(`\ud800`)},
		{kString, refuseAll(strictjson.CodeEncoding), appendRaw(`\ud800`)},
	}},
	{"too-large", true, []option{{kDoc, stricter(strictjson.CodeTooLarge), nil}}},
	{"beyond-double-precision", true, []option{{kNumeric, exactNumber(strictjson.CodeValue), nearWhole}}},
	{"beyond-double-range-tiny", true, []option{{kNumeric, exactNumber(strictjson.CodeValue), tiny}}},

	// Classes on which the schemas and Go once disagreed: now one verdict.
	{"beyond-double-range-huge", false, []option{{kNumeric, refuseAll(strictjson.CodeValue), fixed("1e400")}}},
	{"whole-number-fraction", false, []option{{kInteger, acceptAll, wholeFraction}}},
	{"whole-number-exponent", false, []option{{kInteger, acceptAll, wholeExponent}}},
	// 2^63 and -2^63-1: beyond any int64 member's bound; a double reads
	// them as ±2^63, within the bound of an int64 member (the missions
	// types' counts), so ajv accepts them there.
	{"beyond-int64", false, []option{
		{kInteger, refuseAll(strictjson.CodeValue), beyond("9223372036854775808", "maximum", false)},
		{kInteger, exactNumber(strictjson.CodeValue), beyond("9223372036854775808", "maximum", true)},
	}},
	{"below-int64", false, []option{
		{kInteger, refuseAll(strictjson.CodeValue), beyond("-9223372036854775809", "minimum", false)},
		{kInteger, exactNumber(strictjson.CodeValue), beyond("-9223372036854775809", "minimum", true)},
	}},
	{"value-three-decimals", false, []option{{kNumber, refuseAll(strictjson.CodeValue), threeDecimals}}},
	{"value-trailing-zeros", false, []option{{kNumber, acceptAll, trailingZeros}}},
	{"value-exponent", false, []option{{kNumber, acceptAll, valueExponent}}},
	{"date-year-0000", false, []option{{kDate, refuseAll(strictjson.CodeValue), func(s spot) (string, bool) {
		return quote("0000" + s.value.(string)[4:]), true
	}}}},
	{"date-29-february-common-year", false, []option{{kDate, refuseAll(strictjson.CodeValue), fixed(`"2023-02-29"`)}}},
	{"date-31-april", false, []option{{kDate, refuseAll(strictjson.CodeValue), fixed(`"2024-04-31"`)}}},
	{"year-not-consecutive", false, []option{{kYear, refuseAll(strictjson.CodeValue), func(s spot) (string, bool) {
		v := s.value.(string)
		var y int
		if _, err := fmt.Sscanf(v[:4], "%d", &y); err != nil {
			return "", false
		}
		return quote(fmt.Sprintf("%s-%02d", v[:4], (y+2)%100)), true
	}}}},
	{"uuid-escaped-hyphens", false, []option{{kUUID, acceptAll, func(s spot) (string, bool) {
		return strings.ReplaceAll(quote(s.value.(string)), "-", `\u002d`), true
	}}}},
}

func fixed(raw string) func(spot) (string, bool) {
	return func(spot) (string, bool) { return raw, true }
}

// appendRaw puts raw JSON string text (bytes or an escape) at the end of a
// string's value.
func appendRaw(raw string) func(spot) (string, bool) {
	return func(s spot) (string, bool) {
		q := quote(s.value.(string))
		return q[:len(q)-1] + raw + `"`, true
	}
}

func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// number returns the spot's value as an exact decimal literal.
func number(s spot) (string, bool) {
	n, ok := s.value.(json.Number)
	return string(n), ok
}

// nearWhole writes the value plus 10^-21: beyond a double's precision for
// any value of magnitude 10^-4 or more, so ajv reads the value itself.
func nearWhole(s spot) (string, bool) {
	n, ok := number(s)
	if !ok || strings.ContainsAny(n, "eE") {
		return "", false
	}
	r, ok := new(big.Rat).SetString(n)
	if !ok || new(big.Rat).Abs(r).Cmp(big.NewRat(1, 10000)) < 0 {
		return "", false
	}
	frac := ""
	if i := strings.IndexByte(n, '.'); i >= 0 {
		n, frac = n[:i], n[i+1:]
	}
	return n + "." + frac + strings.Repeat("0", 21-len(frac)-1) + "1", true
}

// tiny is 1e-400, which ajv reads as 0: only where 0 is in range and no
// enum limits the values.
func tiny(s spot) (string, bool) {
	zero := new(big.Rat)
	for _, l := range s.levels {
		if _, ok := l["enum"]; ok {
			return "", false
		}
		if lo, ok := bound(l, "minimum"); ok && lo.Cmp(zero) > 0 {
			return "", false
		}
		if hi, ok := bound(l, "maximum"); ok && hi.Cmp(zero) < 0 {
			return "", false
		}
	}
	return "1e-400", true
}

// exact2to53 is 2^53: beyond it not every integer is a double.
var exact2to53 = new(big.Rat).SetInt64(1 << 53)

// beyond writes lit (an integer outside int64) where every bound of the
// member is within ±2^53 (doubles = true: some bound beyond), so that a
// validator reading doubles can tell it from the bound.
func beyond(lit, key string, doubles bool) func(spot) (string, bool) {
	return func(s spot) (string, bool) {
		far := false
		for _, l := range s.levels {
			if b, ok := bound(l, key); ok && new(big.Rat).Abs(b).Cmp(exact2to53) > 0 {
				far = true
			}
		}
		if far != doubles {
			return "", false
		}
		return lit, true
	}
}

func bound(schema map[string]any, key string) (*big.Rat, bool) {
	n, ok := schema[key].(json.Number)
	if !ok {
		return nil, false
	}
	return new(big.Rat).SetString(string(n))
}

// wholeFraction writes an integer with a zero fraction: 22000 as 22000.0.
func wholeFraction(s spot) (string, bool) {
	n, ok := number(s)
	if !ok || strings.ContainsAny(n, ".eE") {
		return "", false
	}
	return n + ".0", true
}

// wholeExponent writes an integer with an exponent: 22000 as 22e3, 7 as
// 700e-2.
func wholeExponent(s spot) (string, bool) {
	n, ok := number(s)
	if !ok || strings.ContainsAny(n, ".eE") {
		return "", false
	}
	t := strings.TrimRight(n, "0")
	if k := len(n) - len(t); k > 0 && t != "" && t != "-" {
		return fmt.Sprintf("%se%d", t, k), true
	}
	return n + "00e-2", true
}

// threeDecimals gives the value a third decimal: 21.7 as 21.701.
func threeDecimals(s spot) (string, bool) {
	n, ok := number(s)
	if !ok || strings.ContainsAny(n, "eE") {
		return "", false
	}
	i := strings.IndexByte(n, '.')
	if i < 0 {
		return n + ".001", true
	}
	return n + strings.Repeat("0", 2-(len(n)-i-1)) + "1", true
}

// trailingZeros writes a value of two decimals with zeros after it: 12.50
// as 12.50000. Go reads a Value's precision from its written decimals, at
// most 2 (the consistency of a measurement with its numerator and
// denominator is checked to half a unit of the last one), so zeros added
// to fewer decimals would change the claim, not the form.
func trailingZeros(s spot) (string, bool) {
	n, ok := number(s)
	if !ok || strings.ContainsAny(n, "eE") {
		return "", false
	}
	if i := strings.IndexByte(n, '.'); i < 0 || len(n)-i-1 != 2 {
		return "", false
	}
	return n + "000", true
}

// valueExponent writes a value with an exponent and the same written
// decimals: 21.7 as 217e-1, 100 as 1e2, 22 as 22e0.
func valueExponent(s spot) (string, bool) {
	n, ok := number(s)
	if !ok || strings.ContainsAny(n, "eE") {
		return "", false
	}
	if whole, frac, found := strings.Cut(n, "."); found {
		return strings.TrimLeft(whole+frac, "0") + "e-" + fmt.Sprint(len(frac)), true
	}
	t := strings.TrimRight(n, "0")
	if k := len(n) - len(t); k > 0 && t != "" && t != "-" {
		return fmt.Sprintf("%se%d", t, k), true
	}
	return n + "e0", true
}

// An entry of the manifest: one payload and its verdicts.
type entry struct {
	File    string  `json:"file"`    // under testdata/
	Package string  `json:"package"` // the payload type's
	Type    string  `json:"type"`
	Class   string  `json:"class"`
	Pad     int     `json:"pad,omitempty"` // spaces appended when read (too-large)
	Want    verdict `json:"want"`
	data    []byte
}

// build makes the corpus: for each payload type and class, the first
// spot (in the examples' sorted order, members by sorted name) that one
// of the class's options mutates.
func build(t *testing.T) []entry {
	var out []entry
	for _, p := range registry.All() {
		schema := decode(t, p.Schema).(map[string]any)
		files, _ := filepath.Glob(filepath.Join(root, p.Package, "testdata", "valid", p.Name, "*.json"))
		sort.Strings(files)
		if len(files) == 0 {
			t.Fatalf("%s/%s: no valid examples", p.Package, p.Name)
		}
		for _, c := range classes {
			e, ok := buildOne(t, p, schema, files, c)
			if !ok {
				continue
			}
			out = append(out, e)
		}
	}
	return out
}

func buildOne(t *testing.T, p stablehomes.PayloadType, schema map[string]any, files []string, c class) (entry, bool) {
	e := entry{File: p.Package + "/" + p.Name + "/" + c.name + ".json", Package: p.Package, Type: p.Name, Class: c.name}
	for _, o := range c.options {
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := decode(t, b).(map[string]any)
			if o.kind == kDoc {
				e.Want = o.want
				switch c.name {
				case "duplicate-member":
					e.data = duplicateFirst(t, doc)
				case "too-large":
					e.data = marshal(t, doc)
					e.Pad = strictjson.DefaultMaxBytes + 1 - len(e.data)
				default:
					t.Fatalf("class %s: no document mutation", c.name)
				}
				return e, true
			}
			for _, s := range spots(doc, schema) {
				if !matches(o.kind, s.kind) {
					continue
				}
				raw, ok := o.mutate(s)
				if !ok {
					continue
				}
				s.set(placeholder)
				e.data = bytes.Replace(marshal(t, doc), []byte(quote(placeholder)), []byte(raw), 1)
				e.Want = o.want
				return e, true
			}
		}
	}
	return e, false
}

const placeholder = "verdict-corpus-placeholder"

func matches(want, got kind) bool {
	switch want {
	case kNumeric:
		return got == kInteger || got == kNumber
	case kString:
		return got == kString || got == kDate || got == kYear || got == kUUID
	}
	return want == got
}

// spots lists the members of doc with their schemas, members by sorted
// name, array elements in order.
func spots(doc map[string]any, schema map[string]any) []spot {
	defs, _ := schema["$defs"].(map[string]any)
	resolve := func(s map[string]any) (map[string]any, string, []map[string]any) {
		name := ""
		var levels []map[string]any
		for s != nil {
			levels = append(levels, s)
			ref, ok := s["$ref"].(string)
			if !ok {
				break
			}
			name = strings.TrimPrefix(ref, "#/$defs/")
			s, _ = defs[name].(map[string]any)
		}
		return s, name, levels
	}
	var out []spot
	var walk func(v any, s map[string]any, set func(any))
	walk = func(v any, s map[string]any, set func(any)) {
		s, def, levels := resolve(s)
		if s == nil {
			return
		}
		switch x := v.(type) {
		case map[string]any:
			props, _ := s["properties"].(map[string]any)
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				ps, _ := props[k].(map[string]any)
				walk(x[k], ps, func(n any) { x[k] = n })
			}
			return
		case []any:
			items, _ := s["items"].(map[string]any)
			for i := range x {
				walk(x[i], items, func(n any) { x[i] = n })
			}
			return
		}
		out = append(out, spot{set: set, value: v, kind: kindOf(s, def, v), schema: s, levels: levels})
	}
	walk(doc, schema, func(any) {})
	return out
}

func kindOf(s map[string]any, def string, v any) kind {
	switch s["type"] {
	case "integer":
		return kInteger
	case "number":
		return kNumber
	case "string":
		if _, ok := v.(string); !ok {
			return -1
		}
		switch {
		case def == "stablehomes.Date":
			return kDate
		case def == "stablehomes.FinancialYear" || def == "stablehomes.TaxYear":
			return kYear
		case s["format"] == "uuid":
			return kUUID
		}
		for _, k := range []string{"pattern", "format", "enum", "const"} {
			if _, ok := s[k]; ok {
				return kString
			}
		}
		return kFree
	}
	return -1
}

func decode(t *testing.T, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// duplicateFirst writes the document with its first member (by sorted
// name) given twice, with the same value.
func duplicateFirst(t *testing.T, doc map[string]any) []byte {
	keys := make([]string, 0, len(doc))
	for k := range doc {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	k := keys[0]
	var v bytes.Buffer
	enc := json.NewEncoder(&v)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc[k]); err != nil {
		t.Fatal(err)
	}
	b := marshal(t, doc)
	dup := "{\n  " + quote(k) + ": " + strings.TrimSuffix(v.String(), "\n") + ","
	return append([]byte(dup), b[1:]...)
}

// payload returns the bytes a validator reads for the entry.
func (e entry) payload() []byte {
	return append(bytes.Clone(e.data), bytes.Repeat([]byte(" "), e.Pad)...)
}

const manifest = "testdata/manifest.json"

// TestCorpus builds the corpus, compares it with the committed files
// (rewrites them with -update), and checks the santhosh-tekuri and Go
// verdicts of every payload.
func TestCorpus(t *testing.T) {
	corpus := build(t)
	if *update {
		if err := os.RemoveAll("testdata"); err != nil {
			t.Fatal(err)
		}
		for _, e := range corpus {
			path := filepath.Join("testdata", e.File)
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, e.data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		m, err := json.MarshalIndent(corpus, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(manifest, append(m, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	checkCommitted(t, corpus)

	types := registry.All()
	compiled := map[string]*jsonschema.Schema{}
	for _, p := range types {
		compiled[p.Package+"/"+p.Name] = schematest.Compile(t, []stablehomes.PayloadType{p})[p.Name]
	}
	byType := map[string]stablehomes.PayloadType{}
	for _, p := range types {
		byType[p.Package+"/"+p.Name] = p
	}
	counts := map[string]int{}
	for _, e := range corpus {
		key := e.Package + "/" + e.Type
		p := byType[key]
		data := e.payload()
		counts[fmt.Sprintf("%s %+v", e.Class, e.Want)]++
		if got := schematest.SchemaAccepts(compiled[key], data); got != e.Want.Santhosh {
			t.Errorf("%s: santhosh-tekuri accepts = %v, want %v", e.File, got, e.Want.Santhosh)
		}
		err := p.Check(data)
		if got := goVerdict(err); got != e.Want.Go && !(e.Want.Go != "" && hasCode(err, e.Want.Go)) {
			t.Errorf("%s: Go gives %q, want %q (%v)", e.File, got, e.Want.Go, err)
		}
		if rerr := registry.Check(key, data); goVerdict(rerr) != goVerdict(err) {
			t.Errorf("%s: registry.Check gives %q, PayloadType.Check %q", e.File, goVerdict(rerr), goVerdict(err))
		}
		// Only the classes of documented strictness may part the schemas
		// (santhosh-tekuri) and Go.
		if !deliberate(e.Class) && e.Want.Santhosh != (e.Want.Go == "") {
			t.Errorf("%s: the schema and Go disagree on a class that is not documented", e.File)
		}
	}
	names := make([]string, 0, len(counts))
	for k := range counts {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		t.Logf("%3d × %s", counts[k], k)
	}
	t.Logf("%d payloads over %d payload types", len(corpus), len(types))
	for _, c := range classes {
		if c.deliberate && !slices.ContainsFunc(corpus, func(e entry) bool { return e.Class == c.name }) {
			t.Errorf("class %s: no payload type has a member it applies to", c.name)
		}
	}
}

func deliberate(name string) bool {
	for _, c := range classes {
		if c.name == name {
			return c.deliberate
		}
	}
	return false
}

// goVerdict is "" when Go accepts, else the code of its first error.
func goVerdict(err error) string {
	if bulk.Accepts(err) {
		return ""
	}
	var vs stablehomes.Violations
	if !errors.As(err, &vs) {
		return "not Violations"
	}
	for _, v := range vs {
		if !v.IsWarning() {
			return v.Code
		}
	}
	return "?"
}

func hasCode(err error, code string) bool {
	var vs stablehomes.Violations
	if !errors.As(err, &vs) {
		return false
	}
	for _, v := range vs {
		if !v.IsWarning() && v.Code == code {
			return true
		}
	}
	return false
}

// checkCommitted fails when testdata/ is not the corpus build makes.
func checkCommitted(t *testing.T, corpus []entry) {
	t.Helper()
	b, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/verdictcorpus -update)", err)
	}
	var committed []entry
	if err := json.Unmarshal(b, &committed); err != nil {
		t.Fatal(err)
	}
	if len(committed) != len(corpus) {
		t.Fatalf("%s lists %d payloads, a fresh build %d: run go test ./internal/verdictcorpus -update", manifest, len(committed), len(corpus))
	}
	for i, e := range corpus {
		c := committed[i]
		if c.File != e.File || c.Package != e.Package || c.Type != e.Type || c.Class != e.Class || c.Pad != e.Pad || c.Want != e.Want {
			t.Errorf("%s: manifest entry %+v, fresh %+v: run -update", e.File, c, e)
			continue
		}
		got, err := os.ReadFile(filepath.Join("testdata", e.File))
		if err != nil || !bytes.Equal(got, e.data) {
			t.Errorf("%s: committed file differs from a fresh build (%v): run -update", e.File, err)
		}
	}
}

// TestStricterStated checks that every schema's top-level description ends
// with the list of deliberate classes, and that the README lists each
// class's code under "Where Go is stricter than the schemas".
func TestStricterStated(t *testing.T) {
	for _, p := range registry.All() {
		var doc struct {
			Description string `json:"description"`
		}
		if err := json.Unmarshal(p.Schema, &doc); err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(doc.Description, schemagen.Stricter) {
			t.Errorf("%s/%s: the schema's description does not end with schemagen.Stricter", p.Package, p.Name)
		}
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "**Where Go is stricter than the schemas.**")
	if !ok {
		t.Fatal(`README.md has no "Where Go is stricter than the schemas"`)
	}
	section, _, _ = strings.Cut(section, "\n\n`internal/verdictcorpus`")
	for _, code := range []string{strictjson.CodeDuplicate, strictjson.CodeEncoding, strictjson.CodeTooLarge, strictjson.CodeValue} {
		if !strings.Contains(section, "`"+code+"`") || !strings.Contains(schemagen.Stricter, "("+code+")") {
			t.Errorf("%s: not in the README's list or in schemagen.Stricter", code)
		}
	}
}
