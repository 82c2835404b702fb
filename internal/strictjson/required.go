package strictjson

import (
	"bytes"

	"reflect"
	"strings"
	"sync"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// CodeMissing is the code of a required member left out.
const CodeMissing = "json.missing-member"

// presence is what a Go type requires of the JSON objects it is decoded
// from: the members that must be there (those whose json tag has neither
// omitempty nor omitzero, the same rule the schema generator follows) and
// the plans for nested values. A nil plan requires nothing.
type presence struct {
	required []string
	members  map[string]*presence // nested plans by member name
	elem     *presence            // for arrays, and for objects read as maps
	isMap    bool
}

var presenceByType sync.Map // reflect.Type → *presence (nil when nothing is required below)

var (
	jsonUnmarshaler = reflect.TypeFor[json.UnmarshalerFrom]()
	jsonV1          = reflect.TypeFor[json.Unmarshaler]()
)

// planFor returns the presence plan for t, built once per type.
func planFor(t reflect.Type) *presence {
	if p, ok := presenceByType.Load(t); ok {
		return p.(*presence)
	}
	p := buildPlan(t, map[reflect.Type]bool{})
	presenceByType.Store(t, p)
	return p
}

func buildPlan(t reflect.Type, seen map[reflect.Type]bool) *presence {
	pt := reflect.PointerTo(t)
	if pt.Implements(textUnmarshaler) || pt.Implements(jsonUnmarshaler) || pt.Implements(jsonV1) {
		return nil // decoded by its own method: a leaf
	}
	if seen[t] {
		return nil // recursive types: checked to the first repeat
	}
	seen[t] = true
	defer delete(seen, t)
	switch t.Kind() {
	case reflect.Pointer:
		return buildPlan(t.Elem(), seen)
	case reflect.Slice, reflect.Array:
		if e := buildPlan(t.Elem(), seen); e != nil {
			return &presence{elem: e}
		}
	case reflect.Map:
		if e := buildPlan(t.Elem(), seen); e != nil {
			return &presence{elem: e, isMap: true}
		}
	case reflect.Struct:
		p := &presence{members: map[string]*presence{}}
		addFields(p, t, seen)
		if len(p.required) == 0 && len(p.members) == 0 {
			return nil
		}
		return p
	}
	return nil
}

// addFields adds t's exported fields (and those of embedded structs
// without a json name, as encoding/json inlines them) to p.
func addFields(p *presence, t reflect.Type, seen map[reflect.Type]bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			et := f.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct {
				addFields(p, et, seen)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		optional := false
		for _, o := range strings.Split(opts, ",") {
			if o == "omitempty" || o == "omitzero" {
				optional = true
			}
		}
		if !optional {
			p.required = append(p.required, name)
		}
		if child := buildPlan(f.Type, seen); child != nil {
			p.members[name] = child
		}
	}
}

// nested reports whether the plan reaches below the top-level object:
// only then is the presence walk worth its cost (a flat payload's own
// Validate reports its missing members as rule violations).
func (p *presence) nested() bool { return p != nil && (len(p.members) > 0 || p.elem != nil) }

var decoders = sync.Pool{New: func() any { return new(presenceWalk) }}

type presenceWalk struct {
	r   bytes.Reader
	dec jsontext.Decoder
}

// checkPresence walks data (already decoded successfully, so well formed
// with unique names) and reports the first required member missing, with
// its JSON Pointer.
func checkPresence(data []byte, p *presence) error {
	w := decoders.Get().(*presenceWalk)
	defer decoders.Put(w)
	w.r.Reset(data)
	w.dec.Reset(&w.r)
	missing, err := walkValue(&w.dec, p, "")
	if err != nil || missing == "" {
		return nil // the decoder has already judged the syntax
	}
	return violation(missing, CodeMissing, "a required member is missing")
}

// walkValue reads one value, checking it against p; it returns the
// pointer of the first missing member, or "".
func walkValue(dec *jsontext.Decoder, p *presence, at string) (string, error) {
	if p == nil {
		_, err := dec.ReadValue()
		return "", err
	}
	switch dec.PeekKind() {
	case '{':
		if _, err := dec.ReadToken(); err != nil {
			return "", err
		}
		var seen []string
		for dec.PeekKind() != '}' {
			name, err := dec.ReadValue()
			if err != nil {
				return "", err
			}
			n := unquoteName(name)
			var child *presence
			if p.isMap {
				child = p.elem
			} else {
				seen = append(seen, n)
				child = p.members[n]
			}
			if m, err := walkValue(dec, child, at+"/"+escapeToken(n)); err != nil || m != "" {
				return m, err
			}
		}
		if _, err := dec.ReadToken(); err != nil {
			return "", err
		}
		for _, r := range p.required {
			if !contains(seen, r) {
				return at + "/" + escapeToken(r), nil
			}
		}
	case '[':
		if _, err := dec.ReadToken(); err != nil {
			return "", err
		}
		for i := 0; dec.PeekKind() != ']'; i++ {
			if m, err := walkValue(dec, p.elem, at+"/"+itoa(i)); err != nil || m != "" {
				return m, err
			}
		}
		if _, err := dec.ReadToken(); err != nil {
			return "", err
		}
	default:
		_, err := dec.ReadValue()
		return "", err
	}
	return "", nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// unquoteName returns a member name's text; names with escapes are rare
// and unquoted by the JSON package.
func unquoteName(v jsontext.Value) string {
	if bytes.IndexByte(v, '\\') < 0 {
		return string(v[1 : len(v)-1])
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return string(v)
	}
	return s
}

func escapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
