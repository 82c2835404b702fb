//go:build schemagen

package stablehomes

import "github.com/invopop/jsonschema"

// JSONSchema describes a financial year as a string such as "2025-26".
func (FinancialYear) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:        "string",
		Pattern:     YearPattern,
		Title:       "Financial year",
		Description: "A financial year, 1 April to 31 March, written 2025-26.",
	}
}

// JSONSchema describes a tax year as a string such as "2025-26".
func (TaxYear) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:        "string",
		Pattern:     YearPattern,
		Title:       "Tax year",
		Description: "A UK tax year, 6 April to 5 April, written 2025-26.",
	}
}
