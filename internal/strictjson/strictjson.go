package strictjson

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
)

// DefaultMaxBytes is the size limit of one JSON document or NDJSON record
// unless a caller sets another: 1 MiB, far above any real payload.
const DefaultMaxBytes = 1 << 20

// Codes of the violations this package reports.
const (
	CodeSyntax    = "json.syntax"
	CodeUnknown   = "json.unknown-member"
	CodeDuplicate = "json.duplicate-member"
	CodeType      = "json.wrong-type"
	CodeNull      = "json.null"
	CodeValue     = "json.invalid-value"
	CodeTooLarge  = "json.too-large"
	CodeEmpty     = "json.empty"
	CodeTrailing  = "json.trailing-data"
)

// CodeEncoding is the code of text that is not Unicode: invalid UTF-8
// bytes, or a \u escape of an unpaired surrogate.
const CodeEncoding = "json.invalid-utf8"

// rfc8259 is where RFC 8259 is published, by the RFC Editor.
const rfc8259 = "RFC 8259, The JavaScript Object Notation (JSON) Data Interchange Format (IETF, December 2017)"

// The rules a decoding failure breaks, one for each thing broken: the JSON
// grammar, its text encoding and its advice on names (RFC 8259), the
// payload type's schema, and the library's size limit. RuleFor gives the
// rule of each code.
var (
	RuleSyntax = stablehomes.Rule{
		ID:    "stablehomes.json-syntax",
		Title: "A payload is one JSON text: a single value in the JSON grammar, with nothing but whitespace before or after it",
		Source: stablehomes.Source{
			Document: rfc8259,
			Section:  "section 2 (JSON grammar: JSON-text = ws value ws) and sections 3 to 7 (values, objects, arrays, numbers, strings)",
			URL:      "https://www.rfc-editor.org/rfc/rfc8259#section-2",
		},
	}
	RuleEncoding = stablehomes.Rule{
		ID:    "stablehomes.json-utf8",
		Title: "A payload is UTF-8 text whose strings hold only Unicode characters: no invalid UTF-8 bytes, no escape of an unpaired surrogate",
		Source: stablehomes.Source{
			Document: rfc8259,
			Section:  "section 8.1 (JSON text exchanged between systems MUST be encoded using UTF-8) and section 8.2 (strings with unpaired surrogates make receivers' behaviour unpredictable: the library refuses them)",
			URL:      "https://www.rfc-editor.org/rfc/rfc8259#section-8",
		},
	}
	RuleUniqueNames = stablehomes.Rule{
		ID:    "stablehomes.json-unique-names",
		Title: "The names within an object are unique: a member given twice is refused, never resolved by keeping one of its values",
		Source: stablehomes.Source{
			Document: rfc8259,
			Section:  "section 4 (the names within an object SHOULD be unique; the library makes it a MUST)",
			URL:      "https://www.rfc-editor.org/rfc/rfc8259#section-4",
		},
	}
	RuleSchema = stablehomes.Rule{
		ID:    "stablehomes.json-schema",
		Title: "A payload has the shape its JSON Schema documents: only documented members, names matching exactly, every required member, values of the documented types and forms, no nulls",
		Source: stablehomes.Source{
			Document: "stablehomes JSON Schemas (draft 2020-12): the payload type's schema, published under its $id",
			Section:  "properties, additionalProperties, required, type, pattern, enum, minimum and maximum",
			URL:      "https://stablehomes.github.io/schemas/v1/",
		},
	}
	RuleSizeLimit = stablehomes.Rule{
		ID:    "stablehomes.json-size-limit",
		Title: "A payload, or one NDJSON record, is at most the size limit: 1 MiB (1,048,576 bytes) unless the caller sets another",
		Source: stablehomes.Source{
			Document: "stablehomes README.md, JSON Schemas: the size limit (strictjson.DefaultMaxBytes)",
			Section:  "the size limit",
		},
	}
)

// Rule is the rule of a failure that is not the input's own (a read
// error): the whole strict decoding contract.
var Rule = stablehomes.Rule{
	ID:    "stablehomes.strict-json",
	Title: "A payload is one JSON value of the documented shape: only documented members, each once, names matching exactly, values of the documented types, no nulls, within the size limit",
	Source: stablehomes.Source{
		Document: "stablehomes JSON Schemas (draft 2020-12), within the size limit the README documents",
		URL:      "https://stablehomes.github.io/schemas/v1/",
	},
}

