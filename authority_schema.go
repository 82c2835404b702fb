//go:build schemagen

package stablehomes

import "github.com/invopop/jsonschema"

// JSONSchema lists every code an authority may be written with: each GSS
// code and each DfE code, as an enum (one lookup for a validator; a oneOf
// of 321 consts made ajv 24x slower), with the authority's name and kind in
// the annotations x-enum-titles and x-enum-descriptions.
func (LocalAuthority) JSONSchema() *jsonschema.Schema {
	s := &jsonschema.Schema{
		Type:        "string",
		Title:       "Local authority",
		Description: "An English local authority with children's services, by ONS GSS code (E09000018) or DfE three-digit code (313).",
	}
	seen := map[string]bool{}
	titles, descs := map[string]string{}, map[string]string{}
	for _, la := range authorities().all {
		for _, c := range []string{la.GSSCode, la.DfECode} {
			if seen[c] {
				continue
			}
			seen[c] = true
			desc := la.Type + ", " + la.Region.Name()
			if !la.Ended.IsZero() {
				desc += "; ended " + la.Ended.String()
			}
			s.Enum = append(s.Enum, c)
			titles[c], descs[c] = la.Name, desc
		}
	}
	s.Extras = map[string]any{"x-enum-titles": titles, "x-enum-descriptions": descs}
	return s
}
