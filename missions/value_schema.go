//go:build schemagen

package missions

import "github.com/invopop/jsonschema"

// JSONSchema describes a Value.
func (Value) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "number", Description: "A figure with at most two decimals, as published."}
}
