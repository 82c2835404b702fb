package ssda903

import (
	"maps"
	"slices"
	"testing"
)

// The shared Ofsted exemption table gives exactly the peer validator's
// lists for rules 218 and 222.
func TestNoURNListsMatchThePeer(t *testing.T) {
	peer2022 := codes("H5", "P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1")
	peer2024 := peer2022.without("H5", "P2")
	peer2025 := peer2024.without("Z1").with("Z11", "Z12", "Z13", "Z14")
	for _, c := range []struct {
		name      string
		got, want codeSet
	}{{"2022-23", noURN2022, peer2022}, {"2024-25", noURN2024, peer2024}, {"2025-26", noURN2025, peer2025}} {
		if !maps.Equal(c.got.m, c.want.m) {
			t.Errorf("%s: %v, want %v", c.name, slices.Sorted(maps.Keys(c.got.m)), slices.Sorted(maps.Keys(c.want.m)))
		}
	}
}
