//go:build schemagen

package codelist

import (
	"strings"

	"github.com/invopop/jsonschema"
)

// Schema returns a JSON Schema for a string holding one of the codes:
// oneOf a const per code, each with its title and description, so that
// vendors' validators and documentation show what each code means.
func (l *List) Schema(title, description string) *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "string", Title: title, Description: description}
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
		s.OneOf = append(s.OneOf, &jsonschema.Schema{Const: e.Code, Title: e.Title, Description: desc})
	}
	return s
}

func join(a, b string) string {
	a = strings.TrimSpace(a)
	if a == "" {
		return b
	}
	return a + " " + b
}
