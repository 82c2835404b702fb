// Command genschemas writes the carers package's JSON Schemas; go generate
// runs it.
package main

import (
	"github.com/stablehomes/stablehomes/carers"
	"github.com/stablehomes/stablehomes/internal/schemagen"
)

func main() { schemagen.Main(carers.PayloadTypes()) }
