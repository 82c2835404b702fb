//go:build schemagen

package stablehomes

import "github.com/invopop/jsonschema"

// JSONSchema lists the nine region codes as an enum, with their names in
// the annotation x-enum-titles (the form every code list takes: see
// internal/codelist.EnumSchema).
func (Region) JSONSchema() *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "string", Title: "English region", Description: "One of the nine English regions, by ONS code."}
	titles := map[string]string{}
	for _, n := range regionNames {
		s.Enum = append(s.Enum, string(n.r))
		titles[string(n.r)] = n.name
	}
	s.Extras = map[string]any{"x-enum-titles": titles}
	return s
}
