package funding

import (
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
		{Package: "funding", Name: "event", Description: "A funding ledger event: allocate, spend, reallocate or close a programme's financial year.",
			Prototype: Event{}, Schema: schema("event"), Check: strictjson.Check[Event]},
		{Package: "funding", Name: "programme", Description: "A funding line of the reform: envelope, years, per-year splits where published, every published figure with its source, and pilot participants.",
			Prototype: Programme{}, Schema: schema("programme"), Check: strictjson.Check[Programme]},
	}
}

// RuleProgrammeDocument is what a programme document must carry.
var RuleProgrammeDocument = stablehomes.Rule{ID: "funding.programme-document", Title: "A programme names its ID, name, a positive envelope, its years and at least one cited figure", Source: ledgerSource}

// Validate checks a programme document.
func (p Programme) Validate() error {
	var vs stablehomes.Violations
	if p.ID == "" || p.Name == "" || p.Envelope <= 0 || len(p.Years) == 0 || len(p.Figures) == 0 {
		vs.Add("", "funding.programme-document", "a programme needs its ID, name, a positive envelope, its years and a cited figure", stablehomes.SeverityError, RuleProgrammeDocument)
	}
	if len(p.PerYear) > 0 && len(p.PerYear) != len(p.Years) {
		vs.Add("/perYear", "funding.programme-document", "per-year splits must match the years", stablehomes.SeverityError, RuleProgrammeDocument)
	}
	return vs.Err()
}
