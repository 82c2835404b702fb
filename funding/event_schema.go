//go:build schemagen

package funding

import "github.com/invopop/jsonschema"

// JSONSchema lists the kinds.
func (Kind) JSONSchema() *jsonschema.Schema {
	return kinds.Schema("Ledger event kind", "What a ledger event does.")
}
