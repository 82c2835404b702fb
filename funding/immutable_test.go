package funding_test

import (
	"testing"

	"github.com/stablehomes/stablehomes/funding"
	"github.com/stablehomes/stablehomes/internal/immutable"
)

// Changing what a function returned never changes what the next call returns.
func TestReturnedValuesAreCopies(t *testing.T) {
	immutable.Check(t, "funding.Rules()", func() any { return funding.Rules() })
	immutable.Check(t, "funding.PayloadTypes()", func() any { return funding.PayloadTypes() })
	immutable.Check(t, "funding.Programmes()", func() any { return funding.Programmes() })
}
