package registry_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/bulk"
	"github.com/stablehomes/stablehomes/internal/schematest"
	"github.com/stablehomes/stablehomes/internal/strictjson"
	"github.com/stablehomes/stablehomes/missions/registry"
)

// An adversarial review of the generated fast decoders: for every payload
// type, hand-made variants of its valid documents (escapes, case, duplicate
// members, whitespace, numbers, nulls, wrong types, invalid UTF-8, long
// strings, truncation, trailing data, the size limit, NDJSON records) are
// decoded with the fast path on (strictjson.Unmarshal, strictjson.Read)
// and with the reflection-based decoder alone (strictjson.SlowOnly), and
// the two must give the same answer: accepted or refused, the same
// violations (path, code, message, rule) and, when accepted, the same value.

var adversarialAll = flag.Bool("adversarial.all", false, "TestFastAdversarial: vary every valid document, not only the first")

// verdictsAgree decodes data into a new value of p's type both ways and
// reports any difference. fastTook is whether the fast decoder alone
// accepted data (the only case in which the paths can differ at all).
func verdictsAgree(p stablehomes.PayloadType, data []byte) (fastTook bool, err error) {
	accepted, ferr := schematest.FastAgrees(p, data)
	if ferr != nil {
		return accepted, ferr
	}
	t := reflect.TypeOf(p.Prototype)
	on, off := reflect.New(t), reflect.New(t)
	errOn := strictjson.Unmarshal(data, on.Interface())
	errOff := strictjson.SlowOnly(data, off.Interface())
	if err := sameError(errOn, errOff); err != nil {
		return accepted, err
	}
	if errOn == nil && !reflect.DeepEqual(on.Elem().Interface(), off.Elem().Interface()) {
		return accepted, fmt.Errorf("values differ:\nfast on  %#v\nslow only %#v", on.Elem().Interface(), off.Elem().Interface())
	}
	return accepted, nil
}

// sameError reports whether two decoding results are the same answer:
// both nil, or the same violations (path, code, message, severity, rule).
func sameError(a, b error) error {
	if (a == nil) != (b == nil) {
		return fmt.Errorf("verdicts differ: fast on %v, slow only %v", a, b)
	}
	if a == nil {
		return nil
	}
	var va, vb stablehomes.Violations
	if errors.As(a, &va) != errors.As(b, &vb) {
		return fmt.Errorf("error kinds differ: fast on %T, slow only %T", a, b)
	}
	if va == nil {
		if a.Error() != b.Error() {
			return fmt.Errorf("errors differ: fast on %v, slow only %v", a, b)
		}
		return nil
	}
	if !reflect.DeepEqual(va, vb) {
		return fmt.Errorf("violations differ:\nfast on   %v\nslow only %v", va, vb)
	}
	return nil
}

// span is one token or value of a compact JSON document.
type span struct {
	start, end int
	kind       jsontext.Kind // '"', '0', 't', 'f', 'n', '{', '['
	name       bool          // a member name
	member     int           // for a name: where its member's value ends
}

// spans returns every token and every object and array of the compact
// document c, in order of their start.
func spans(t testing.TB, c []byte) []span {
	t.Helper()
	dec := jsontext.NewDecoder(bytes.NewReader(c))
	var out []span
	type open struct{ at, idx int }
	var stack []open
	var pendingName []int // index in out of the name whose value is being read, per depth
	for {
		before := int(dec.InputOffset())
		depth := dec.StackDepth()
		kind, n := dec.StackIndex(depth)
		isName := kind == '{' && n%2 == 0
		tok, err := dec.ReadToken()
		if err != nil {
			break
		}
		after := int(dec.InputOffset())
		start := before
		for start < after && (c[start] == ',' || c[start] == ':') {
			start++
		}
		k := tok.Kind()
		switch k {
		case '{', '[':
			out = append(out, span{start: start, end: -1, kind: k})
			stack = append(stack, open{at: start, idx: len(out) - 1})
			pendingName = append(pendingName, -1)
			continue
		case '}', ']':
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			pendingName = pendingName[:len(pendingName)-1]
			out[top.idx].end = after
			closeValue(out, pendingName, after)
			continue
		}
		out = append(out, span{start: start, end: after, kind: k, name: isName})
		if isName {
			pendingName[len(pendingName)-1] = len(out) - 1
		} else {
			closeValue(out, pendingName, after)
		}
	}
	return out
}

// closeValue records, when a value ends at end inside an object, where the
// member whose name was read last ends.
func closeValue(out []span, pendingName []int, end int) {
	if len(pendingName) == 0 {
		return
	}
	if i := pendingName[len(pendingName)-1]; i >= 0 {
		out[i].member = end
		pendingName[len(pendingName)-1] = -1
	}
}

func splice(c []byte, start, end int, with string) []byte {
	out := make([]byte, 0, len(c)-(end-start)+len(with))
	out = append(out, c[:start]...)
	out = append(out, with...)
	return append(out, c[end:]...)
}

// The inputs of each class for one compact valid document.
type variants map[string][][]byte

