//go:build schemagen

package workforce

import "github.com/invopop/jsonschema"

// JSONSchemaExtend adds what the generated schema cannot say from the
// field types alone: the rate charged is at least one penny.
func (AgencyEngagement) JSONSchemaExtend(s *jsonschema.Schema) {
	if rate, ok := s.Properties.Get("rate"); ok {
		rate.Type = "integer" // ajv's strict mode wants the type beside minimum
		rate.Minimum = "1"
	}
}
