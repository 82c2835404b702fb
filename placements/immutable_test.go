package placements_test

import (
	"testing"

	"github.com/stablehomes/stablehomes/internal/immutable"
	"github.com/stablehomes/stablehomes/placements"
)

// Changing what a function returned never changes what the next call returns.
func TestReturnedValuesAreCopies(t *testing.T) {
	immutable.Check(t, "placements.OfstedExemptions()", func() any { return placements.OfstedExemptions() })
	immutable.Check(t, "placements.ReasonNewEpisodeEntries()", func() any { return placements.ReasonNewEpisodeEntries() })
	immutable.Check(t, "placements.ReasonPlacementChangeEntries()", func() any { return placements.ReasonPlacementChangeEntries() })
	immutable.Check(t, "placements.Rules()", func() any { return placements.Rules() })
	immutable.Check(t, "placements.ProviderEntries()", func() any { return placements.ProviderEntries() })
	immutable.Check(t, "placements.CoOperatives()", func() any { return placements.CoOperatives() })
	immutable.Check(t, "placements.PayloadTypes()", func() any { return placements.PayloadTypes() })
	immutable.Check(t, "placements.TypeEntries()", func() any { return placements.TypeEntries() })
	immutable.Check(t, "placements.ReasonEpisodeCeasedEntries()", func() any { return placements.ReasonEpisodeCeasedEntries() })
	immutable.Check(t, "placements.LegalStatusEntries()", func() any { return placements.LegalStatusEntries() })
	immutable.Check(t, "placements.MaxDistance()", func() any { return placements.MaxDistance() })
}