func (v variants) add(class string, doc []byte) { v[class] = append(v[class], doc) }

// numberForms are the numbers written every way JSON allows and several it
// does not, at the edges of every Go integer type and of IEEE doubles.
var numberForms = []string{
	"0", "-0", "0.0", "-0.0", "0e0", "-0e0", "0E+0", "1", "-1", "1.0", "1.00", "1E2", "1e2", "1e+2", "1E+2",
	"1e-2", "1E-0", "100", "100.0", "10e1", "0.1e3", "01", "-01", "00", "1.", "-1.", ".5", "-.5", "+1", "-", "1e",
	"1e+", "1e-", "1.e2", "1e400", "-1e400", "1e-400", "1.00000000000000000001e2", "1e308", "1.7976931348623157e308",
	"4.9e-324", "9007199254740991", "9007199254740992", "9007199254740993", "-9007199254740993",
	"127", "128", "-128", "-129", "255", "256", "32767", "32768", "-32769", "65535", "65536",
	"2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
	"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
	"18446744073709551615", "18446744073709551616", "99999999999999999999", "-99999999999999999999",
	"1000000000000000", "1000000000000001", "100000000000000000", "1000000000000000000", "10000000000000000000",
	"1234567890123456789", "12345678901234567890", "0x10", "NaN", "Infinity", "-Infinity", "1_000", "1,5",
	"22000.0", "12.5000", "1.234", "0.15e1", "22.4", "2.0", "-2.0", "1e-2", "1e0", "3e1", "1.5e1", "0.01", "0.001",
	`"1"`, `"0"`, `"-0"`, `"1e2"`,
}

// wrongTypes are values of every JSON kind, empty and nested.
var wrongTypes = []string{
	"{}", "[]", "[{}]", "[[]]", "[null]", `{"":0}`, `{"a":null}`, "[1]", `[""]`, `""`, `"x"`, `"true"`, `"null"`,
	"true", "false", "null", "nul", "nulls", "truex", "tru", "True", "NULL", "0", "{", "[", "}", "]", `"`,
}

// stringInserts are written inside a string value, at its start, middle
// and end: every escape form, valid and not, and raw bytes of every
// troublesome kind.
var stringInserts = []string{
	`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`, `\u0000`, `\u0041`, `\u00e9`, `\u00E9`, `\u2028`, `\uFEFF`,
	`\ud83d\ude00`, `\uD83D\uDE00`, `\ud83d`, `\ude00`, `\ude00\ud83d`, `\ud83d\u0041`, `\ud83dx`, `\ud83d\ud83d`,
	`\uDBFF\uDFFF`, `\uD800\uDC00`, `\u12`, `\u`, `\x41`, `\U00000041`, `\u00g0`, `\'`, `\a`, `\0`, `\ `, `\`,
	"\x80", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf",
	"\xf0\x80\x80\x80", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xf8\x88\x80\x80\x80", "\xff", "\xfe", "\xe2\x82",
	"\xe2", "\xc3", "\xc3\xa9", "é", "\u2028", "\u2029", "\ufeff", "\U0001F600", "\x7f", "\x00", "\x01", "\x1f",
	"\t", "\n", "\r", " ", `"`, "\\\"",
}

// whitespaces are inserted between tokens: the four JSON allows, and
// others it does not.
var whitespaces = []string{
	" ", "\t", "\r", "\n", "\r\n", "  \t\r\n", "\v", "\f", "\x00", "\xef\xbb\xbf", "\u00a0", "\u2028", "\u3000",
	"\x85", "\x1c", "/**/", "//\n",
}

// trailers are appended to a valid document.
var trailers = []string{
	" ", "\t", "\r", "\n", "\r\n", "\n\n", "   \r\n ", "\x00", "\xef\xbb\xbf", "x", "{}", "[]", ",", "]", "}", ":",
	"null", " 1", "0", `""`, "/", "//c", "/*c*/", "\v", "\f", "\u00a0", "\x1a", "\n{}",
}