// RuleFor returns the rule a violation code of this package breaks.
func RuleFor(code string) stablehomes.Rule {
	switch code {
	case CodeSyntax, CodeEmpty, CodeTrailing:
		return RuleSyntax
	case CodeEncoding:
		return RuleEncoding
	case CodeDuplicate:
		return RuleUniqueNames
	case CodeTooLarge:
		return RuleSizeLimit
	case CodeUnknown, CodeType, CodeNull, CodeValue, CodeMissing:
		return RuleSchema
	}
	return Rule
}

var (
	errNull  = errors.New("null")
	nullText = []byte("null")
)

// UUIDPattern is the only form of UUID accepted: 36 characters, lower-case
// hex, hyphenated. uuid.Parse would also take upper case, braces, a urn:
// prefix and bare hex, which JSON Schema validators reject.
const UUIDPattern = `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`

// Two option sets: checking every value for null costs about a third of
// the decoding time, so it is done only when the input contains "null" at
// all (inside a string or not), which real payloads rarely do.
//
// Likewise the strict UUID unmarshaler is installed only for types that
// hold a UUID somewhere: any installed unmarshaler makes the decoder look
// up every value's type in its table of them, a tenth of the decoding time
// of a payload with none.
var (
	options         = json.JoinOptions(json.RejectUnknownMembers(true), json.WithUnmarshalers(json.JoinUnmarshalers(uuidUnmarshaler, nullUnmarshaler)))
	fastOptions     = json.JoinOptions(json.RejectUnknownMembers(true), json.WithUnmarshalers(uuidUnmarshaler))
	noUUIDOptions   = json.JoinOptions(json.RejectUnknownMembers(true), json.WithUnmarshalers(nullUnmarshaler))
	noUUIDFastOpts  = json.RejectUnknownMembers(true)
	wholeOptions    = json.JoinOptions(json.RejectUnknownMembers(true), json.WithUnmarshalers(json.JoinUnmarshalers(uuidUnmarshaler, nullUnmarshaler, integralUnmarshaler)))
	uuidType        = reflect.TypeFor[uuid.UUID]()
	holdsUUIDByType sync.Map // reflect.Type → bool
)

// typeInfo is what Unmarshal works out once per Go type.
type typeInfo struct {
	uuids    bool                   // holds a UUID somewhere
	presence *presence              // required members, for nested types
	fast     func([]byte, any) bool // the generated fast decoder, if any
	spare    sync.Pool              // values of the type for Check to decode into
}

var infoByType sync.Map // reflect.Type → *typeInfo

func infoFor(t reflect.Type) *typeInfo {
	if v, ok := infoByType.Load(t); ok {
		return v.(*typeInfo)
	}
	info := &typeInfo{uuids: holdsUUID(t), presence: planFor(t), fast: fastFor(t)}
	infoByType.Store(t, info)
	return info
}

// holdsUUID reports whether a value of type t can contain a uuid.UUID.
func holdsUUID(t reflect.Type) bool {
	if v, ok := holdsUUIDByType.Load(t); ok {
		return v.(bool)
	}
	found := walkForUUID(t, map[reflect.Type]bool{})
	holdsUUIDByType.Store(t, found)
	return found
}

func walkForUUID(t reflect.Type, seen map[reflect.Type]bool) bool {
	if t == uuidType {
		return true
	}
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return walkForUUID(t.Elem(), seen)
	case reflect.Map:
		return walkForUUID(t.Key(), seen) || walkForUUID(t.Elem(), seen)
	case reflect.Interface:
		return true // could hold anything
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if walkForUUID(t.Field(i).Type, seen) {
				return true
			}
		}
	}
	return false
}

var uuidUnmarshaler = json.UnmarshalFromFunc(func(dec *jsontext.Decoder, id *uuid.UUID) error {
	if dec.PeekKind() != '"' {
		return json.SkipFunc // the generic rules below report the kind
	}
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
	// The UUID is the string's value, escapes undone: "\u002d" is "-", as
	// the schema validators read it.
	s := string(v[1 : len(v)-1])
	if bytes.IndexByte(v, '\\') >= 0 {
		u, err := jsontext.AppendUnquote(nil, v)
		if err != nil {
			return errUUID
		}
		s = string(u)
	}
	if !canonicalUUID(s) {
		return errUUID
	}
	parsed, err := uuid.Parse(s)
	if err != nil {
		return errUUID
	}
	*id = parsed
	return nil
})

var nullUnmarshaler = json.UnmarshalFromFunc(func(dec *jsontext.Decoder, _ any) error {
	if dec.PeekKind() == 'n' {
		if _, err := dec.ReadValue(); err != nil {
			return err // not null after all, but broken JSON
		}
		return errNull
	}
	return json.SkipFunc
})

var errUUID = errors.New("want a UUID in canonical lower-case form, 8-4-4-4-12 hex digits")

func canonicalUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < 36; i++ {
		c := s[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
				return false
			}
		}
	}
	return true
}

