//go:build schemagen

package placements

import "github.com/invopop/jsonschema"

// JSONSchema lists the codes.
func (c ReasonEpisodeCeased) JSONSchema() *jsonschema.Schema {
	return reasonEpisodeCeasedList.Schema("ReasonEpisodeCeased", "SSDA903 reason episode ceased code (REC)")
}
