package main

import (
	"github.com/stablehomes/stablehomes/carers"
	"github.com/stablehomes/stablehomes/internal/schemagen"
)

func main() { schemagen.Main(carers.PayloadTypes()) }
