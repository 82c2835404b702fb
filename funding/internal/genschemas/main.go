package main

import (
	"github.com/stablehomes/stablehomes/funding"
	"github.com/stablehomes/stablehomes/internal/schemagen"
)

func main() { schemagen.Main(funding.PayloadTypes()) }
