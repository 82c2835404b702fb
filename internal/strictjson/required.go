package strictjson

import (
	"bytes"

	"reflect"
	"strings"
	"sync"

	"github.com/go-json-experiment/json"
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

// checkPresence walks data and reports the first required member missing,
// with its JSON Pointer. data has already been decoded successfully, so it
// is well formed with unique names; the walk is a plain byte scan (several
// times faster than tokenizing it again) that allocates nothing unless a
// member is missing.
func checkPresence(data []byte, p *presence) error {
	sc := scanner{b: data}
	missing, found := sc.value(p)
	if !found {
		return nil
	}
	return violation(missing, CodeMissing, "a required member is missing")
}

// scanner walks well-formed JSON.
type scanner struct {
	b []byte
	i int
}

func (s *scanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// str reads a string and returns its raw content (escapes as written).
func (s *scanner) str() []byte {
	s.i++ // opening quote
	start := s.i
	for {
		q := bytes.IndexByte(s.b[s.i:], '"')
		if q < 0 {
			s.i = len(s.b)
			return s.b[start:]
		}
		s.i += q
		// The quote closes the string unless an odd number of
		// backslashes escapes it.
		n := 0
		for j := s.i - 1; j >= start && s.b[j] == '\\'; j-- {
			n++
		}
		s.i++
		if n%2 == 0 {
			return s.b[start : s.i-1]
		}
	}
}

// value reads one value, checking it against p. When a required member is
// missing it returns the member's pointer relative to this value; callers
// prefix their own steps as they return.
func (s *scanner) value(p *presence) (string, bool) {
	s.space()
	if s.i >= len(s.b) {
		return "", false
	}
	switch s.b[s.i] {
	case '{':
		s.i++
		var seen uint64 // bit i: p.required[i] is present (up to 64 required members)
		for {
			s.space()
			if s.i >= len(s.b) || s.b[s.i] == '}' {
				s.i++
				break
			}
			if s.b[s.i] == ',' {
				s.i++
				continue
			}
			raw := s.str()
			name := string(raw) // does not escape unless a member is missing
			if bytes.IndexByte(raw, '\\') >= 0 {
				name = unquoteName(raw)
			}
			s.space()
			s.i++ // the colon
			var child *presence
			if p != nil {
				if p.isMap {
					child = p.elem
				} else {
					for k, r := range p.required {
						if k < 64 && name == r {
							seen |= 1 << k
						}
					}
					child = p.members[name]
				}
			}
			if m, found := s.value(child); found {
				return "/" + escapeToken(name) + m, true
			}
		}
		if p != nil && !p.isMap {
			for k, r := range p.required {
				if k < 64 && seen&(1<<k) == 0 {
					return "/" + escapeToken(r), true
				}
			}
		}
	case '[':
		s.i++
		var elem *presence
		if p != nil {
			elem = p.elem
		}
		for n := 0; ; {
			s.space()
			if s.i >= len(s.b) || s.b[s.i] == ']' {
				s.i++
				break
			}
			if s.b[s.i] == ',' {
				s.i++
				n++
				continue
			}
			if m, found := s.value(elem); found {
				return "/" + itoa(n) + m, true
			}
		}
	case '"':
		s.str()
	default: // number, true, false, null
		for s.i < len(s.b) {
			switch s.b[s.i] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				return "", false
			}
			s.i++
		}
	}
	return "", false
}

// unquoteName returns a member name's text; names with escapes are rare
// and unquoted by the JSON package.
func unquoteName(raw []byte) string {
	var s string
	if err := json.Unmarshal(append(append([]byte{'"'}, raw...), '"'), &s); err != nil {
		return string(raw)
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
