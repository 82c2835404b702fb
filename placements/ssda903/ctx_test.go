package ssda903

import (
	"context"

	"github.com/stablehomes/stablehomes"
)

// generate and validate are Generate and Validate for tests that never
// cancel.
func generate(opts GenerateOptions) *Return {
	ret, err := Generate(context.Background(), opts)
	if err != nil {
		panic(err)
	}
	return ret
}

func validate(ret *Return, y stablehomes.FinancialYear) Report {
	rep, err := Validate(context.Background(), ret, y)
	if err != nil {
		panic(err)
	}
	return rep
}
