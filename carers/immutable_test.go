package carers_test

import (
	"testing"

	"github.com/stablehomes/stablehomes/carers"
	"github.com/stablehomes/stablehomes/internal/immutable"
)

// Changing what a function returned never changes what the next call returns.
func TestReturnedValuesAreCopies(t *testing.T) {
	immutable.Check(t, "carers.PayloadTypes()", func() any { return carers.PayloadTypes() })
	immutable.Check(t, "carers.Kinds()", func() any { return carers.Kinds() })
	immutable.Check(t, "carers.AgeBands()", func() any { return carers.AgeBands() })
	immutable.Check(t, "carers.Rules()", func() any { return carers.Rules() })
	immutable.Check(t, "carers.AllowanceAreas()", func() any { return carers.AllowanceAreas() })
	immutable.Check(t, "carers.Pilot()", func() any { return carers.Pilot() })
	immutable.Check(t, "carers.DefaultSchedule()", func() any { return carers.DefaultSchedule() })
}
