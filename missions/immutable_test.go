package missions_test

import (
	"testing"

	"github.com/stablehomes/stablehomes/internal/immutable"
	"github.com/stablehomes/stablehomes/missions"
)

// Changing what a function returned never changes what the next call returns.
func TestReturnedValuesAreCopies(t *testing.T) {
	immutable.Check(t, "missions.Rules()", func() any { return missions.Rules() })
	immutable.Check(t, "missions.PayloadTypes()", func() any { return missions.PayloadTypes() })
	immutable.Check(t, "missions.Indicators()", func() any { return missions.Indicators() })
	immutable.Check(t, "missions.Outcomes()", func() any { return missions.Outcomes() })
	immutable.Check(t, "missions.All()", func() any { return missions.All() })
	immutable.Check(t, "missions.OfstedJudgements()", func() any { return missions.OfstedJudgements() })
	immutable.Check(t, "missions.IndicatorByID", func() any { in, _ := missions.IndicatorByID("cla-3-or-more-placements"); return in })
	immutable.Check(t, "missions.IndicatorsFor(2)", func() any { return missions.IndicatorsFor(2) })
	immutable.Check(t, "missions.ByNumber(3)", func() any { m, _ := missions.ByNumber(3); return m })
}
