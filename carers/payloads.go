package carers

import (
	"bytes"
	"embed"

	"github.com/stablehomes/stablehomes"
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
		{Package: "carers", Name: "carer", Description: "A foster or kinship carer: kind, approval (dates, status, number and ages of children), authority, and what the carer can offer.",
			Prototype: Carer{}, Schema: schema("carer"), Check: func(b []byte) error { _, err := DecodeCarer(bytes.NewReader(b)); return err }},
		{Package: "carers", Name: "payment", Description: "An allowance payment to a carer for one child over whole nights, checked against the National Minimum Allowance.",
			Prototype: Payment{}, Schema: schema("payment"), Check: func(b []byte) error { _, err := DecodePayment(bytes.NewReader(b)); return err }},
	}
}
