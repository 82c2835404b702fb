package dashboard

import (
	"context"

	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// generate and compute are ssda903.Generate and Compute for tests that never
// cancel.
func generate(opts ssda903.GenerateOptions) *ssda903.Return {
	ret, err := ssda903.Generate(context.Background(), opts)
	if err != nil {
		panic(err)
	}
	return ret
}

func compute(ret *ssda903.Return, opts Options) ([]Count, []Excluded) {
	rep, err := Compute(context.Background(), ret, opts)
	if err != nil {
		panic(err)
	}
	return rep.Counts, rep.Excluded
}
