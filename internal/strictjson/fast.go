package strictjson

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"reflect"
	"sync"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/uuid"
)

// The fast path. Each payload type has a decoder generated from its Go type
// (internal/decodegen, run by go generate) that reads the common shape of a
// valid document straight from the bytes: known members, each once, values
// of the right JSON kinds, strings without escapes, integers written as
// plain digits, every required member present at every level. Anything else
// (an unknown or duplicate member, an escape, null, a wrong kind, a member
// missing, broken JSON) makes it give up, and Unmarshal decodes the document
// again by the reflection-based path, which reports the problem. The fast
// path therefore never decides a verdict, a path or a code: it only spares
// valid documents the slow path. Text values go through the same
// UnmarshalText and UnmarshalJSON methods the slow path calls, and UUIDs
// through the same canonical-form check, so the values it produces are the
// slow path's (the differential tests in missions/registry hold it to that).

// Fast reads one JSON document for a generated decoder. Its methods each
// read one token or value, skipping the whitespace before it, and return
// false when the input is not of the form they accept; once one has
// returned false the document is refused.
type Fast struct {
	b   []byte
	i   int
	bad bool
}

// NewFast returns a reader of the document b.
func NewFast(b []byte) Fast { return Fast{b: b} }

func (d *Fast) ws() {
	for d.i < len(d.b) && d.b[d.i] <= ' ' { // one comparison when there is none
		switch d.b[d.i] {
		case ' ', '\n', '\r', '\t':
			d.i++
		default:
			return
		}
	}
}

// OK reports whether nothing has been refused so far.
func (d *Fast) OK() bool { return !d.bad }

// Done reports whether the document was read without refusal and nothing
// but whitespace follows its value.
func (d *Fast) Done() bool {
	d.ws()
	return !d.bad && d.i == len(d.b)
}

// Open reads the opening bracket open ('{' or '['), and reports whether a
// member or element follows: false for an empty object or array (its
// closing bracket is read too) and after a refusal.
func (d *Fast) Open(open, close byte) bool {
	d.ws()
	if d.i >= len(d.b) || d.b[d.i] != open {
		d.bad = true
		return false
	}
	d.i++
	d.ws()
	if d.i < len(d.b) && d.b[d.i] == close {
		d.i++
		return false
	}
	return !d.bad
}

// More reads what follows a member or element: a comma (true: another one
// follows) or the closing bracket close (false). Anything else is refused.
func (d *Fast) More(close byte) bool {
	d.ws()
	if d.i < len(d.b) {
		switch d.b[d.i] {
		case ',':
			d.i++
			return true
		case close:
			d.i++
			return false
		}
	}
	d.bad = true
	return false
}

// Name reads a member name and the colon after it. A name with an escape
// or a byte outside printable ASCII is never a member's name (decodegen
// refuses such names), so the generated decoder refuses it.
func (d *Fast) Name() ([]byte, bool) {
	d.ws()
	if d.i >= len(d.b) || d.b[d.i] != '"' {
		d.bad = true
		return nil, false
	}
	// The name ends at the next quote. Its bytes need no checking: a name
	// holding a backslash (one escaping that quote, say), a control
	// character or a byte from 0x80 is no member's name, and the decoder's
	// switch on it refuses it.
	start := d.i + 1
	if q := bytes.IndexByte(d.b[start:], '"'); q >= 0 {
		j := start + q
		name := d.b[start:j]
		d.i = j + 1
		d.ws()
		if d.i < len(d.b) && d.b[d.i] == ':' {
			d.i++
			return name, true
		}
	}
	d.bad = true
	return nil, false
}

// plain[c] is true for the bytes a string may hold as they are: not a
// control character, a quote, a backslash, or a byte of a multi-byte UTF-8
// sequence (those are checked as a whole).
var plain = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// plainRun returns the end of the run of plain bytes at b[j:], reading
// eight at a time: in each word, the bytes that are a quote, a backslash, a
// control character or from 0x80 get their top bit set in m (a borrow can
// set it in bytes above a real one too, never below), so the lowest set bit
// is the first byte that ends the run.
func plainRun(b []byte, j int) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	for j+8 <= len(b) {
		x := binary.LittleEndian.Uint64(b[j:])
		q, bs := x^(lo*'"'), x^(lo*'\\')
		if m := (((q - lo) &^ q) | ((bs - lo) &^ bs) | ((x - lo*0x20) &^ x) | x) & hi; m != 0 {
			return j + bits.TrailingZeros64(m)>>3
		}
		j += 8
	}
	for j < len(b) && plain[b[j]] {
		j++
	}
	return j
}