// adversarial returns the variants of the compact valid document c of one
// payload type, by class.
func adversarial(t testing.TB, c []byte) variants {
	t.Helper()
	v := variants{}
	sp := spans(t, c)

	for _, s := range sp {
		if s.name {
			name := string(c[s.start+1 : s.end-1])
			// Escapes in member names: each character, upper and lower
			// hex, and the whole name.
			var whole strings.Builder
			for k, r := range name {
				e := fmt.Sprintf(`\u%04x`, r)
				whole.WriteString(e)
				v.add("name-escape", splice(c, s.start+1+k, s.start+1+k+utf8.RuneLen(r), e))
				v.add("name-escape", splice(c, s.start+1+k, s.start+1+k+utf8.RuneLen(r), strings.ToUpper(e[:2])+strings.ToUpper(e[2:])))
			}
			v.add("name-escape", splice(c, s.start+1, s.end-1, whole.String()))
			v.add("name-escape", splice(c, s.start+1, s.start+1, `\/`))
			v.add("name-escape", splice(c, s.end-1, s.end-1, `\u0000`))
			// Member names differing only by case.
			for _, alt := range caseVariants(name) {
				v.add("name-case", splice(c, s.start+1, s.end-1, alt))
			}
			// Invalid UTF-8 and other bytes in names.
			for _, ins := range []string{"\x80", "\xc0\x80", "\xed\xa0\x80", "\xff", "é", "\u2028", "\x00", "\x7f", " "} {
				v.add("name-utf8", splice(c, s.start+1, s.start+1, ins))
				v.add("name-utf8", splice(c, s.end-1, s.end-1, ins))
			}
			// Duplicate members: the member again, as written, with its
			// name escaped so that it is equal only once unescaped, and
			// with another value.
			member := string(c[s.start:s.member])
			value := string(c[s.end+1 : s.member])
			esc := `"` + fmt.Sprintf(`\u%04x`, name[0]) + name[1:] + `"`
			v.add("duplicate", splice(c, s.member, s.member, ","+member))
			v.add("duplicate", splice(c, s.member, s.member, ","+esc+":"+value))
			v.add("duplicate", splice(c, s.start, s.start, esc+":"+value+","))
			v.add("duplicate", splice(c, s.member, s.member, ","+member+","+member))
			v.add("duplicate", splice(c, s.member, s.member, ","+`"`+name+`":null`))
			v.add("duplicate", splice(c, s.member, s.member, ","+`"`+name+`":{}`))
			v.add("duplicate", splice(c, s.member, s.member, ","+`"`+strings.ToUpper(name)+`":`+value))
			continue
		}
		// Every value: null, every number form, every wrong type.
		v.add("null", splice(c, s.start, s.end, "null"))
		v.add("null", splice(c, s.start, s.end, "[null]"))
		for _, n := range numberForms {
			v.add("number", splice(c, s.start, s.end, n))
		}
		for _, w := range wrongTypes {
			v.add("wrong-type", splice(c, s.start, s.end, w))
		}
		switch s.kind {
		case '0':
			num := string(c[s.start:s.end])
			for _, n := range []string{num + ".0", num + ".00", num + "e0", num + "E+0", num + "e-0", "0" + num,
				"-" + num, num + "0", num + ".", num + "e", num + "e2", num + "e-2", num + ".5", num + ".01", num + ".001",
				" " + num + " ", `"` + num + `"`, "+" + num, num + "00000000000000000000", "-" + num + ".0", num + "x"} {
				v.add("number", splice(c, s.start, s.end, n))
			}
		case '"':
			body := c[s.start+1 : s.end-1]
			str := string(body)
			// Escapes in values: each character escaped, upper and lower
			// hex, the whole value escaped, each solidus as \/.
			var whole strings.Builder
			for k, r := range str {
				e := fmt.Sprintf(`\u%04x`, r)
				if r > 0xffff {
					r1, r2 := utf16Pair(r)
					e = fmt.Sprintf(`\u%04x\u%04x`, r1, r2)
				}
				whole.WriteString(e)
				v.add("value-escape", splice(c, s.start+1+k, s.start+1+k+utf8.RuneLen(r), e))
				v.add("value-escape", splice(c, s.start+1+k, s.start+1+k+utf8.RuneLen(r), strings.ToUpper(e)))
			}
			v.add("value-escape", splice(c, s.start+1, s.end-1, whole.String()))
			v.add("value-escape", splice(c, s.start+1, s.end-1, strings.ReplaceAll(str, "/", `\/`)))
			v.add("value-escape", splice(c, s.start+1, s.end-1, strings.ReplaceAll(str, "-", `\u002d`)))
			v.add("value-escape", splice(c, s.start+1, s.end-1, strings.ReplaceAll(str, "-", `\u002D`)))
			for _, ins := range stringInserts {
				class := "value-escape"
				if !strings.HasPrefix(ins, `\`) {
					class = "value-utf8"
				}
				for _, at := range []int{s.start + 1, s.start + 1 + len(body)/2, s.end - 1} {
					v.add(class, splice(c, at, at, ins))
				}
			}
			for _, alt := range caseVariants(str) {
				v.add("value-case", splice(c, s.start+1, s.end-1, alt))
			}
			v.add("value-case", splice(c, s.start+1, s.end-1, " "+str))
			v.add("value-case", splice(c, s.start+1, s.end-1, str+" "))
			v.add("value-case", splice(c, s.start+1, s.end-1, ""))
			// Very long strings: plain, escaped, multi-byte.
			for _, long := range []string{strings.Repeat("a", 70000), strings.Repeat(`\u0041`, 20000),
				strings.Repeat("é", 40000), str + strings.Repeat(" ", 5000), strings.Repeat(str, 2000)} {
				v.add("long-string", splice(c, s.start+1, s.end-1, long))
			}
		case '{', '[':
			// Nested values empty, null and doubled.
			v.add("structure", splice(c, s.start, s.end, string(c[s.start:s.start+1])+string(c[s.end-1:s.end])))
			if s.kind == '[' && s.end-s.start > 2 {
				inner := string(c[s.start+1 : s.end-1])
				v.add("structure", splice(c, s.start, s.end, "["+inner+","+inner+"]"))
				v.add("structure", splice(c, s.start, s.end, "["+inner+",]"))
				v.add("structure", splice(c, s.start, s.end, "[,"+inner+"]"))
				v.add("structure", splice(c, s.start, s.end, "["+inner+",null]"))
				v.add("structure", splice(c, s.start, s.end, "[null,"+inner+"]"))
				v.add("structure", splice(c, s.start, s.end, "[["+inner+"]]"))
			}
			if s.kind == '{' && s.end-s.start > 2 {
				inner := string(c[s.start+1 : s.end-1])
				v.add("structure", splice(c, s.start, s.end, "{"+inner+",}"))
				v.add("structure", splice(c, s.start, s.end, "{,"+inner+"}"))
				v.add("structure", splice(c, s.start, s.end, "["+c2s(c[s.start:s.end])+"]"))
				v.add("structure", splice(c, s.start, s.end, "{"+inner+`,"zz":1}`))
				v.add("structure", splice(c, s.start, s.end, `{"zz":1,`+inner+"}"))
			}
		case 't', 'f':
			v.add("wrong-type", splice(c, s.start, s.end, strings.ToUpper(string(c[s.start:s.end]))))
			v.add("wrong-type", splice(c, s.start, s.end, `"`+string(c[s.start:s.end])+`"`))
			v.add("wrong-type", splice(c, s.start, s.end, string(c[s.start:s.end])+"e"))
		}
	}

	// Whitespace of every kind at every boundary between tokens.
	bounds := map[int]bool{0: true, len(c): true}
	for _, s := range sp {
		bounds[s.start], bounds[s.end] = true, true
		if s.name {
			bounds[s.end+1] = true // after the colon
		}
	}
	for i, b := range c {
		if b == ',' || b == ':' {
			bounds[i], bounds[i+1] = true, true
		}
	}
	at := make([]int, 0, len(bounds))
	for b := range bounds {
		at = append(at, b)
	}
	sort.Ints(at)
	for _, b := range at {
		for _, w := range whitespaces {
			v.add("whitespace", splice(c, b, b, w))
		}
	}
	for _, tr := range trailers {
		v.add("trailing", append(bytes.Clone(c), tr...))
		v.add("trailing", append([]byte(tr), c...))
	}
	v.add("trailing", append(bytes.Clone(c), c...))
	v.add("trailing", append(append(bytes.Clone(c), '\n'), c...))

	// Structure: separators removed, doubled and replaced.
	for i, b := range c {
		switch b {
		case ',', ':':
			v.add("structure", splice(c, i, i+1, ""))
			v.add("structure", splice(c, i, i+1, string([]byte{b, b})))
			v.add("structure", splice(c, i, i+1, ";"))
			v.add("structure", splice(c, i, i+1, "="))
		case '{', '}', '[', ']':
			v.add("structure", splice(c, i, i+1, ""))
			v.add("structure", splice(c, i, i+1, string([]byte{b, b})))
		case '"':
			v.add("structure", splice(c, i, i+1, "'"))
			v.add("structure", splice(c, i, i+1, ""))
		}
	}
	for _, whole := range []string{"", " ", "\n", "\r\n", "\xef\xbb\xbf", "{}", "[]", "null", "0", `""`, "true",
		"{", "}", "[", "{,}", `{"":}`, `{"":null}`, "[{}]", "\x00", "{}{}", "{} x"} {
		v.add("structure", []byte(whole))
	}

	// Truncated at every byte, and with a byte left out at every place.
	for n := range c {
		v.add("truncated", bytes.Clone(c[:n]))
		v.add("truncated", splice(c, n, n+1, ""))
	}
	return v
}

func c2s(b []byte) string { return string(b) }

func utf16Pair(r rune) (rune, rune) {
	r -= 0x10000
	return 0xd800 + (r>>10)&0x3ff, 0xdc00 + r&0x3ff
}

// caseVariants returns s with its case changed: the first letter, every
// letter up, every letter down, each letter swapped alone.
func caseVariants(s string) []string {
	seen := map[string]bool{s: true}
	var out []string
	add := func(a string) {
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	add(strings.ToUpper(s))
	add(strings.ToLower(s))
	rs := []rune(s)
	for i, r := range rs {
		sw := unicode.ToUpper(r)
		if unicode.IsUpper(r) {
			sw = unicode.ToLower(r)
		}
		if sw != r {
			alt := append([]rune(nil), rs...)
			alt[i] = sw
			add(string(alt))
		}
		if len(out) > 40 {
			break
		}
	}
	return out
}

// validDocs returns each valid testdata document of p, compacted.
func validDocs(t testing.TB, p stablehomes.PayloadType) [][]byte {
	docs, valid := testdataDocs(t, p)
	var out [][]byte
	for i, d := range docs {
		if !valid[i] {
			continue
		}
		var c bytes.Buffer
		if err := json.Compact(&c, d); err != nil {
			t.Fatal(err)
		}
		out = append(out, c.Bytes())
	}
	return out
}

// TestFastAdversarial runs every class of adversarial variant of every
// valid document of every payload type, and of each with every member it
// leaves out filled in, through both paths: by default the first of each
// (about 160,000 inputs), with -short the first filled-in one, with
// -adversarial.all every one.
func TestFastAdversarial(t *testing.T) {
	total, took := map[string]int{}, map[string]int{}
	ex := examples(t)
	for _, p := range registry.All() {
		t.Run(p.Package+"/"+p.Name, func(t *testing.T) {
			docs := validDocs(t, p)
			if len(docs) == 0 {
				t.Fatal("no valid testdata")
			}
			full := fullDocs(t, p, ex)
			if len(full) == 0 {
				t.Fatal("no document with every member")
			}
			switch {
			case *adversarialAll:
			case testing.Short():
				docs, full = nil, full[:1]
			default:
				docs, full = docs[:1], full[:1]
			}
			docs = append(docs, full...)
			failures := 0
			for _, c := range docs {
				for class, inputs := range adversarial(t, c) {
					for _, in := range inputs {
						total[class]++
						accepted, err := verdictsAgree(p, in)
						if accepted {
							took[class]++
						}
						if err != nil {
							failures++
							if failures <= 20 {
								t.Errorf("%s: %v\n%q", class, err, in)
							}
						}
					}
				}
			}
		})
	}
	classes := make([]string, 0, len(total))
	for c := range total {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	sum := 0
	for _, c := range classes {
		t.Logf("%-13s %7d inputs, %6d taken by the fast path", c, total[c], took[c])
		sum += total[c]
	}
	t.Logf("%-13s %7d inputs", "all", sum)
}

// TestFastRegressions holds the inputs of the review that are worth
// keeping on their own (each class's sharpest case) to both paths.
func TestFastRegressions(t *testing.T) {
	for _, p := range registry.All() {
		docs := validDocs(t, p)
		c := docs[0]
		sp := spans(t, c)
		var cases [][]byte
		for _, s := range sp {
			if s.name {
				cases = append(cases,
					splice(c, s.start+1, s.start+2, fmt.Sprintf(`\u%04x`, c[s.start+1])),
					splice(c, s.member, s.member, ","+`"`+fmt.Sprintf(`\u%04x`, c[s.start+1])+string(c[s.start+2:s.member])))
				continue
			}
			if s.kind == '"' {
				cases = append(cases,
					splice(c, s.start+1, s.start+1, `\/`),
					splice(c, s.start+1, s.start+1, `\ud83d\ude00`),
					splice(c, s.start+1, s.start+1, "\xc0\x80"),
					splice(c, s.start+1, s.start+1, "\u2028"))
			}
			if s.kind == '0' {
				cases = append(cases, splice(c, s.start, s.end, "-0"), splice(c, s.start, s.end, "1E2"),
					splice(c, s.start, s.end, "9007199254740993"), splice(c, s.start, s.end, "9223372036854775808"))
			}
		}
		cases = append(cases, append([]byte("\xef\xbb\xbf"), c...), append(bytes.Clone(c), "\r\n"...), append(bytes.Clone(c), 0))
		for _, in := range cases {
			if _, err := verdictsAgree(p, in); err != nil {
				t.Errorf("%s/%s: %v\n%q", p.Package, p.Name, err, in)
			}
		}
	}
}

// slowRead is strictjson.Read without the fast path.
func slowRead(data []byte, v any, max int64) error {
	if max <= 0 {
		max = strictjson.DefaultMaxBytes
	}
	if int64(len(data)) > max {
		return strictjson.TooLarge(max)
	}
	return strictjson.SlowOnly(data, v)
}

// padded returns c grown to exactly n bytes, by whitespace before its
// closing brace, or nil when c is longer.
func padded(c []byte, n int, pad byte) []byte {
	if len(c) > n {
		return nil
	}
	out := make([]byte, 0, n)
	out = append(out, c[:len(c)-1]...)
	out = append(out, bytes.Repeat([]byte{pad}, n-len(c))...)
	return append(out, c[len(c)-1])
}

// paddedString returns c grown to exactly n bytes by lengthening its
// first string value, or nil.
func paddedString(t testing.TB, c []byte, n int) []byte {
	for _, s := range spans(t, c) {
		if !s.name && s.kind == '"' && len(c) <= n {
			return splice(c, s.start+1, s.start+1, strings.Repeat("a", n-len(c)))
		}
	}
	return nil
}

// At, just below and just above the size limit, padded with whitespace or
// inside a string, read with the fast path and without, and as NDJSON
// records: the same verdicts. (With -short, padded with spaces only.)
func TestFastSizeLimit(t *testing.T) {
	limit := strictjson.DefaultMaxBytes
	for _, p := range registry.All() {
		c := validDocs(t, p)[0]
		typ := reflect.TypeOf(p.Prototype)
		var inputs [][]byte
		for _, n := range []int{limit - 1, limit, limit + 1} {
			pads := []byte{' ', '\t', '\n', '\r'}
			if testing.Short() {
				pads = pads[:1]
			}
			for _, pad := range pads {
				inputs = append(inputs, padded(c, n, pad))
			}
			inputs = append(inputs, paddedString(t, c, n))
			inputs = append(inputs, append(bytes.Clone(c), bytes.Repeat([]byte{' '}, max(0, n-len(c)))...))
		}
		for _, in := range inputs {
			if in == nil {
				continue
			}
			on, off := reflect.New(typ), reflect.New(typ)
			errOn := strictjson.Read(bytes.NewReader(in), on.Interface(), 0)
			errOff := slowRead(in, off.Interface(), 0)
			if err := sameError(errOn, errOff); err != nil {
				t.Errorf("%s/%s, %d bytes: %v", p.Package, p.Name, len(in), err)
			} else if errOn == nil && !reflect.DeepEqual(on.Elem().Interface(), off.Elem().Interface()) {
				t.Errorf("%s/%s, %d bytes: the values differ", p.Package, p.Name, len(in))
			}
			if len(in) <= limit {
				if _, err := verdictsAgree(p, in); err != nil {
					t.Errorf("%s/%s, %d bytes: %v", p.Package, p.Name, len(in), err)
				}
			}
		}
	}
}

// checks returns a Check-like function of p's type decoding with the fast
// path on (fast) or off, then validating, for the NDJSON comparison.
func checks(p stablehomes.PayloadType, fast bool) func([]byte) error {
	typ := reflect.TypeOf(p.Prototype)
	return func(b []byte) error {
		v := reflect.New(typ)
		var err error
		if fast {
			err = strictjson.Unmarshal(b, v.Interface())
		} else {
			err = strictjson.SlowOnly(b, v.Interface())
		}
		if err != nil {
			return err
		}
		if val, ok := v.Elem().Interface().(interface{ Validate() error }); ok {
			return val.Validate()
		}
		return nil
	}
}

// NDJSON records ended by \n, \r\n, \r\r\n, blank lines and whitespace
// lines between them, the last with no newline, records at the size
// limit: every record's verdict is the same with the fast path on and off.
func TestFastNDJSON(t *testing.T) {
	for _, p := range registry.All() {
		docs := validDocs(t, p)
		c := docs[0]
		var stream bytes.Buffer
		records := [][]byte{c, append([]byte("\r"), c...), append(bytes.Clone(c), '\r'), append([]byte(" \t"), c...),
			splice(c, 1, 1, "\r\n"), c[:len(c)-1], append(bytes.Clone(c), c...), []byte("\r"), []byte(" "), nil,
			append([]byte("\xef\xbb\xbf"), c...), padded(c, 4096, ' ')}
		records = append(records, docs...) // pretty-printed: their own lines split them
		for i, r := range records {
			stream.Write(r)
			stream.WriteString([]string{"\n", "\r\n", "\r\r\n", "\n\n", "\r\n\r\n"}[i%5])
		}
		stream.Write(c) // no final newline
		limit := 2048
		big := [][]byte{padded(c, limit, ' '), padded(c, limit+1, ' '), padded(c, limit-1, ' '), paddedString(t, c, limit), paddedString(t, c, limit+1)}
		for _, r := range big {
			if r != nil {
				stream.WriteString("\r\n")
				stream.Write(r)
			}
		}
		stream.WriteString("\r\n")
		type rec struct {
			line     int
			accepted bool
			err      error
		}
		run := func(fast bool) ([]rec, bulk.Totals) {
			var out []rec
			tot, err := bulk.Validate(context.Background(), bytes.NewReader(stream.Bytes()), bulk.NDJSON, checks(p, fast),
				bulk.Options{MaxRecordBytes: limit}, func(r bulk.Record) { out = append(out, rec{r.Line, r.Accepted, r.Err}) })
			if err != nil {
				t.Fatal(err)
			}
			return out, tot
		}
		on, totOn := run(true)
		off, totOff := run(false)
		if totOn != totOff || len(on) != len(off) {
			t.Errorf("%s/%s: totals differ: fast on %+v, slow only %+v", p.Package, p.Name, totOn, totOff)
			continue
		}
		for i := range on {
			if on[i].line != off[i].line || on[i].accepted != off[i].accepted {
				t.Errorf("%s/%s: record %d differs", p.Package, p.Name, i)
			} else if err := sameError(on[i].err, off[i].err); err != nil {
				t.Errorf("%s/%s: record at line %d: %v", p.Package, p.Name, on[i].line, err)
			}
		}
		if totOn.Accepted == 0 {
			t.Errorf("%s/%s: no record accepted: the stream does not test the fast path", p.Package, p.Name)
		}
	}
}

// examples harvests, from the valid documents of every payload type, one
// non-zero value of each Go type met (dates, authorities, codes, money),
// for fullDoc to fill members with.
func examples(t testing.TB) map[reflect.Type]reflect.Value {
	out := map[reflect.Type]reflect.Value{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		if v.IsZero() {
			return
		}
		if _, ok := out[v.Type()]; !ok {
			out[v.Type()] = v
		}
		switch v.Kind() {
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		}
	}
	for _, p := range registry.All() {
		for _, d := range validDocs(t, p) {
			v := reflect.New(reflect.TypeOf(p.Prototype))
			if err := strictjson.SlowOnly(d, v.Interface()); err == nil {
				walk(v.Elem())
			}
		}
	}
	return out
}

// fill sets every zero exported member of v (a settable value) to an
// example of its type, recursively: a slice gets one filled element, a
// bool true, a plain string or integer a made-up value.
func fill(v reflect.Value, ex map[reflect.Type]reflect.Value, depth int) {
	if depth > 6 {
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		if e, ok := ex[v.Type()]; ok && v.IsZero() && v.NumField() > 0 && !v.Type().Field(0).IsExported() {
			v.Set(e) // a value type with unexported state (Date, Money's kin)
			return
		}
		if v.Type().PkgPath() == "github.com/google/uuid" {
			return
		}
		if _, ok := reflect.PointerTo(v.Type()).MethodByName("UnmarshalText"); ok {
			if e, ok := ex[v.Type()]; ok && v.IsZero() {
				v.Set(e)
			}
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() && v.Type().Field(i).Tag.Get("json") != "-" {
				fill(v.Field(i), ex, depth+1)
			}
		}
		return
	case reflect.Array:
		if e, ok := ex[v.Type()]; ok && v.IsZero() {
			v.Set(e) // a UUID
		}
		return
	}
	if !v.IsZero() {
		if v.Kind() == reflect.Slice {
			for i := 0; i < v.Len(); i++ {
				fill(v.Index(i), ex, depth+1)
			}
		}
		return
	}
	if e, ok := ex[v.Type()]; ok {
		v.Set(e)
		if v.Kind() == reflect.Slice {
			v.Set(reflect.AppendSlice(reflect.MakeSlice(v.Type(), 0, v.Len()), e))
			for i := 0; i < v.Len(); i++ {
				fill(v.Index(i), ex, depth+1)
			}
		}
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(true)
	case reflect.String:
		v.SetString("x")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0), ex, depth+1)
	}
}

