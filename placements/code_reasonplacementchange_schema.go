//go:build schemagen

package placements

import "github.com/invopop/jsonschema"

// JSONSchema lists the codes.
func (c ReasonPlacementChange) JSONSchema() *jsonschema.Schema {
	return reasonPlacementChangeList.Schema("ReasonPlacementChange", "SSDA903 reason for placement change code (REASON_PLACE_CHANGE)")
}
