//go:build schemagen

package schemagen_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/schemagen"
	"github.com/stablehomes/stablehomes/internal/schematest"
	"github.com/stablehomes/stablehomes/internal/strictjson"
)

// sample is a payload used to test the generator.
type sample struct {
	// ID identifies the sample.
	ID     uuid.UUID                  `json:"id"`
	Start  stablehomes.Date           `json:"start"`
	End    stablehomes.Date           `json:"end,omitzero"`
	Amount stablehomes.Money          `json:"amount"`
	LA     stablehomes.LocalAuthority `json:"la"`
	Year   stablehomes.FinancialYear  `json:"year"`
	Notes  []string                   `json:"notes,omitempty"`
}

var sampleType = stablehomes.PayloadType{Package: "test", Name: "sample", Prototype: sample{},
	Check: func(b []byte) error { var s sample; return strictjson.Unmarshal(b, &s) }}

func generate(t *testing.T) []byte {
	t.Helper()
	m, err := schemagen.Generate([]stablehomes.PayloadType{sampleType})
	if err != nil {
		t.Fatal(err)
	}
	return m["sample.json"]
}

func TestGenerate(t *testing.T) {
	a, b := generate(t), generate(t)
	if !bytes.Equal(a, b) {
		t.Fatal("generation is not deterministic")
	}
	var s struct {
		Schema     string                     `json:"$schema"`
		ID         string                     `json:"$id"`
		Required   []string                   `json:"required"`
		Additional *bool                      `json:"additionalProperties"`
		Properties map[string]json.RawMessage `json:"properties"`
		Defs       map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(a, &s); err != nil {
		t.Fatal(err)
	}
	if s.Schema != "https://json-schema.org/draft/2020-12/schema" || s.ID != "https://stablehomes.github.io/schemas/v1/test/sample.json" {
		t.Errorf("$schema %q, $id %q", s.Schema, s.ID)
	}
	if got, _ := json.Marshal(s.Required); string(got) != `["id","start","amount","la","year"]` {
		t.Errorf("required = %s", got)
	}
	if s.Additional == nil || *s.Additional {
		t.Error("additionalProperties must be false")
	}
	if !bytes.Contains(s.Properties["id"], []byte(`"format": "uuid"`)) || bytes.Contains(s.Properties["id"], []byte("items")) {
		t.Errorf("uuid not mapped to a string: %s", s.Properties["id"])
	}
	if !bytes.Contains(s.Defs["stablehomes.Date"], []byte(`"format": "date"`)) {
		t.Errorf("Date schema: %s", s.Defs["stablehomes.Date"])
	}
	if !bytes.Contains(s.Defs["stablehomes.LocalAuthority"], []byte(`"E09000018"`)) || !bytes.Contains(s.Defs["stablehomes.LocalAuthority"], []byte(`"enum"`)) {
		t.Error("authority codes missing from the schema")
	}
}

// The generated schema and the strict decoder agree on these payloads.
func TestSchemaAndDecoderAgree(t *testing.T) {
	schema := generate(t)
	p := sampleType
	p.Schema = schema
	s := schematest.Compile(t, []stablehomes.PayloadType{p})["sample"]
	const id = "0b6f3f5e-3c1a-4e8e-9a55-6a5d6f1f0a01"
	cases := map[string]bool{
		`{"id":"` + id + `","start":"2024-01-01","amount":5,"la":"313","year":"2024-25"}`:                     true,
		`{"id":"` + id + `","start":"2024-01-01","amount":5,"la":"E09000018","year":"2024-25","notes":["a"]}`: true,
		`{"id":"` + id + `","start":"2023-02-29","amount":5,"la":"313","year":"2024-25"}`:                     false,
		`{"id":"` + id + `","start":"2024-01-01","amount":5.5,"la":"313","year":"2024-25"}`:                   false,
		`{"id":"` + id + `","start":"2024-01-01","amount":5,"la":"999","year":"2024-25"}`:                     false,
		`{"id":"` + id + `","start":"2024-01-01","amount":5,"la":"313","year":"2024-25","x":1}`:               false,
		`{"id":"` + id + `","start":"2024-01-01","amount":5,"la":"313","year":"2024-25","end":null}`:          false,
		`{"id":"` + id + `","start":"2024-01-01","amount":5,"la":"313","year":"2024-25","notes":[1]}`:         false,
		`{"id":"URN:` + id + `","start":"2024-01-01","amount":5,"la":"313","year":"2024-25"}`:                 false,
	}
	for in, want := range cases {
		if got := schematest.SchemaAccepts(s, []byte(in)); got != want {
			t.Errorf("schema accepts %s = %v, want %v", in, got, want)
		}
		if got := p.Check([]byte(in)) == nil; got != want {
			t.Errorf("decoder accepts %s = %v, want %v", in, got, want)
		}
	}
}
