package workforce

import (
	"embed"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/strictjson"
)

//go:embed schemas
var schemaFS embed.FS

func schema(name string) []byte {
	b, _ := schemaFS.ReadFile("schemas/" + name + ".json")
	return b
}

// PayloadTypes lists the package's JSON payloads with their schemas.
func PayloadTypes() []stablehomes.PayloadType {
	return []stablehomes.PayloadType{
		{
			Package: "workforce", Name: "practitioner",
			Description: "A member of the children's social care workforce: Social Work England registration, employer, contract, training and current role.",
			Prototype:   Practitioner{}, Schema: schema("practitioner"),
			Check: strictjson.Check[Practitioner],
		},
		{
			Package: "workforce", Name: "agency-engagement",
			Description: "An agency child and family social worker's assignment to an authority, judged against the statutory agency rules in force on its start date.",
			Prototype:   AgencyEngagement{}, Schema: schema("agency-engagement"),
			Check: strictjson.Check[AgencyEngagement],
		},
		{
			Package: "workforce", Name: "apprentice",
			Description: "A child and family social work degree apprentice: programme dates and role; not yet registered.",
			Prototype:   Apprentice{}, Schema: schema("apprentice"),
			Check: strictjson.Check[Apprentice],
		},
	}
}
