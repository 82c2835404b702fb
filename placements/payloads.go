package placements

import (
	"embed"
	"io"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/strictjson"
)

//go:embed schemas
var schemaFS embed.FS

func schema(name string) []byte {
	b, _ := schemaFS.ReadFile("schemas/" + name + ".json")
	return b
}

// DecodePlacement strictly decodes one placement and validates it.
func DecodePlacement(r io.Reader) (Placement, error) {
	var p Placement
	if err := strictjson.Read(r, &p, 0); err != nil {
		return p, err
	}
	return p, p.Validate()
}

// PayloadTypes lists the package's JSON payloads with their schemas.
func PayloadTypes() []stablehomes.PayloadType {
	return []stablehomes.PayloadType{{
		Package: "placements", Name: "placement",
		Description: "A placement of a looked-after child with SSDA903 codes, judged against the placement rules in force on its start date.",
		Prototype:   Placement{}, Schema: schema("placement"),
		Check: strictjson.Check[Placement],
	}, {
		Package: "placements", Name: "need", Description: "What a child needs of a placement, for ranking candidate homes: siblings in care, disability, home authority.",
		Prototype: Need{}, Schema: schema("need"), Check: strictjson.Check[Need],
	}, {
		Package: "placements", Name: "option", Description: "A candidate home: its s22C preference, distance from home, and whether it keeps siblings together, the same school, and meets a disability need.",
		Prototype: Option{}, Schema: schema("option"), Check: strictjson.Check[Option],
	}, {
		Package: "placements", Name: "ranked", Description: "A candidate home in ranked order, with the cited reasons for its place.",
		Prototype: Ranked{}, Schema: schema("ranked"), Check: strictjson.Check[Ranked],
	}}
}
