//go:build schemagen

package placements

import "github.com/invopop/jsonschema"

// JSONSchema lists the codes.
func (c Type) JSONSchema() *jsonschema.Schema {
	return typeList.Schema("Type", "SSDA903 placement type code (PLACE)")
}
