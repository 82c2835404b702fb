package dashboard_test

import (
	"context"
	"fmt"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/missions/dashboard"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// Compute works out the indicators of a return, each a numerator over a
// denominator; Measurements turns them into percentages for an area.
func ExampleCompute() {
	year := stablehomes.FinancialYearStarting(2024)
	ctx := context.Background()
	// A synthetic return (made-up children) from a fixed seed.
	ret, err := ssda903.Generate(ctx, ssda903.GenerateOptions{Seed: 2025, Year: year, Episodes: 3000, LocalAuthority: "E09000018"})
	if err != nil {
		fmt.Println(err)
		return
	}
	report, err := dashboard.Compute(ctx, ret, dashboard.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range report.Counts[:2] {
		fmt.Println(c.Indicator, c.Numerator, "of", c.Denominator)
	}
	m := dashboard.Measurements("E09000018", year, report.Counts)[0]
	fmt.Printf("%s%% in %s\n", m.Value, m.Period)
	// Output:
	// cla-3-or-more-placements 169 of 1429
	// cla-long-term-stability 279 of 404
	// 11.8% in 2024-25
}
