package main

import (
	"fmt"
	"io"

	"github.com/stablehomes/stablehomes/missions/dashboard"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

type group struct {
	heading string
	counts  []dashboard.Count
}

// groups puts the indicators under their missions.
func groups(counts []dashboard.Count) []group {
	return []group{{heading: "Indicators", counts: counts}}
}

func describe(id dashboard.IndicatorID) string { return string(id) }

func compare(dashboard.Count) string { return "" }

func writeJSON(stdout, stderr io.Writer, ret *ssda903.Return, counts []dashboard.Count) int {
	fmt.Fprintln(stderr, "dashboard: -json is not available yet")
	return 2
}
