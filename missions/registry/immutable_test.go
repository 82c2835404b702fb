package registry_test

import (
	"testing"

	"github.com/stablehomes/stablehomes/internal/immutable"
	"github.com/stablehomes/stablehomes/missions/registry"
)

// Changing what a function returned never changes what the next call returns.
func TestReturnedValuesAreCopies(t *testing.T) {
	immutable.Check(t, "registry.All()", func() any { return registry.All() })
	immutable.Check(t, "registry.Names()", func() any { return registry.Names() })
}
