//go:build schemagen

package stablehomes

import "github.com/invopop/jsonschema"

// JSONSchema lists the nine region codes with their names.
func (Region) JSONSchema() *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "string", Title: "English region", Description: "One of the nine English regions, by ONS code."}
	for _, n := range regionNames {
		s.OneOf = append(s.OneOf, &jsonschema.Schema{Const: string(n.r), Title: n.name})
	}
	return s
}