// fullDoc returns, for each valid document of p, the document with every
// member it leaves out filled in (not necessarily valid by p's rules, but
// of the shape the fast decoder reads), compact, when the fast decoder
// takes it: the variants of these reach every member of every type.
func fullDocs(t testing.TB, p stablehomes.PayloadType, ex map[reflect.Type]reflect.Value) [][]byte {
	var out [][]byte
	for _, d := range validDocs(t, p) {
		v := reflect.New(reflect.TypeOf(p.Prototype))
		if err := strictjson.SlowOnly(d, v.Interface()); err != nil {
			t.Fatal(err)
		}
		fill(v.Elem(), ex, 0)
		b, err := jsonv2.Marshal(v.Interface())
		if err != nil {
			t.Logf("%s/%s: a filled value does not marshal: %v", p.Package, p.Name, err)
			continue
		}
		if accepted, err := schematest.FastAgrees(p, b); err != nil {
			t.Error(err)
		} else if accepted {
			out = append(out, b)
		}
	}
	return out
}

// FuzzFastSplice holds the fast path on to the slow path alone (verdict,
// violations, value) on valid documents with one token, one value or one
// place between tokens replaced by fuzzed bytes: the document around the
// change stays valid, so the fast decoder is reached far more often than by
// changing arbitrary bytes (FuzzFastDecoder). typ picks the payload type,
// doc one of its documents (valid, or with every member filled in), at the
// span, how whether in changes the span, goes before it, or goes inside a
// string (after its opening quote).
func FuzzFastSplice(f *testing.F) {
	types := registry.All()
	ex := examples(f)
	docs := make([][][]byte, len(types))
	for i, p := range types {
		docs[i] = append(validDocs(f, p), fullDocs(f, p, ex)...)
	}
	for i := range types {
		for _, ins := range []string{`\u0041`, `\/`, `\ud83d\ude00`, "\xc0\x80", "-0", "1E2", "9007199254740993", " ", "\r\n", "null", `"x"`, "{}", "[]", "\xef\xbb\xbf"} {
			f.Add(uint8(i), uint8(i), uint16(3*i+1), uint8(i%3), []byte(ins))
		}
	}
	f.Fuzz(func(t *testing.T, typ, doc uint8, at uint16, how uint8, in []byte) {
		p := types[int(typ)%len(types)]
		ds := docs[int(typ)%len(types)]
		c := ds[int(doc)%len(ds)]
		sp := spans(t, c)
		s := sp[int(at)%len(sp)]
		var data []byte
		switch how % 3 {
		case 0:
			data = splice(c, s.start, s.end, string(in))
		case 1:
			data = splice(c, s.start, s.start, string(in))
		default:
			data = splice(c, s.start+1, s.start+1, string(in))
		}
		if _, err := verdictsAgree(p, data); err != nil {
			t.Fatalf("%s/%s: %v\n%q", p.Package, p.Name, err, data)
		}
	})
}

