package canary_test

import (
	"bytes"

	"github.com/stablehomes/stablehomes/carers"
	"github.com/stablehomes/stablehomes/funding"
	"github.com/stablehomes/stablehomes/missions"
	"github.com/stablehomes/stablehomes/placements"
	"github.com/stablehomes/stablehomes/workforce"
)

// decoders are the packages' DecodeX entry points by payload type name.
var decoders = map[string]func([]byte) error{
	"carer":             func(b []byte) error { _, err := carers.DecodeCarer(bytes.NewReader(b)); return err },
	"payment":           func(b []byte) error { _, err := carers.DecodePayment(bytes.NewReader(b)); return err },
	"event":             func(b []byte) error { _, err := funding.DecodeEvent(bytes.NewReader(b)); return err },
	"measurement":       func(b []byte) error { _, err := missions.DecodeMeasurement(bytes.NewReader(b)); return err },
	"placement":         func(b []byte) error { _, err := placements.DecodePlacement(bytes.NewReader(b)); return err },
	"practitioner":      func(b []byte) error { _, err := workforce.DecodePractitioner(bytes.NewReader(b)); return err },
	"agency-engagement": func(b []byte) error { _, err := workforce.DecodeAgencyEngagement(bytes.NewReader(b)); return err },
	"apprentice":        func(b []byte) error { _, err := workforce.DecodeApprentice(bytes.NewReader(b)); return err },
}
