//go:build schemagen

package placements

import "github.com/invopop/jsonschema"

// JSONSchema lists the codes.
func (c LegalStatus) JSONSchema() *jsonschema.Schema {
	return legalStatusList.Schema("LegalStatus", "SSDA903 legal status code (LS)")
}