// Str reads a string and returns its content, which is valid UTF-8. The
// bytes are the input's when the string has no escapes (copy them to keep
// them); escapes are undone by the JSON package's own unquoting, the slow
// path's, and any it refuses (an unpaired surrogate) are refused here.
func (d *Fast) Str() ([]byte, bool) {
	d.ws()
	if d.i >= len(d.b) || d.b[d.i] != '"' {
		d.bad = true
		return nil, false
	}
	start := d.i + 1
	j := start
	ascii, escaped := true, false
	j = plainRun(d.b, j)
	for j < len(d.b) && d.b[j] != '"' {
		switch c := d.b[j]; {
		case c < 0x20:
			d.bad = true
			return nil, false
		case c == '\\':
			escaped = true
			j++ // the escaped byte cannot close the string
		case c >= 0x80:
			ascii = false
		}
		j++
	}
	if j >= len(d.b) {
		d.bad = true
		return nil, false
	}
	s := d.b[start:j]
	if escaped {
		u, err := jsontext.AppendUnquote(nil, d.b[start-1:j+1])
		if err != nil {
			d.bad = true
			return nil, false
		}
		s = u
	} else if !ascii && !utf8.Valid(s) {
		d.bad = true
		return nil, false
	}
	d.i = j + 1
	return s, true
}

// String reads a string into *p.
func (d *Fast) String(p *string) bool {
	s, ok := d.Str()
	if ok {
		*p = string(s)
	}
	return ok
}

// Bool reads true or false into *p.
func (d *Fast) Bool(p *bool) bool {
	d.ws()
	rest := d.b[d.i:]
	switch {
	case len(rest) >= 4 && string(rest[:4]) == "true":
		*p = true
		d.i += 4
	case len(rest) >= 5 && string(rest[:5]) == "false":
		*p = false
		d.i += 5
	default:
		d.bad = true
		return false
	}
	return d.delimited()
}

// delimited reports whether the literal just read ends where a JSON
// literal must: at the end, whitespace or punctuation.
func (d *Fast) delimited() bool {
	if d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\n', '\r', '\t', ',', '}', ']':
		default:
			d.bad = true
			return false
		}
	}
	return true
}

// Int reads an integer written as plain digits (an optional minus, no
// leading zero, no fraction or exponent, not -0) that fits in a signed
// integer of the given bits.
func (d *Fast) Int(bits int) (int64, bool) {
	d.ws()
	j := d.i
	neg := j < len(d.b) && d.b[j] == '-'
	if neg {
		j++
	}
	start := j
	var n uint64
	for j < len(d.b) && '0' <= d.b[j] && d.b[j] <= '9' && j-start < 19 {
		n = n*10 + uint64(d.b[j]-'0')
		j++
	}
	digits := j - start
	limit := uint64(1) << (bits - 1) // |min|; max is limit-1
	if digits == 0 || (digits > 1 && d.b[start] == '0') || (neg && n == 0) ||
		n > limit || (!neg && n == limit) {
		d.bad = true
		return 0, false
	}
	d.i = j
	if !d.delimited() {
		return 0, false
	}
	if neg {
		return -int64(n), true // n <= 1<<63: wraps to the minimum when equal
	}
	return int64(n), true
}

