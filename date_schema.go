//go:build schemagen

package stablehomes

import "github.com/invopop/jsonschema"

// dateSchemaPattern is DatePattern without the year 0000, which ParseDate
// refuses (years 1 to 9999) and "format": "date" admits (RFC 3339's
// full-date, as ajv-formats and santhosh-tekuri read it, takes any four
// digits). The format checks the month and the day in the month, 29
// February in leap years only, as ParseDate does. The pattern is in the
// subset of syntax Go's regexp and JavaScript's u mode share: no lookahead.
const dateSchemaPattern = `^(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})-[0-9]{2}-[0-9]{2}$`

// JSONSchema describes a date as JSON Schema: a string in date format,
// in the years 0001 to 9999.
func (Date) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:        "string",
		Format:      "date",
		Pattern:     dateSchemaPattern,
		Title:       "Date",
		Description: "A calendar date written YYYY-MM-DD, with no time or zone, in the years 0001 to 9999.",
	}
}