// Decoding into a value that already holds a document (every member filled
// in) gives what decoding into a zero value gives, fast path on or off: the
// fast decoders append array elements, and the JSON package merges objects
// into what is there, so both start from the zero value. (Found by this
// review: before, the fast path kept the old elements and the slow path
// the old members the new document leaves out.)
func TestFastIntoNonZero(t *testing.T) {
	ex := examples(t)
	for _, p := range registry.All() {
		typ := reflect.TypeOf(p.Prototype)
		full := fullDocs(t, p, ex)
		for _, small := range append(validDocs(t, p), full...) {
			fresh := reflect.New(typ)
			errFresh := strictjson.SlowOnly(small, fresh.Interface())
			for _, fast := range []bool{true, false} {
				v := reflect.New(typ)
				if err := strictjson.SlowOnly(full[0], v.Interface()); err != nil {
					t.Fatal(err)
				}
				var err error
				if fast {
					err = strictjson.Unmarshal(small, v.Interface())
				} else {
					err = strictjson.SlowOnly(small, v.Interface())
				}
				if e := sameError(err, errFresh); e != nil {
					t.Errorf("%s/%s, fast path %v: %v", p.Package, p.Name, fast, e)
				} else if !reflect.DeepEqual(v.Elem().Interface(), fresh.Elem().Interface()) {
					t.Errorf("%s/%s, fast path %v: decoding into a filled value keeps some of it:\n%s", p.Package, p.Name, fast, small)
				}
			}
		}
	}
}

