package ssda903

import (
	"bytes"
	"context"
	"fmt"
	"testing"
)

func TestDistributionsCiteSources(t *testing.T) {
	for name, d := range Distributions() {
		if d.total <= 0 {
			t.Errorf("%s: no weight", name)
		}
		for i, s := range d.Sources {
			if s == "" {
				t.Errorf("%s/%s: no source", name, d.Keys[i])
			}
		}
	}
}

func TestGenerateIsReproducible(t *testing.T) {
	a := generate(GenerateOptions{Seed: 7, Episodes: 2000})
	b := generate(GenerateOptions{Seed: 7, Episodes: 2000})
	c := generate(GenerateOptions{Seed: 8, Episodes: 2000})
	var ba, bb, bc bytes.Buffer
	a.Table(Episodes).WriteCSV(&ba)
	b.Table(Episodes).WriteCSV(&bb)
	c.Table(Episodes).WriteCSV(&bc)
	if !bytes.Equal(ba.Bytes(), bb.Bytes()) {
		t.Error("same seed, different return")
	}
	if bytes.Equal(ba.Bytes(), bc.Bytes()) {
		t.Error("different seeds, same return")
	}
	if a.Table(Episodes).Len() < 2000 {
		t.Errorf("episodes %d", a.Table(Episodes).Len())
	}
}

// The generated placement mix follows the distribution: foster placements
// (U1-U6) are about two thirds of episodes (DfE CLA 2024: 68% at 31 March).
func TestGenerateFollowsDistributions(t *testing.T) {
	ret := generate(GenerateOptions{Seed: 1, Episodes: 20000})
	ep := ret.Table(Episodes)
	place := ep.Column("PLACE")
	foster := 0
	for i := range ep.Len() {
		if s := place.Cell(i).String(); s[0] == 'U' {
			foster++
		}
	}
	share := float64(foster) / float64(ep.Len())
	if share < 0.6 || share > 0.76 {
		t.Errorf("foster share %.2f", share)
	}
	// Placements per child: 3 or more for about 11% of children.
	per := map[string]int{}
	child := ep.Column("CHILD")
	for i := range ep.Len() {
		per[child.Cell(i).String()]++
	}
	three := 0
	for _, n := range per {
		if n >= 3 {
			three++
		}
	}
	if s := float64(three) / float64(len(per)); s < 0.08 || s > 0.14 {
		t.Errorf("3+ placements share %.3f", s)
	}
}

func TestGeneratedCSVRoundTrips(t *testing.T) {
	ret := generate(GenerateOptions{Seed: 3, Episodes: 500})
	for _, id := range []TableID{Header, Episodes, UASC, OC2, OC3} {
		var buf bytes.Buffer
		src := ret.Table(id)
		if err := src.WriteCSV(&buf); err != nil {
			t.Fatal(err)
		}
		got, res, err := ReadTable(context.Background(), &buf, id.String()+".csv", id, ret.Year, ReadOptions{})
		if err != nil || res.HeaderErr != nil || res.Counts.Rejected != 0 {
			t.Fatalf("%s: %v %v %+v", id, err, res.HeaderErr, res.Counts)
		}
		if got.Len() != src.Len() {
			t.Fatalf("%s: %d rows, want %d", id, got.Len(), src.Len())
		}
		for _, col := range src.Columns() {
			a, b := src.Column(col), got.Column(col)
			for r := range src.Len() {
				if a.Cell(r) != b.Cell(r) {
					t.Fatalf("%s %s row %d: %v vs %v", id, col, r, a.Cell(r), b.Cell(r))
				}
			}
		}
	}
}

func ExampleGenerate() {
	ret := generate(GenerateOptions{Seed: 1, Episodes: 100})
	fmt.Println(ret.Year, ret.Table(Episodes).Len() >= 100, ret.Table(Episodes).HasColumn("PL_DISTANCE"))
	// Output: 2024-25 true true
}
