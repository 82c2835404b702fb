package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// The embedded return: collection year 2024-25, about 3,000 episodes.
const (
	seed     = 2025
	episodes = 3000
)

func main() {
	dir := "return"
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fail(err)
	}
	ret, err := ssda903.Generate(context.Background(), ssda903.GenerateOptions{Seed: seed, Year: stablehomes.FinancialYearStarting(2024), Episodes: episodes, LocalAuthority: "E09000018"})
	if err != nil {
		fail(err)
	}
	for _, id := range ssda903.Tables() {
		t := ret.Table(id)
		if t == nil || id.IsLast() {
			continue
		}
		f, err := os.Create(filepath.Join(dir, id.String()+".csv"))
		if err != nil {
			fail(err)
		}
		if err := t.WriteCSV(f); err != nil {
			fail(err)
		}
		if err := f.Close(); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "genreturn:", err)
	os.Exit(1)
}