// The slow path picks its option set by whether the input contains "null"
// anywhere (checking every value for null costs a third of the decoding
// time): the same refused document, with four letters of a free-text
// string overwritten by "null" (same length, so byte offsets in messages
// do not move), is refused with the same violations.
func TestSlowOptionSetsAgree(t *testing.T) {
	freeText := []string{"childId", "name", "wording", "method", "note", "text", "childRef", "domain", "document", "programme"}
	ex := examples(t)
	pairs := 0
	for _, p := range registry.All() {
		typ := reflect.TypeOf(p.Prototype)
		for class, inputs := range adversarial(t, fullDocs(t, p, ex)[0]) {
			for _, in := range inputs {
				if bytes.Contains(in, []byte("null")) {
					continue
				}
				at := -1
				for _, name := range freeText {
					i := bytes.Index(in, []byte(`"`+name+`":"`))
					if i < 0 {
						continue
					}
					j := i + len(name) + 4
					k := j
					for k < len(in) && (in[k] >= 'A' && in[k] <= 'Z' || in[k] >= 'a' && in[k] <= 'z' || in[k] >= '0' && in[k] <= '9' || in[k] == ' ' || in[k] == '-') {
						k++
					}
					if k-j >= 4 {
						at = j
						break
					}
				}
				if at < 0 {
					continue
				}
				alt := bytes.Clone(in)
				copy(alt[at:], "null")
				errIn := strictjson.SlowOnly(in, reflect.New(typ).Interface())
				errAlt := strictjson.SlowOnly(alt, reflect.New(typ).Interface())
				if errIn == nil || errAlt == nil {
					continue
				}
				pairs++
				if err := sameError(errIn, errAlt); err != nil {
					t.Errorf("%s/%s %s: %v\n%q", p.Package, p.Name, class, err, in)
				}
			}
		}
	}
	if pairs < 1000 {
		t.Errorf("only %d refused documents compared", pairs)
	}
}

