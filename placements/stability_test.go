package placements

import (
	"testing"

	"github.com/stablehomes/stablehomes"
)

func TestStability(t *testing.T) {
	d := stablehomes.MustDate
	y := stablehomes.FinancialYearStarting(2024)
	eps := []Episode{
		{Start: d(2024, 1, 10), End: d(2024, 5, 1), Type: "U4", Reason: "S"},
		{Start: d(2024, 5, 1), End: d(2024, 6, 1), Type: "U4", Reason: "L"}, // legal change: no move
		{Start: d(2024, 6, 1), End: d(2024, 6, 5), Type: "T1", Reason: "P"}, // temporary: no move
		{Start: d(2024, 6, 5), End: d(2024, 9, 1), Type: "U4", Reason: "P"}, // return: no move
		{Start: d(2024, 9, 1), Type: "K2", Reason: "P", DistanceTenths: 250},
	}
	if n := PlacementsInYear(eps, y); n != 2 {
		t.Errorf("placements = %d, want 2", n)
	}
	if ThreeOrMorePlacements(eps, y) {
		t.Error("2 placements is not 3+")
	}
	eps = append(eps[:4], Episode{Start: d(2024, 9, 1), End: d(2025, 1, 1), Type: "K2", Reason: "P"}, Episode{Start: d(2025, 1, 1), Type: "U1", Reason: "P", DistanceTenths: 250})
	if !ThreeOrMorePlacements(eps, y) {
		t.Error("want 3+")
	}
	if !FarFromHome(eps, y) {
		t.Error("25.0 miles is more than 20")
	}
	dob := d(2015, 1, 1)
	long := []Episode{{Start: d(2022, 1, 1), End: d(2023, 1, 1), Type: "U4", Reason: "S"}, {Start: d(2023, 1, 1), Type: "U1", Reason: "P"}}
	if !LongTermStable(dob, long, y) {
		t.Error("3 years in care, 2+ in placement: stable")
	}
	long[1].Start, long[0].End = d(2023, 6, 1), d(2023, 6, 1)
	if LongTermStable(dob, long, y) {
		t.Error("under 2 years in placement: not stable")
	}
}
