package main

import (
	"github.com/stablehomes/stablehomes/internal/schemagen"
	"github.com/stablehomes/stablehomes/missions"
)

func main() { schemagen.Main(missions.PayloadTypes()) }
