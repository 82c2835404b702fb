//go:build schemagen

package placements

import "github.com/invopop/jsonschema"

// JSONSchema lists the four places in the s22C order.
func (Preference) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "integer", Title: "s22C preference", Description: "A candidate's place in the Children Act 1989 s22C order of preference.",
		OneOf: []*jsonschema.Schema{
			{Const: 1, Title: "Parent or person with parental responsibility", Description: "s22C(2)-(4)"},
			{Const: 2, Title: "Connected person who is a local authority foster parent", Description: "s22C(7)(a)"},
			{Const: 3, Title: "Other local authority foster parent", Description: "s22C(6)(a)-(b)"},
			{Const: 4, Title: "Other placement (children's home among them)", Description: "s22C(6)(c)-(d)"},
		}}
}
