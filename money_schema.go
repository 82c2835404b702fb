//go:build schemagen

package stablehomes

import (
	"encoding/json"
	"strconv"

	"github.com/invopop/jsonschema"
)

// JSONSchema describes Money as an integer number of pence.
func (Money) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:        "integer",
		Minimum:     jsonNumber(-int64(MaxJSONMoney)),
		Maximum:     jsonNumber(int64(MaxJSONMoney)),
		Title:       "Money",
		Description: "An amount of money in pence, as an integer (19400 is £194.00).",
	}
}

func jsonNumber(v int64) json.Number { return json.Number(strconv.FormatInt(v, 10)) }
