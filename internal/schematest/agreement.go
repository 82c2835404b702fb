package schematest

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"
	"testing"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/bulk"
	"github.com/stablehomes/stablehomes/internal/gens"
)

// Agreement runs the schema/Go agreement properties for one payload type,
// given the package's gopter generator of values it calls valid:
//
//   - every generated value, marshalled to JSON, passes the committed schema
//     and is accepted by the Go decoder (warnings allowed);
//   - every single-member mutation of such a payload that the schema
//     rejects is rejected by the Go decoder too.
//
// The generator must produce values of the payload's Go type (or pointers
// to them); each is marshalled with the same JSON package the decoders use.
func Agreement(t *testing.T, p stablehomes.PayloadType, valid gopter.Gen) {
	t.Helper()
	compiled := Compile(t, []stablehomes.PayloadType{p})[p.Name]
	t.Run(p.Package+"/"+p.Name, func(t *testing.T) {
		props := gopter.NewProperties(gens.Params(t))
		props.Property("generated valid ⇒ schema and Go accept", prop.ForAll(func(v any) bool {
			b, err := jsonv2.Marshal(v)
			if err != nil {
				t.Logf("marshal: %v", err)
				return false
			}
			if !SchemaAccepts(compiled, b) {
				t.Logf("schema rejects a generated valid payload: %s\n%v", b, schemaError(compiled, b))
				return false
			}
			if err := p.Check(b); !bulk.Accepts(err) {
				t.Logf("Go rejects a generated valid payload: %s\n%v", b, err)
				return false
			}
			return true
		}, valid))
		props.Property("schema rejects ⇒ Go rejects", prop.ForAll(func(v any, pick, how int) bool {
			b, err := jsonv2.Marshal(v)
			if err != nil {
				return false
			}
			var doc map[string]any
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.UseNumber()
			if err := dec.Decode(&doc); err != nil {
				return false
			}
			m, err := json.Marshal(Mutate(doc, pick, how))
			if err != nil {
				return false
			}
			if SchemaAccepts(compiled, m) {
				return true // the Go rules may still reject: nothing to compare
			}
			if bulk.Accepts(p.Check(m)) {
				t.Logf("schema rejects but Go accepts: %s", m)
				return false
			}
			return true
		}, valid, gen.IntRange(0, 1000), gen.IntRange(0, 1000)))
		props.TestingRun(t)
	})
}

func schemaError(s interface{ Validate(any) error }, data []byte) error {
	var inst any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&inst); err != nil {
		return err
	}
	return s.Validate(inst)
}

// Mutate returns a copy of doc with one member changed in one of the ways
// vendors get wrong: dropped, set to null, given another JSON type, its
// name's case changed, an unknown member added, or emptied. pick chooses
// the member (by sorted name) and how the change, both taken modulo.
func Mutate(doc map[string]any, pick, how int) map[string]any {
	out := make(map[string]any, len(doc)+1)
	keys := make([]string, 0, len(doc))
	for k, v := range doc {
		out[k] = v
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys) == 0 {
		out["unexpected"] = true
		return out
	}
	k := keys[pick%len(keys)]
	switch how % 6 {
	case 0:
		delete(out, k)
	case 1:
		out[k] = nil
	case 2:
		switch out[k].(type) {
		case string:
			out[k] = json.Number("7")
		default:
			out[k] = "7"
		}
	case 3:
		out[strings.ToUpper(k[:1])+k[1:]] = out[k]
		delete(out, k)
	case 4:
		out["unexpectedMember"] = "x"
	case 5:
		if _, ok := out[k].(string); ok {
			out[k] = ""
		} else {
			out[k] = []any{}
		}
	}
	return out
}
