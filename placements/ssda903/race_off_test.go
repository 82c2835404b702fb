//go:build !race

package ssda903

const raceEnabled = false
