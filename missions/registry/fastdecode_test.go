package registry_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/schematest"
	"github.com/stablehomes/stablehomes/missions/registry"
)

// testdataDocs returns every document under a payload type's testdata
// folders (valid, invalid, invalid-rules), sorted, and which are valid.
func testdataDocs(t testing.TB, p stablehomes.PayloadType) (docs [][]byte, valid []bool) {
	t.Helper()
	root := filepath.Join("..", "..", p.Package, "testdata")
	if p.Package == "stablehomes" {
		root = filepath.Join("..", "..", "testdata")
	}
	for _, kind := range []string{"valid", "invalid", "invalid-rules"} {
		files, _ := filepath.Glob(filepath.Join(root, kind, p.Name, "*.json"))
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs, valid = append(docs, b), append(valid, kind == "valid")
		}
	}
	return docs, valid
}

// fuzzCorpus returns every []byte entry of every seed corpus file under
// the module's testdata/fuzz folders: inputs the fuzzers found interesting,
// run here against every payload type's fast decoder.
func fuzzCorpus(t testing.TB) [][]byte {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "*", "testdata", "fuzz", "*", "*"))
	more, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "fuzz", "*", "*"))
	files = append(files, more...)
	sort.Strings(files)
	var out [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if s, ok := strings.CutPrefix(line, "[]byte("); ok {
				if u, err := strconv.Unquote(strings.TrimSuffix(s, ")")); err == nil {
					out = append(out, []byte(u))
				}
			}
		}
	}
	return out
}

// The generated fast decoder of every payload type agrees with the
// reflection-based decoder on every document in testdata, on every fuzz
// seed, and on every truncation and single-byte change of the valid
// documents: whatever it accepts, the slow path accepts with the same
// value (so Check's verdict, paths and codes are the slow path's). And it
// accepts every valid document, as written and compacted: the fast path is
// the one valid payloads take. (The agreement properties in each package
// hold it to the same on generated payloads and their mutations.)
func TestFastDecoderAgrees(t *testing.T) {
	if !schematest.FastDecoders {
		t.Skip("built with the schemagen tag, which leaves the generated decoders out")
	}
	corpus := fuzzCorpus(t)
	if len(corpus) == 0 {
		t.Fatal("no fuzz seeds found")
	}
	for _, p := range registry.All() {
		t.Run(p.Package+"/"+p.Name, func(t *testing.T) {
			check := func(what string, doc []byte) bool {
				t.Helper()
				accepted, err := schematest.FastAgrees(p, doc)
				if err != nil {
					t.Errorf("%s: %v\n%q", what, err, doc)
				}
				return accepted
			}
			docs, valid := testdataDocs(t, p)
			if len(docs) == 0 {
				t.Fatal("no testdata")
			}
			for i, doc := range docs {
				accepted := check("testdata", doc)
				var compact bytes.Buffer
				if err := json.Compact(&compact, doc); err == nil {
					accepted = check("testdata compacted", compact.Bytes()) && accepted
				}
				if !valid[i] {
					continue
				}
				if !accepted {
					t.Errorf("the fast decoder gives up on a valid document:\n%s", doc)
				}
				c := compact.Bytes()
				for _, dup := range duplicated(t, c) {
					if check("a member given twice", dup) {
						t.Errorf("the fast decoder accepts a member given twice:\n%s", dup)
					}
				}
				for n := range c {
					check("truncated", c[:n])
				}
				for n := range c {
					for _, b := range []byte{'"', '\\', ',', '}', ']', ' ', '0', 'n', 0x80, 0x1f} {
						changed := bytes.Clone(c)
						changed[n] = b
						check("changed", changed)
					}
				}
			}
			for _, doc := range corpus {
				check("fuzz seed", doc)
			}
		})
	}
}

// duplicated returns, for each member of the object doc (at the top level
// and one level down), doc with that member written twice.
func duplicated(t *testing.T, doc []byte) [][]byte {
	t.Helper()
	var out [][]byte
	var walk func(prefix, obj, suffix []byte, depth int)
	walk = func(prefix, obj, suffix []byte, depth int) {
		dec := jsontext.NewDecoder(bytes.NewReader(obj))
		if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '{' {
			return
		}
		for dec.PeekKind() == '"' {
			start := dec.InputOffset()
			if _, err := dec.ReadToken(); err != nil {
				t.Fatal(err)
			}
			val, err := dec.ReadValue()
			if err != nil {
				t.Fatal(err)
			}
			end := dec.InputOffset()
			member := bytes.TrimLeft(obj[start:end], ", ")
			var twice []byte
			twice = append(twice, prefix...)
			twice = append(twice, obj[:end]...)
			twice = append(twice, ',')
			twice = append(twice, member...)
			twice = append(twice, obj[end:]...)
			twice = append(twice, suffix...)
			out = append(out, twice)
			if depth == 0 && val.Kind() == '{' {
				valStart := end - int64(len(val))
				walk(append(bytes.Clone(prefix), obj[:valStart]...), val, append(bytes.Clone(obj[end:]), suffix...), 1)
			}
		}
	}
	walk(nil, doc, nil, 0)
	return out
}

// FuzzFastDecoder holds every payload type's fast decoder to the slow one
// on arbitrary bytes (the first picks the type): whatever the fast decoder
// accepts, the slow one accepts with the same value.
func FuzzFastDecoder(f *testing.F) {
	types := registry.All()
	for i, p := range types {
		docs, _ := testdataDocs(f, p)
		for _, doc := range docs {
			f.Add(append([]byte{byte(i)}, doc...))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		p := types[int(data[0])%len(types)]
		if _, err := schematest.FastAgrees(p, data[1:]); err != nil {
			t.Fatal(err)
		}
	})
}
