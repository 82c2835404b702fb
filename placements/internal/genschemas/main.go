package main

import (
	"github.com/stablehomes/stablehomes/internal/schemagen"
	"github.com/stablehomes/stablehomes/placements"
)

func main() { schemagen.Main(placements.PayloadTypes()) }
