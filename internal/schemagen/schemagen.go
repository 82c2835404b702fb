package schemagen

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/google/uuid"
	"github.com/invopop/jsonschema"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/decodegen"
	"github.com/stablehomes/stablehomes/internal/strictjson"
)

// ModulePath is the Go module the comments are read from.
const ModulePath = "github.com/stablehomes/stablehomes"

// Dir is the folder, inside a package, that holds its schemas.
const Dir = "schemas"

// Tagged reports whether this build has the schemagen tag, without which
// Generate refuses to run. The JSONSchema methods of the library's types
// live in files built only with that tag, so that importers' programs do
// not link the schema generator and its modules.
const Tagged = tagged

// Stricter closes every schema's top-level description: where the Go
// decoders refuse what JSON Schema cannot refuse, each class with the
// violation code Go reports. The README's "Where Go is stricter than the
// schemas" lists the same classes; internal/verdictcorpus holds a payload
// of each class for every payload type.
const Stricter = "Go's decoders are stricter than JSON Schema can say: " +
	"a member given twice in one object is refused (json.duplicate-member); " +
	"text that is not UTF-8, or a \\u escape of an unpaired surrogate, is refused (json.invalid-utf8); " +
	"a document or NDJSON record over 1 MiB (1,048,576 bytes) is refused (json.too-large); " +
	"numbers are read exactly, as the JSON Schema data model defines them (arbitrary-precision decimals), " +
	"never rounded to IEEE doubles, so 1e-400 is not 0 and 100.00000000000000000001 is not a whole number (json.invalid-value), " +
	"which validators that read numbers as doubles, such as ajv, accept."

// FileName returns the schema file name of a payload type.
func FileName(p stablehomes.PayloadType) string { return p.Name + ".json" }

// Generate returns the schema of each payload type, keyed by file name.
// The output is deterministic: same types, same bytes.
func Generate(types []stablehomes.PayloadType) (map[string][]byte, error) {
	if !Tagged {
		return nil, errors.New("schemagen: build with -tags schemagen: without it the types' JSONSchema methods are left out and the schemas would be wrong")
	}
	root, err := ModuleRoot()
	if err != nil {
		return nil, err
	}
	r := reflector()
	// Comments are keyed by paths relative to the module root, so they are
	// read from there.
	if err := withDir(root, func() error { return r.AddGoComments(ModulePath, "./") }); err != nil {
		return nil, fmt.Errorf("schemagen: reading Go comments: %w", err)
	}
	out := make(map[string][]byte, len(types))
	for _, p := range types {
		s := r.Reflect(p.Prototype)
		s.ID = jsonschema.ID(p.SchemaID())
		if p.Description != "" {
			s.Description = p.Description
		}
		s.Description = strings.TrimSpace(s.Description + " " + Stricter)
		if s.Title == "" {
			s.Title = p.Name
		}
		b, err := json.MarshalIndent(s, "", "  ")
		if err != nil {
			return nil, fmt.Errorf("schemagen: %s: %w", p.Name, err)
		}
		out[FileName(p)] = append(b, '\n')
	}
	return out, nil
}

func reflector() *jsonschema.Reflector {
	return &jsonschema.Reflector{
		ExpandedStruct: true,
		Namer: func(t reflect.Type) string {
			pkg := t.PkgPath()
			if i := strings.LastIndexByte(pkg, '/'); i >= 0 {
				pkg = pkg[i+1:]
			}
			if pkg == "" {
				return t.Name()
			}
			return pkg + "." + t.Name()
		},
		Mapper: func(t reflect.Type) *jsonschema.Schema {
			if t == reflect.TypeFor[uuid.UUID]() {
				return &jsonschema.Schema{
					Type:        "string",
					Format:      "uuid",
					Pattern:     strictjson.UUIDPattern,
					Description: "A UUID in canonical lower-case form.",
				}
			}
			if t.PkgPath() == "" {
				if lo, hi, ok := intBounds(t); ok {
					// The bounds Go enforces when it decodes the integer.
					return &jsonschema.Schema{Type: "integer", Minimum: json.Number(lo), Maximum: json.Number(hi)}
				}
			}
			return nil
		},
	}
}

// intBounds gives the range of a Go integer kind, as JSON numbers.
func intBounds(t reflect.Type) (lo, hi string, ok bool) {
	bits := int(t.Size() * 8)
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		max := (uint64(1) << (bits - 1)) - 1
		return "-" + strconv.FormatUint(max+1, 10), strconv.FormatUint(max, 10), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		max := uint64(1<<(bits-1)-1)<<1 | 1
		return "0", strconv.FormatUint(max, 10), true
	}
	return "", "", false
}

// Write regenerates the schemas into dir/schemas, removing schema files no
// type produces any more. It is what each package's go:generate runs.
func Write(dir string, types []stablehomes.PayloadType) error {
	files, err := Generate(types)
	if err != nil {
		return err
	}
	sd := filepath.Join(dir, Dir)
	if err := os.MkdirAll(sd, 0o755); err != nil {
		return err
	}
	old, _ := filepath.Glob(filepath.Join(sd, "*.json"))
	for _, f := range old {
		if _, keep := files[filepath.Base(f)]; !keep {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(sd, n), files[n], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Main is the body of a package's generator command: it writes the
// schemas into the current directory's schemas folder and exits non-zero
// on failure.
func Main(types []stablehomes.PayloadType) {
	if err := Write(".", types); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// The same types' fast decoders, generated from the same Go types.
	if err := decodegen.Write(".", types); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// ModuleRoot finds the directory holding go.mod, from the working
// directory upwards.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && bytes.Contains(b, []byte("module "+ModulePath+"\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("schemagen: go.mod of " + ModulePath + " not found above the working directory")
		}
		dir = parent
	}
}

// chdirMu serialises the one place that changes the working directory.
var chdirMu sync.Mutex

func withDir(dir string, f func() error) error {
	chdirMu.Lock()
	defer chdirMu.Unlock()
	prev, err := os.Getwd()
	if err != nil {
		return err
	}
	if err := os.Chdir(dir); err != nil {
		return err
	}
	defer os.Chdir(prev)
	return f()
}
