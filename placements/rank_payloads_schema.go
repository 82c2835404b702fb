//go:build schemagen

package placements

import (
	"github.com/invopop/jsonschema"

	"github.com/stablehomes/stablehomes/internal/codelist"
)

// JSONSchema lists the four places in the s22C order, as an enum with
// each place's meaning and section as annotations.
func (Preference) JSONSchema() *jsonschema.Schema {
	return codelist.EnumSchema("integer", "s22C preference", "A candidate's place in the Children Act 1989 s22C order of preference.",
		[]int{1, 2, 3, 4},
		map[string]string{
			"1": "Parent or person with parental responsibility",
			"2": "Connected person who is a local authority foster parent",
			"3": "Other local authority foster parent",
			"4": "Other placement (children's home among them)",
		},
		map[string]string{"1": "s22C(2)-(4)", "2": "s22C(7)(a)", "3": "s22C(6)(a)-(b)", "4": "s22C(6)(c)-(d)"})
}
