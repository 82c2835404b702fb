package registry_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/stablehomes/stablehomes/missions/registry"
)

// Validate one payload by type name: schema-level and rule-level problems
// come back together.
func ExampleCheck() {
	err := registry.Check("placement", []byte(`{"id":"P-1","childId":"C-1","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"K2","provider":"PR4"}`))
	for _, v := range registry.Violations(err) {
		fmt.Println(v.Path, v.Code)
	}
	// Output:
	// /ofstedUrn placements.urn-required
}

// Validate an NDJSON stream: every record is reported, and read = accepted
// + rejected.
func ExampleValidateStream() {
	p, _ := registry.Lookup("placements/placement")
	in := strings.NewReader(`{"id":"P-1","childId":"C-1","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"U4","provider":"PR1","ofstedUrn":"SC123456"}
{"id":"P-2","childId":"C-2","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"XX"}
{"id":"P-3",
`)
	t, err := registry.ValidateStream(context.Background(), in, p, registry.NDJSON, registry.Options{}, func(r registry.Record) {
		if !r.Accepted {
			fmt.Println("line", r.Line, registry.Violations(r.Err)[0].Code)
		}
	})
	fmt.Println(t.Read, t.Accepted, t.Rejected, err)
	// Output:
	// line 2 json.invalid-value
	// line 3 json.syntax
	// 3 1 2 <nil>
}
