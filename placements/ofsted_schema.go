//go:build schemagen

package placements

import "github.com/invopop/jsonschema"

// JSONSchema describes a URN.
func (URN) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: URNPattern, Title: "Ofsted unique reference number",
		Description: "The Ofsted URN of a registered setting (for foster care, of the fostering service), e.g. SC123456; XXXXXXX for a regional adoption agency without one."}
}
