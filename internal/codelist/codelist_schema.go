//go:build schemagen

package codelist

import (
	"strings"

	"github.com/invopop/jsonschema"
)

// Schema returns a JSON Schema for a string holding one of the codes: an
// enum, which validators check with one lookup (a oneOf of consts costs
// one subschema per code: ajv 24x and santhosh 10x slower on the 321
// authorities), with each code's title and description kept as the
// annotations x-enum-titles and x-enum-descriptions (code -> text), which
// validators ignore and documentation tools can show.
func (l *List) Schema(title, description string) *jsonschema.Schema {
	codes := make([]string, 0, len(l.entries))
	titles := map[string]string{}
	descs := map[string]string{}
	for _, e := range l.entries {
		desc := e.Description
		if e.From.IsZero() && !e.To.IsZero() {
			desc = join(desc, "Valid up to "+e.To.String()+".")
		} else if !e.From.IsZero() && e.To.IsZero() {
			desc = join(desc, "Valid from "+e.From.String()+".")
		} else if !e.From.IsZero() {
			desc = join(desc, "Valid from "+e.From.String()+" to "+e.To.String()+".")
		}
		if e.Unconfirmed != "" {
			desc = join(desc, "Wording unconfirmed: "+e.Unconfirmed)
		}
		codes = append(codes, e.Code)
		titles[e.Code] = e.Title
		if desc != "" {
			descs[e.Code] = desc
		}
	}
	return EnumSchema("string", title, description, codes, titles, descs)
}

// EnumSchema is the one form of every code list in the schemas: type, an
// enum of the values in order, and the annotations x-enum-titles and
// x-enum-descriptions keyed by the value's JSON text (omitted when empty).
func EnumSchema[V comparable](typ, title, description string, values []V, titles, descs map[string]string) *jsonschema.Schema {
	s := &jsonschema.Schema{Type: typ, Title: title, Description: description}
	for _, v := range values {
		s.Enum = append(s.Enum, v)
	}
	if len(titles) > 0 || len(descs) > 0 {
		s.Extras = map[string]any{}
	}
	if len(titles) > 0 {
		s.Extras[TitlesKeyword] = titles
	}
	if len(descs) > 0 {
		s.Extras[DescriptionsKeyword] = descs
	}
	return s
}

// The annotation keywords carrying each enum value's title and
// description. A validator in strict mode (ajv) must be told they are
// annotations: ajv.addKeyword("x-enum-titles").
const (
	TitlesKeyword       = "x-enum-titles"
	DescriptionsKeyword = "x-enum-descriptions"
)

func join(a, b string) string {
	a = strings.TrimSpace(a)
	if a == "" {
		return b
	}
	return a + " " + b
}
