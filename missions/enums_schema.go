//go:build schemagen

package missions

import "github.com/invopop/jsonschema"

func enumSchema(title string, values ...string) *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "string", Title: title}
	for _, v := range values {
		s.Enum = append(s.Enum, v)
	}
	return s
}

// JSONSchema lists the units.
func (Unit) JSONSchema() *jsonschema.Schema {
	return enumSchema("Unit of an indicator's value", string(Percent), string(RatePer10000), string(Count), string(Months), string(PoundsPerChild))
}

// JSONSchema lists the directions.
func (Direction) JSONSchema() *jsonschema.Schema {
	return enumSchema("Which way is better", string(HigherIsBetter), string(LowerIsBetter), string(Unconfirmed))
}

// JSONSchema lists the trends.
func (Trend) JSONSchema() *jsonschema.Schema {
	return enumSchema("Which way the indicator is moving", string(Improving), string(Worsening), string(Unchanged), string(NoVerdict))
}
