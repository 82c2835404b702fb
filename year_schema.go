//go:build schemagen

package stablehomes

import (
	"fmt"
	"strings"

	"github.com/invopop/jsonschema"
)

// yearSchemaPattern is the pattern of a FinancialYear or TaxYear in the
// schemas: exactly what ParseFinancialYear and ParseTaxYear accept, the
// years 0001-02 to 9998-99 whose second part is the year after the first
// (2024-26 and 2024-24 are refused, 1999-00 is 1999 to 2000). The last two
// digits of the second year depend only on the last two of the first, so
// the rule is a finite list: one alternative per pair 01-02 to 98-99 in
// any century, and 00-01 and 99-00 outside the years 0000 and 9999. An
// enum of every year would hold 9,998 strings in every schema; the
// pattern is plain alternation, in the subset of syntax Go's regexp and
// JavaScript's u mode share. YearPattern, the shape alone, is kept for
// callers.
func yearSchemaPattern() string {
	var b strings.Builder
	b.WriteString(`^(?:[0-9]{2}(?:`)
	for n := 1; n <= 98; n++ {
		if n > 1 {
			b.WriteByte('|')
		}
		fmt.Fprintf(&b, "%02d-%02d", n, n+1)
	}
	b.WriteString(`)|(?:0[1-9]|[1-9][0-9])00-01|(?:[0-8][0-9]|9[0-8])99-00)$`)
	return b.String()
}

// JSONSchema describes a financial year as a string such as "2025-26".
func (FinancialYear) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:        "string",
		Pattern:     yearSchemaPattern(),
		Title:       "Financial year",
		Description: "A financial year, 1 April to 31 March, written 2025-26: the second part is the year after the first.",
	}
}

// JSONSchema describes a tax year as a string such as "2025-26".
func (TaxYear) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:        "string",
		Pattern:     yearSchemaPattern(),
		Title:       "Tax year",
		Description: "A UK tax year, 6 April to 5 April, written 2025-26: the second part is the year after the first.",
	}
}
