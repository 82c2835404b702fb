//go:build schemagen

package placements

import "github.com/invopop/jsonschema"

// JSONSchema describes a postcode.
func (Postcode) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: PostcodePattern, MaxLength: uint64Ptr(8), Title: "UK postcode", Description: "A UK postcode, e.g. TW3 1ES (shape only)."}
}

func uint64Ptr(n uint64) *uint64 { return &n }
