//go:build schemagen

package placements

import "github.com/invopop/jsonschema"

// JSONSchema describes a distance as the string the return writes.
func (Distance) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: DistancePattern, MaxLength: uint64Ptr(5), Title: "Distance from home in miles",
		Description: "Straight-line distance from the child's home in miles with at most one decimal, 0.0 to 999.9, as SSDA903 PL_DISTANCE (e.g. \"12.3\"). Leave out when not known.",
		Examples:    []any{"12.3"}}
}
