package strictjson

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/go-json-experiment/json/jsontext"
)

// A violation's path never holds text from the input. The JSON package's
// pointer names each member on the way to the fault as the input wrote it;
// a member the payload type does not define (an unknown member, or one
// inside an unknown member's value) is input text like any cell, and may be
// personal data ("Zebedee Quux": 1). So the path is cut before the first
// step that is not one of the type's own member names or an array index:
// it then points at the enclosing object, and the message gives the
// member's position in that object (1 for its first member, counting every
// member as written, duplicates included).
//
// safePath returns the pointer cut that way, and the 1-based position of
// the first step it removed (0 when nothing was cut, or when the position
// could not be found). t is the type decoded into (a pointer to it, as
// passed to Unmarshal, is fine).
func safePath(data []byte, t reflect.Type, ptr string) (path string, pos int, cut bool) {
	if ptr == "" || t == nil {
		return ptr, 0, false
	}
	tokens := pointerTokens(ptr)
	for k, tok := range tokens {
		next, ok := step(t, tok)
		if !ok {
			prefix := tokens[:k]
			return joinPointer(prefix), memberPosition(data, prefix, tok), true
		}
		t = next
	}
	return ptr, 0, false
}

// pointerTokens splits an RFC 6901 pointer into its unescaped tokens.
func pointerTokens(ptr string) []string {
	parts := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	for i, p := range parts {
		if strings.Contains(p, "~") {
			parts[i] = strings.ReplaceAll(strings.ReplaceAll(p, "~1", "/"), "~0", "~")
		}
	}
	return parts
}

func joinPointer(tokens []string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		b.WriteString(escapeToken(t))
	}
	return b.String()
}

// step returns the type reached from t by the pointer token tok, and false
// when tok is not a step the type defines: a member name it does not have,
// anything inside a value decoded by its own method, a map key.
func step(t reflect.Type, tok string) (reflect.Type, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	pt := reflect.PointerTo(t)
	if pt.Implements(textUnmarshaler) || pt.Implements(jsonUnmarshaler) || pt.Implements(jsonV1) {
		return nil, false
	}
	switch t.Kind() {
	case reflect.Struct:
		f, ok := fieldsOf(t)[tok]
		return f, ok
	case reflect.Slice, reflect.Array:
		if tok == "" || len(tok) > 9 || strings.Trim(tok, "0123456789") != "" {
			return nil, false
		}
		return t.Elem(), true
	}
	return nil, false
}

var fieldsByType sync.Map // reflect.Type → map[string]reflect.Type

// fieldsOf maps a struct's JSON member names to their types, inlining
// embedded structs without a name as addFields does.
func fieldsOf(t reflect.Type) map[string]reflect.Type {
	if v, ok := fieldsByType.Load(t); ok {
		return v.(map[string]reflect.Type)
	}
	m := map[string]reflect.Type{}
	addFieldTypes(m, t)
	fieldsByType.Store(t, m)
	return m
}

func addFieldTypes(m map[string]reflect.Type, t reflect.Type) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			et := f.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct {
				addFieldTypes(m, et)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = f.Type
	}
}

// memberPosition finds the object at prefix (steps the type defines, so
// plain to follow) and returns the 1-based position of its first member
// named name, or 0.
func memberPosition(data []byte, prefix []string, name string) int {
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	for _, tok := range prefix {
		switch dec.PeekKind() {
		case '{':
			if _, err := dec.ReadToken(); err != nil {
				return 0
			}
			for {
				if dec.PeekKind() != '"' {
					return 0
				}
				n, err := dec.ReadToken()
				if err != nil {
					return 0
				}
				if n.String() == tok {
					break
				}
				if dec.SkipValue() != nil {
					return 0
				}
			}
		case '[':
			if _, err := dec.ReadToken(); err != nil {
				return 0
			}
			idx, err := strconv.Atoi(tok)
			if err != nil {
				return 0
			}
			for ; idx > 0; idx-- {
				if dec.SkipValue() != nil {
					return 0
				}
			}
		default:
			return 0
		}
	}
	if dec.PeekKind() != '{' {
		return 0
	}
	if _, err := dec.ReadToken(); err != nil {
		return 0
	}
	for n := 1; dec.PeekKind() == '"'; n++ {
		tok, err := dec.ReadToken()
		if err != nil {
			return 0
		}
		if tok.String() == name {
			return n
		}
		if dec.SkipValue() != nil {
			return 0
		}
	}
	return 0
}

// positionText is how a message names a member it cannot name.
func positionText(pos int) string {
	if pos <= 0 {
		return "a member of this object"
	}
	return "the member at position " + strconv.Itoa(pos) + " of this object"
}
