//go:build schemagen

package carers

import "github.com/invopop/jsonschema"

// JSONSchema lists the kinds.
func (Kind) JSONSchema() *jsonschema.Schema {
	return kinds.Schema("Carer kind", "The kind of carer, by a stable code.")
}
