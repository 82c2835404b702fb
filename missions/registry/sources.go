package registry

import (
	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/carers"
	"github.com/stablehomes/stablehomes/funding"
	"github.com/stablehomes/stablehomes/missions"
	"github.com/stablehomes/stablehomes/placements"
	"github.com/stablehomes/stablehomes/workforce"
)

// sources lists each domain package's payload types. A package that
// defines payloads adds its PayloadTypes here.
func sources() [][]stablehomes.PayloadType {
	return [][]stablehomes.PayloadType{
		carers.PayloadTypes(),
		funding.PayloadTypes(),
		missions.PayloadTypes(),
		placements.PayloadTypes(),
		workforce.PayloadTypes(),
	}
}
