// Command readmegen rewrites the schema table in README.md from the
// registry. It is run by go generate ./internal/registry.
package main

import (
	"fmt"
	"os"

	"github.com/stablehomes/stablehomes/internal/registry"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: readmegen README.md")
		os.Exit(2)
	}
	b, err := os.ReadFile(os.Args[1])
	if err == nil {
		b, err = registry.ReplaceTable(b)
	}
	if err == nil {
		err = os.WriteFile(os.Args[1], b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "readmegen:", err)
		os.Exit(1)
	}
}