// Number reads a JSON number (RFC 8259 section 6) and returns its text as
// written, for a type's own UnmarshalJSON.
func (d *Fast) Number() ([]byte, bool) {
	d.ws()
	start, j := d.i, d.i
	digits := func() int {
		k := j
		for j < len(d.b) && '0' <= d.b[j] && d.b[j] <= '9' {
			j++
		}
		return j - k
	}
	if j < len(d.b) && d.b[j] == '-' {
		j++
	}
	first := j
	if n := digits(); n == 0 || (n > 1 && d.b[first] == '0') {
		d.bad = true
		return nil, false
	}
	if j < len(d.b) && d.b[j] == '.' {
		j++
		if digits() == 0 {
			d.bad = true
			return nil, false
		}
	}
	if j < len(d.b) && (d.b[j] == 'e' || d.b[j] == 'E') {
		j++
		if j < len(d.b) && (d.b[j] == '+' || d.b[j] == '-') {
			j++
		}
		if digits() == 0 {
			d.bad = true
			return nil, false
		}
	}
	d.i = j
	if !d.delimited() {
		return nil, false
	}
	return d.b[start:j], true
}

// UUID reads a UUID in the one accepted form, as the slow path's UUID
// unmarshaler does: 36 characters, lower-case hex, hyphens at 8, 13, 18
// and 23 (canonicalUUID), decoded in the one pass; for that form
// uuid.Parse gives the same 16 bytes.
func (d *Fast) UUID(p *uuid.UUID) bool {
	d.ws()
	if d.i+38 > len(d.b) || d.b[d.i] != '"' || d.b[d.i+37] != '"' {
		d.bad = true
		return false
	}
	s := d.b[d.i+1 : d.i+37]
	if s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
		d.bad = true
		return false
	}
	var u uuid.UUID
	k := 0
	for _, at := range uuidHexAt {
		hi, lo := lowerHex[s[at]], lowerHex[s[at+1]]
		if hi|lo > 0x0f {
			d.bad = true
			return false
		}
		u[k] = hi<<4 | lo
		k++
	}
	*p = u
	d.i += 38
	return true
}

// uuidHexAt is where each byte's two hex digits start in the canonical
// form.
var uuidHexAt = [16]int{0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34}

// lowerHex is the value of each lower-case hex digit, 0xff for any other
// byte.
var lowerHex = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c - '0')
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] = byte(c - 'a' + 10)
	}
	return t
}()

// Grow appends a zero element to *s and returns it, for a decoder to read
// an array element into.
func Grow[E any](s *[]E) *E {
	var zero E
	*s = append(*s, zero)
	return &(*s)[len(*s)-1]
}

// NonNil makes a nil *s empty: the slow path decodes [] as an empty slice,
// not a nil one.
func NonNil[E any](s *[]E) {
	if *s == nil {
		*s = []E{}
	}
}

// fastByType holds each registered decoder, keyed by the pointer type it
// decodes into; infoFor reads it.
var fastByType sync.Map // reflect.Type (*T) → func([]byte, any) bool

// Register installs the generated fast decoder of type T. The generated
// files call it when their package is initialised, before any document of
// the type can be decoded. decode reads into a zero value, as the slow path
// does (a decoder appends array elements: into a value already holding
// some it would keep them); it returns false when it gives up, and the
// value, perhaps half written, is reset to its zero value here.
func Register[T any](decode func(data []byte, v *T) bool) {
	t := reflect.TypeFor[*T]()
	defer infoByType.Delete(t) // facts looked up before now lacked the decoder
	fastByType.Store(t, func(data []byte, v any) bool {
		p := v.(*T)
		var zero T
		*p = zero
		if decode(data, p) {
			return true
		}
		*p = zero
		return false
	})
}

func fastFor(t reflect.Type) func([]byte, any) bool {
	if f, ok := fastByType.Load(t); ok {
		return f.(func([]byte, any) bool)
	}
	return nil
}

// FastOnly runs only the fast decoder of v's type (a pointer to a payload
// type) on data: registered is false when the type has none. For the
// differential tests.
func FastOnly(data []byte, v any) (accepted, registered bool) {
	f := fastFor(reflect.TypeOf(v))
	if f == nil {
		return false, false
	}
	return f(data, v), true
}

// SlowOnly is Unmarshal without the fast path: the reference the fast
// decoders are tested against.
func SlowOnly(data []byte, v any) error {
	var info *typeInfo
	if v != nil {
		info = infoFor(reflect.TypeOf(v))
	}
	return slowUnmarshal(data, v, info)
}
