//go:build schemagen

package workforce

import "github.com/invopop/jsonschema"

// JSONSchema gives the pattern.
func (RegistrationNumber) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:        "string",
		Title:       "Social Work England registration number",
		Description: `"SW" then 1 to 6 digits, the first not 0 (e.g. SW123456); letters in either case.`,
		Pattern:     RegistrationNumberPattern,
	}
}