// CanonicalUUID reports whether s is a UUID in the one accepted form.
func CanonicalUUID(s string) bool { return canonicalUUID(s) }

// Unmarshal decodes data into v strictly, replacing what v held (v is set
// to its zero value first, whichever path decodes). It returns nil,
// stablehomes.Violations describing the first problem in the input, or an
// error for a programming mistake (v not a pointer). v must point to a zero
// value (every caller decodes into a new one): a type's fast decoder that
// gives up resets *v to zero before the slow path runs.
func Unmarshal(data []byte, v any) error {
	var info *typeInfo
	if v != nil {
		info = infoFor(reflect.TypeOf(v))
	}
	return unmarshal(data, v, info)
}

// unmarshal is Unmarshal with the type's facts already looked up (nil for
// a nil v). The type's fast decoder, when it has one and accepts the
// document, spares it the slow path; otherwise v is zero again and the slow
// path decides.
func unmarshal(data []byte, v any, info *typeInfo) error {
	if info != nil && info.fast != nil && info.fast(data, v) {
		return nil
	}
	return slowUnmarshal(data, v, info)
}

// slowUnmarshal is the reflection-based decoder, the one every verdict,
// path and code comes from. It decodes into a zero value, as the fast
// decoders do: the JSON package would otherwise merge into what v held.
func slowUnmarshal(data []byte, v any, info *typeInfo) error {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv.Elem().SetZero()
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return violation("", CodeEmpty, "the input is empty; want one JSON value")
	}
	uuids := info == nil || info.uuids
	nulls := bytes.Contains(data, nullText)
	var opts json.Options
	switch {
	case uuids && nulls:
		opts = options
	case uuids:
		opts = fastOptions
	case nulls:
		opts = noUUIDOptions
	default:
		opts = noUUIDFastOpts
	}
	err := json.Unmarshal(data, v, opts)
	var sem *json.SemanticError
	if err != nil && errors.As(err, &sem) && v != nil && wholeNumberForms(data) {
		// A whole number written 22000.0 or 1e2 is an integer to JSON
		// Schema: decode again, from scratch, reading integers exactly.
		if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && !rv.IsNil() {
			rv.Elem().SetZero()
		}
		err = json.Unmarshal(data, v, wholeOptions)
	}
	if err != nil {
		return translate(err, data, reflect.TypeOf(v))
	}
	// The JSON package fills a left-out member with its zero value; a
	// required one (no omitempty or omitzero, as in the schema) inside a
	// nested object is reported here. Flat payloads leave it to Validate.
	if info != nil && info.presence.nested() {
		return checkPresence(data, info.presence)
	}
	return nil
}

// Read reads one JSON document of at most max bytes (DefaultMaxBytes when
// max <= 0) from r and decodes it into v as Unmarshal does.
func Read(r io.Reader, v any, max int64) error {
	if max <= 0 {
		max = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return err
	}
	if int64(len(data)) > max {
		return TooLarge(max)
	}
	return Unmarshal(data, v)
}

// TooLarge returns the violation for input over max bytes.
func TooLarge(max int64) error {
	return violation("", CodeTooLarge, "the input is larger than the limit of "+strconv.FormatInt(max, 10)+" bytes")
}

func violation(path, code, msg string) error {
	return stablehomes.Violations{{Path: path, Code: code, Message: msg, Severity: stablehomes.SeverityError, Rule: RuleFor(code)}}
}

