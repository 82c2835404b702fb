package stablehomes_test

import (
	"testing"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/immutable"
)

// Changing what a function returned never changes what the next call returns.
func TestReturnedValuesAreCopies(t *testing.T) {
	immutable.Check(t, "stablehomes.Regions()", func() any { return stablehomes.Regions() })
	immutable.Check(t, "stablehomes.LocalAuthorities()", func() any { return stablehomes.LocalAuthorities() })
}
