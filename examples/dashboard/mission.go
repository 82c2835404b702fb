package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/stablehomes/stablehomes/missions/dashboard"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// area is the code measurements are labelled with: the responsible
// authority when known.
func area(ret *ssda903.Return) string {
	if ret.Metadata.LocalAuthority != "" {
		return ret.Metadata.LocalAuthority
	}
	return "unknown-authority"
}

func writeJSON(stdout, stderr io.Writer, ret *ssda903.Return, counts []dashboard.Count) int {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(dashboard.Measurements(area(ret), ret.Year, counts)); err != nil {
		fmt.Fprintln(stderr, "dashboard:", err)
		return 1
	}
	return 0
}