// translate turns the JSON package's error into a violation whose path
// holds only the type's own member names and array indexes (see safePath):
// data is the input and t the type decoded into.
func translate(err error, data []byte, t reflect.Type) error {
	var syn *jsontext.SyntacticError
	if errors.As(err, &syn) {
		p, pos, cut := safePath(data, t, string(syn.JSONPointer))
		in := ""
		if cut {
			in = " (inside " + positionText(pos) + ", which is not part of this payload)"
		}
		switch {
		case errors.Is(syn.Err, jsontext.ErrDuplicateName):
			if cut {
				return violation(p, CodeDuplicate, "a member appears more than once in its object"+in)
			}
			return violation(p, CodeDuplicate, "the member appears more than once in its object")
		case errors.Is(err, io.ErrUnexpectedEOF):
			return violation(p, CodeSyntax, "the JSON ends too soon (truncated input)"+in)
		}
		// The JSON package's errors for these are internal values: known by
		// their text.
		if msg := syn.Err.Error(); strings.Contains(msg, "invalid UTF-8") || strings.Contains(msg, "surrogate") {
			return violation(p, CodeEncoding, "a string is not valid Unicode text (invalid UTF-8, or an escaped unpaired surrogate) near byte "+strconv.FormatInt(syn.ByteOffset, 10)+in)
		}
		if bytes.Contains([]byte(err.Error()), []byte("after top-level value")) {
			return violation(p, CodeTrailing, "there is more input after the JSON value")
		}
		return violation(p, CodeSyntax, "the input is not valid JSON near byte "+strconv.FormatInt(syn.ByteOffset, 10)+in)
	}
	var sem *json.SemanticError
	if errors.As(err, &sem) {
		p, pos, cut := safePath(data, t, string(sem.JSONPointer))
		if cut && !errors.Is(sem.Err, json.ErrUnknownName) {
			// Only an unknown member leaves the type's own names; report it
			// as one whatever the JSON package found first.
			return violation(p, CodeUnknown, unknownMessage(pos))
		}
		switch {
		case errors.Is(sem.Err, json.ErrUnknownName):
			return violation(p, CodeUnknown, unknownMessage(pos))
		case errors.Is(sem.Err, errNull):
			return violation(p, CodeNull, "null is not allowed; leave an optional member out instead")
		case sem.Err == nil || isKindMismatch(sem):
			return violation(p, CodeType, "the value has the wrong JSON type: got "+kindName(sem.JSONKind)+", want "+goTypeName(sem.GoType))
		}
		return violation(p, CodeValue, "invalid value: "+safeMessage(sem.Err))
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return violation("", CodeSyntax, "the JSON ends too soon (truncated input)")
	}
	return fmt.Errorf("strictjson: %w", err)
}

// unknownMessage is the message of an unknown member at pos (1-based) of
// the object at the violation's path. The name is not quoted: it is input.
func unknownMessage(pos int) string {
	if pos <= 0 {
		return "an unknown member of this object: it is not part of this payload (names are case-sensitive)"
	}
	return "unknown member at position " + strconv.Itoa(pos) + " of this object: it is not part of this payload (names are case-sensitive)"
}

// isKindMismatch reports a JSON value of a kind the Go type can never
// hold (a number for a date, a string for an integer).
func isKindMismatch(sem *json.SemanticError) bool {
	got, want := kindName(sem.JSONKind), goTypeName(sem.GoType)
	if got == "a value" || want == "another type" {
		return false
	}
	if got == "number" && (want == "integer" || want == "number") {
		return false
	}
	return got != want
}

// safeMessage returns the message of an error raised by one of the
// library's own UnmarshalText or UnmarshalJSON methods, which never quote
// personal data; errors from elsewhere that may quote the input
// (strconv's) are replaced by a generic message.
func safeMessage(err error) string {
	switch {
	case errors.Is(err, strconv.ErrRange):
		return "the number is out of range"
	case errors.Is(err, strconv.ErrSyntax):
		return "not a whole number"
	}
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		return "not a valid number"
	}
	return err.Error()
}

func kindName(k jsontext.Kind) string {
	switch k {
	case 'n':
		return "null"
	case 'f', 't':
		return "boolean"
	case '"':
		return "string"
	case '0':
		return "number"
	case '{', '}':
		return "object"
	case '[', ']':
		return "array"
	}
	return "a value"
}

func goTypeName(t reflect.Type) string {
	if t == nil {
		return "another type"
	}
	if t.Implements(textUnmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "string"
	}
	// The library's types with their own UnmarshalJSON (Money, missions
	// Value) are JSON numbers.
	if reflect.PointerTo(t).Implements(v1Unmarshaler) {
		return "number"
	}
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "integer"
	case reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Struct, reflect.Map:
		return "object"
	}
	return "another type"
}

var textUnmarshaler = reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()

// DecodeBytes decodes data (at most DefaultMaxBytes) strictly into a new
// T: Read for bytes already in memory, without the copy that reading
// through an io.Reader makes.
func DecodeBytes[T any](data []byte) (T, error) {
	var v T
	if len(data) > DefaultMaxBytes {
		return v, TooLarge(DefaultMaxBytes)
	}
	err := Unmarshal(data, &v)
	return v, err
}

// Check is a payload type's Check for a type whose Validate is its whole
// verdict: decode as DecodeBytes does, then Validate. The value decoded
// into is reused from call to call (it is never returned), which spares a
// bulk run one allocation per record.
func Check[T interface{ Validate() error }](data []byte) error {
	if len(data) > DefaultMaxBytes {
		return TooLarge(DefaultMaxBytes)
	}
	info := infoFor(reflect.TypeFor[*T]())
	v, _ := info.spare.Get().(*T)
	if v == nil {
		v = new(T)
	} else {
		var zero T
		*v = zero
	}
	defer info.spare.Put(v)
	if err := unmarshal(data, v, info); err != nil {
		return err
	}
	return (*v).Validate()
}
