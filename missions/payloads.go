package missions

import (
	"bytes"
	"embed"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/strictjson"
)

//go:embed schemas
var schemas embed.FS

func schema(name string) []byte {
	b, _ := schemas.ReadFile("schemas/" + name + ".json")
	return b
}

// PayloadTypes lists the package's JSON payloads with their schemas.
func PayloadTypes() []stablehomes.PayloadType {
	return []stablehomes.PayloadType{
		{Package: "missions", Name: "mission", Description: "One of the six missions of Stable Homes, Built on Love: wording, target year, pillars, outcomes, and what is published where there is no indicator.",
			Prototype: Mission{}, Schema: schema("mission"), Check: strictjson.Check[Mission]},
		{Package: "missions", Name: "indicator", Description: "An indicator evidencing a mission or National Framework outcome: definition, unit, direction, data source and national figures.",
			Prototype: Indicator{}, Schema: schema("indicator"), Check: strictjson.Check[Indicator]},
		{Package: "missions", Name: "measurement", Description: "A figure for an indicator for England, a region or an authority in a period, with its numerator, denominator and source.",
			Prototype: Measurement{}, Schema: schema("measurement"), Check: func(b []byte) error { _, err := DecodeMeasurement(bytes.NewReader(b)); return err }},
		{Package: "missions", Name: "progress", Description: "A progress verdict on an indicator's series: trend, threshold, on track for the target year, method and data.",
			Prototype: Progress{}, Schema: schema("progress"), Check: strictjson.Check[Progress]},
	}
}
