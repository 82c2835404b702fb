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
			// The generated fast decoder takes the common valid shape, and
			// decodes what the slow one does.
			if accepted, err := FastAgrees(p, b); err != nil || (FastDecoders && !accepted) {
				t.Logf("fast decoder on a generated valid payload: %s\naccepted %v, %v", b, accepted, err)
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
			if _, err := FastAgrees(p, m); err != nil {
				t.Logf("fast decoder on a mutated payload: %s\n%v", m, err)
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
// name's case changed, an unknown member added, or emptied. The member may
// be at any depth, inside nested objects and arrays. pick chooses the
// member (in a fixed walk order: sorted names, array order) and how the
// change, both taken modulo.
func Mutate(doc map[string]any, pick, how int) map[string]any {
	out := deepCopy(doc).(map[string]any)
	type spot struct {
		obj map[string]any
		key string
	}
	var spots []spot
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				spots = append(spots, spot{v, k})
				walk(v[k])
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(out)
	if len(spots) == 0 {
		out["unexpected"] = true
		return out
	}
	s := spots[pick%len(spots)]
	obj, k := s.obj, s.key
	switch how % 6 {
	case 0:
		delete(obj, k)
	case 1:
		obj[k] = nil
	case 2:
		switch obj[k].(type) {
		case string:
			obj[k] = json.Number("7")
		default:
			obj[k] = "7"
		}
	case 3:
		obj[strings.ToUpper(k[:1])+k[1:]] = obj[k]
		delete(obj, k)
	case 4:
		obj["unexpectedMember"] = "x"
	case 5:
		if _, ok := obj[k].(string); ok {
			obj[k] = ""
		} else {
			obj[k] = []any{}
		}
	}
	return out
}

func deepCopy(v any) any {
	switch v := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[k] = deepCopy(x)
		}
		return m
	case []any:
		a := make([]any, len(v))
		for i, x := range v {
			a[i] = deepCopy(x)
		}
		return a
	}
	return v
}

// AgreementAll runs Agreement for every payload type in types with its
// generator from valid, keyed by payload name; a type without a generator
// fails, so a new payload type cannot be left out.
func AgreementAll(t *testing.T, types []stablehomes.PayloadType, valid map[string]gopter.Gen) {
	t.Helper()
	for _, p := range types {
		g, ok := valid[p.Name]
		if !ok {
			t.Errorf("%s/%s has no generator of valid payloads for the agreement property", p.Package, p.Name)
			continue
		}
		Agreement(t, p, g)
	}
}
