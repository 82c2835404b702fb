//go:build schemagen

package missions

import (
	"encoding/json"

	"github.com/invopop/jsonschema"
)

// JSONSchema describes a Value: a number whose value has at most two
// decimals (multipleOf 0.01, which a validator must read exactly, as
// santhosh-tekuri/jsonschema does and ajv does with multipleOfPrecision),
// within ±10^15 as UnmarshalJSON checks.
func (Value) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:        "number",
		MultipleOf:  json.Number("0.01"),
		Minimum:     json.Number("-1000000000000000"),
		Maximum:     json.Number("1000000000000000"),
		Description: "A figure with at most two decimals, as published.",
	}
}
