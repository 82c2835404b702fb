package carers

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
		{Package: "carers", Name: "carer", Description: "A foster or kinship carer: kind, approval (dates, status, number and ages of children), authority, and what the carer can offer.",
			Prototype: Carer{}, Schema: schema("carer"), Check: strictjson.Check[Carer]},
		{Package: "carers", Name: "payment", Description: "An allowance payment to a carer for one child over whole nights, checked against the National Minimum Allowance.",
			Prototype: Payment{}, Schema: schema("payment"), Check: checkPayment},
	}
}

// checkPayment is DecodePayment on bytes in memory: decode, then
// CheckPayment.
func checkPayment(data []byte) error {
	p, err := strictjson.DecodeBytes[Payment](data)
	if err != nil {
		return err
	}
	return CheckPayment(p)
}
