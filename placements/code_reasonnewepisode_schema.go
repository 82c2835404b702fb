//go:build schemagen

package placements

import "github.com/invopop/jsonschema"

// JSONSchema lists the codes.
func (c ReasonNewEpisode) JSONSchema() *jsonschema.Schema {
	return reasonNewEpisodeList.Schema("ReasonNewEpisode", "SSDA903 reason for new episode code (RNE)")
}
