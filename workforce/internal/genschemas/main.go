package main

import (
	"github.com/stablehomes/stablehomes/internal/schemagen"
	"github.com/stablehomes/stablehomes/workforce"
)

func main() { schemagen.Main(workforce.PayloadTypes()) }
