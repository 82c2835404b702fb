//go:build schemagen

package carers

import "github.com/invopop/jsonschema"

// JSONSchema lists the three regions.
func (AllowanceArea) JSONSchema() *jsonschema.Schema {
	return areas.Schema("NMA allowance area", "The area the National Minimum Allowance is set for: London, South East or Rest of England.")
}
