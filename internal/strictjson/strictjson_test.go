package strictjson_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/strictjson"
)

type record struct {
	ID     uuid.UUID         `json:"id"`
	Name   string            `json:"name"`
	Age    int               `json:"age,omitempty"`
	Start  stablehomes.Date  `json:"start,omitzero"`
	Amount stablehomes.Money `json:"amount,omitempty"`
	Tags   []string          `json:"tags,omitempty"`
}

const id = "0b6f3f5e-3c1a-4e8e-9a55-6a5d6f1f0a01"

func TestStrict(t *testing.T) {
	cases := []struct {
		in, code, path string
	}{
		{`{"id":"` + id + `","name":"Ann"}`, "", ""},
		{`{"id":"` + id + `","name":"Ann","Name":"Bob"}`, strictjson.CodeUnknown, ""},
		{`{"id":"` + id + `","name":"Ann","name":"Bob"}`, strictjson.CodeDuplicate, "/name"},
		{`{"id":"` + id + `","name":"Ann","extra":1}`, strictjson.CodeUnknown, ""},
		{`{"id":"` + id + `","name":null}`, strictjson.CodeNull, "/name"},
		{`{"id":"` + id + `","name":5}`, strictjson.CodeType, "/name"},
		{`{"id":"` + id + `","name":"A","age":"5"}`, strictjson.CodeType, "/age"},
		{`{"id":"` + id + `","name":"A","start":"2023-02-29"}`, strictjson.CodeValue, "/start"},
		{`{"id":"` + id + `","name":"A","amount":1.5}`, strictjson.CodeValue, "/amount"},
		{`{"id":"` + strings.ToUpper(id) + `","name":"A"}`, strictjson.CodeValue, "/id"},
		{`{"id":"urn:uuid:` + id + `","name":"A"}`, strictjson.CodeValue, "/id"},
		{`{"id":"{` + id + `}","name":"A"}`, strictjson.CodeValue, "/id"},
		{`{"id":"` + id + `","name":"A"`, strictjson.CodeSyntax, ""},
		{`{"id":"` + id + `","name":"A"} {}`, strictjson.CodeTrailing, ""},
		{`   `, strictjson.CodeEmpty, ""},
		{`[]`, strictjson.CodeType, ""},
		{`{"id":"` + id + `","name":"A","tags":[null]}`, strictjson.CodeNull, "/tags/0"},
	}
	for _, c := range cases {
		var r record
		err := strictjson.Unmarshal([]byte(c.in), &r)
		if c.code == "" {
			if err != nil {
				t.Errorf("%s: %v", c.in, err)
			}
			continue
		}
		var vs stablehomes.Violations
		if !errors.As(err, &vs) || len(vs) != 1 || vs[0].Code != c.code || vs[0].Path != c.path {
			t.Errorf("%s: got %v, want %s at %q", c.in, err, c.code, c.path)
			continue
		}
		if vs[0].Rule.ID != strictjson.RuleFor(c.code).ID || !errors.Is(err, stablehomes.ErrInvalid) {
			t.Errorf("%s: violation does not carry the strict-json rule", c.in)
		}
	}
}

// Values from the input are never quoted in messages: they may be a
// child's name or date of birth.
func TestNoValuesInMessages(t *testing.T) {
	for _, in := range []string{
		`{"id":"` + id + `","name":"Jane Doe","age":"Jane Doe"}`,
		`{"id":"` + id + `","name":"A","start":"2031-02-30"}`,
		`{"id":"` + id + `","name":"A","age":123456789012345678901234567890}`,
		`{"id":"` + id + `","name":"A","start":20310230}`,
	} {
		var r record
		err := strictjson.Unmarshal([]byte(in), &r)
		if err == nil {
			t.Fatalf("%s accepted", in)
		}
		for _, marker := range []string{"Jane", "2031", "123456789"} {
			if strings.Contains(err.Error(), marker) {
				t.Errorf("message quotes input %q: %v", marker, err)
			}
		}
	}
}

func TestRead(t *testing.T) {
	var r record
	big := `{"id":"` + id + `","name":"` + strings.Repeat("x", 2000) + `"}`
	err := strictjson.Read(strings.NewReader(big), &r, 1000)
	var vs stablehomes.Violations
	if !errors.As(err, &vs) || vs[0].Code != strictjson.CodeTooLarge {
		t.Errorf("oversized: %v", err)
	}
	if err := strictjson.Read(strings.NewReader(big), &r, 0); err != nil {
		t.Errorf("default limit: %v", err)
	}
}

func FuzzUnmarshal(f *testing.F) {
	f.Add([]byte(`{"id":"` + id + `","name":"Ann","age":3,"start":"2024-01-01","amount":5,"tags":["a"]}`))
	f.Add([]byte(`{"name":null}`))
	f.Add([]byte(`{"id":"` + id + `","id":"x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r record
		err := strictjson.Unmarshal(data, &r)
		if err == nil {
			return
		}
		var vs stablehomes.Violations
		if !errors.As(err, &vs) || len(vs) == 0 {
			t.Fatalf("input error is not Violations: %v", err)
		}
	})
}

// Each code cites what it breaks: RFC 8259's grammar for syntax, its
// encoding sections for invalid text, its section 4 for repeated names,
// the schema for shape, the library's documented limit for size.
func TestEachCodeCitesWhatItBreaks(t *testing.T) {
	cases := []struct {
		in, code, cite string
	}{
		{`{"id":`, strictjson.CodeSyntax, "rfc8259#section-2"},
		{`{"id":"` + id + `","name":"A"} x`, strictjson.CodeTrailing, "rfc8259#section-2"},
		{` `, strictjson.CodeEmpty, "rfc8259#section-2"},
		{`{"id":"` + id + `","name":"A` + "\xff" + `"}`, strictjson.CodeEncoding, "rfc8259#section-8"},
		{`{"id":"` + id + `","name":"\ud800"}`, strictjson.CodeEncoding, "rfc8259#section-8"},
		{`{"id":"` + id + `","name":"A","name":"B"}`, strictjson.CodeDuplicate, "rfc8259#section-4"},
		{`{"id":"` + id + `","name":"A","x":1}`, strictjson.CodeUnknown, "schemas/v1"},
		{`{"id":"` + id + `","name":5}`, strictjson.CodeType, "schemas/v1"},
		{`{"id":"` + id + `","name":null}`, strictjson.CodeNull, "schemas/v1"},
		{`{"id":"` + id + `","name":"A","start":"2023-02-29"}`, strictjson.CodeValue, "schemas/v1"},
	}
	for _, c := range cases {
		var r record
		err := strictjson.Unmarshal([]byte(c.in), &r)
		var vs stablehomes.Violations
		if !errors.As(err, &vs) || vs[0].Code != c.code {
			t.Errorf("%q: got %v, want %s", c.in, err, c.code)
			continue
		}
		if !strings.Contains(vs[0].Rule.Source.URL, c.cite) || strings.Contains(vs[0].Rule.Source.String(), "section 4") != (c.code == strictjson.CodeDuplicate) {
			t.Errorf("%s cites %s", c.code, vs[0].Rule.Source)
		}
	}
	err := strictjson.TooLarge(10)
	var vs stablehomes.Violations
	if !errors.As(err, &vs) || vs[0].Rule.ID != strictjson.RuleSizeLimit.ID || !strings.Contains(vs[0].Rule.Source.Document, "README.md") {
		t.Errorf("too large cites %v", vs[0].Rule.Source)
	}
}
