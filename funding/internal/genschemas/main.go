// Command genschemas writes the funding package's JSON Schemas; go generate
// runs it.
package main

import (
	"github.com/stablehomes/stablehomes/funding"
	"github.com/stablehomes/stablehomes/internal/schemagen"
)

func main() { schemagen.Main(funding.PayloadTypes()) }
