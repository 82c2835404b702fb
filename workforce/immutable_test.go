package workforce_test

import (
	"testing"

	"github.com/stablehomes/stablehomes/internal/immutable"
	"github.com/stablehomes/stablehomes/workforce"
)

// Changing what a function returned never changes what the next call returns.
func TestReturnedValuesAreCopies(t *testing.T) {
	immutable.Check(t, "workforce.Rules()", func() any { return workforce.Rules() })
	immutable.Check(t, "workforce.Roles()", func() any { return workforce.Roles() })
	immutable.Check(t, "workforce.PayloadTypes()", func() any { return workforce.PayloadTypes() })
	immutable.Check(t, "workforce.TrainingCourseList()", func() any { return workforce.TrainingCourseList() })
}