// Check reuses the values it decodes into (a pool per type) and the fast
// decoders write into them before they give up: concurrent calls on a mix
// of documents the fast path takes and refuses give each document the
// answer it gets alone. (Run with -race.)
func TestFastCheckConcurrent(t *testing.T) {
	ex := examples(t)
	for _, p := range registry.All() {
		var inputs [][]byte
		for class, in := range adversarial(t, fullDocs(t, p, ex)[0]) {
			if class == "long-string" {
				continue
			}
			for i := 0; i < len(in); i += 1 + len(in)/40 {
				inputs = append(inputs, in[i])
			}
		}
		want := make([]error, len(inputs))
		for i, in := range inputs {
			want[i] = p.Check(in)
		}
		const workers = 4
		errs := make(chan error, workers)
		for w := 0; w < workers; w++ {
			go func(w int) {
				for k := range inputs {
					i := (k*7 + w*13) % len(inputs)
					if err := sameError(p.Check(inputs[i]), want[i]); err != nil {
						errs <- fmt.Errorf("%s/%s: %v\n%q", p.Package, p.Name, err, inputs[i])
						return
					}
				}
				errs <- nil
			}(w)
		}
		for w := 0; w < workers; w++ {
			if err := <-errs; err != nil {
				t.Error(err)
			}
		}
	}
}
