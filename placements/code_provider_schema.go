//go:build schemagen

package placements

import "github.com/invopop/jsonschema"

// JSONSchema lists the codes.
func (c Provider) JSONSchema() *jsonschema.Schema {
	return providerList.Schema("Provider", "SSDA903 placement provider code (PLACE_PROVIDER)")
}
