package funding_test

import (
	"errors"
	"fmt"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/funding"
)

// A Ledger takes allocate and spend events and refuses any that would
// overspend, with the rule broken; its report is the same for the same
// events.
func ExampleLedger() {
	dorset, _ := stablehomes.LookupLA("E06000059")
	year := stablehomes.FinancialYearStarting(2023)
	id := func(n int) uuid.UUID { return uuid.NewSHA1(uuid.NameSpaceOID, []byte(fmt.Sprint("example ", n))) }
	l := funding.NewLedger()
	events := []funding.Event{
		{ID: id(1), Kind: funding.Allocate, Date: stablehomes.MustDate(2023, 9, 1), Programme: "families-first-for-children", Year: year, Authority: dorset, Amount: stablehomes.Pounds(1_000_000, 0)},
		{ID: id(2), Kind: funding.Spend, Date: stablehomes.MustDate(2024, 1, 15), Programme: "families-first-for-children", Year: year, Authority: dorset, Amount: stablehomes.Pounds(999_000, 0)},
		{ID: id(3), Kind: funding.Spend, Date: stablehomes.MustDate(2024, 2, 1), Programme: "families-first-for-children", Year: year, Authority: dorset, Amount: stablehomes.Pounds(2_000, 0)},
	}
	for _, e := range events {
		err := l.Apply(e)
		var vs stablehomes.Violations
		if errors.As(err, &vs) {
			fmt.Println("refused:", vs[0].Rule.ID)
		}
	}
	for _, r := range l.Report().Programmes {
		if r.ID == "families-first-for-children" {
			fmt.Println(r.ID, "allocated", r.Allocated, "spent", r.Spent)
		}
	}
	// Output:
	// refused: funding.no-overspend
	// families-first-for-children allocated £1,000,000.00 spent £999,000.00
}
