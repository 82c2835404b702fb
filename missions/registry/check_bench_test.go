package registry_test

import (
	"os"
	"testing"

	"github.com/stablehomes/stablehomes/missions/registry"
)

// registry.Check looks its type up by name and calls PayloadType.Check:
// on the same bytes the two should cost the same (issue 16: within 10%).
func benchmarkCheckPair(b *testing.B, name, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	pt, err := registry.Lookup(name)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("registry.Check", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := registry.Check(name, data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("PayloadType.Check", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := pt.Check(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkCheckPlacement(b *testing.B) {
	benchmarkCheckPair(b, "placements/placement", "../../placements/testdata/valid/placement/with-postcodes.json")
}
