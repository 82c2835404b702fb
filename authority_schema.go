//go:build schemagen

package stablehomes

import "github.com/invopop/jsonschema"

// JSONSchema lists every code an authority may be written with: each GSS
// code and each DfE code, titled with the authority's name.
func (LocalAuthority) JSONSchema() *jsonschema.Schema {
	s := &jsonschema.Schema{
		Type:        "string",
		Title:       "Local authority",
		Description: "An English local authority with children's services, by ONS GSS code (E09000018) or DfE three-digit code (313).",
	}
	seen := map[string]bool{}
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
			s.OneOf = append(s.OneOf, &jsonschema.Schema{Const: c, Title: la.Name, Description: desc})
		}
	}
	return s
}
