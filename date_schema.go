//go:build schemagen

package stablehomes

import "github.com/invopop/jsonschema"

// JSONSchema describes a date as JSON Schema: a string in date format.
func (Date) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:        "string",
		Format:      "date",
		Title:       "Date",
		Description: "A calendar date written YYYY-MM-DD, with no time or zone.",
	}
}
