package placements_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
	"github.com/stablehomes/stablehomes/placements"
)

// supportedPlacement is a 16 year old's placement in unregistered
// supported accommodation (H5) starting on start.
func supportedPlacement(start stablehomes.Date, app placements.SupportedApplication) placements.Placement {
	la, err := stablehomes.LookupLA("303")
	if err != nil {
		panic(err)
	}
	p := placements.Placement{ID: "P-1", ChildID: "C-1", DateOfBirth: start.AddYears(-16).AddDays(-30), ResponsibleAuthority: la,
		StartDate: start, Type: "H5", Provider: "PR4", SupportedAccommodationApplication: app}
	if !start.Before(placements.SupportedApplicationDeadline) {
		p.OfstedURN = "2612345" // Ofsted registers supported accommodation from then
	}
	return p
}

func TestSupportedApplicationProperties(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	deadline := placements.SupportedApplicationDeadline
	// H5, the unregistered supported accommodation code, is valid to 2024-25.
	window := gens.Date(stablehomes.MustDate(2023, 4, 28), stablehomes.MustDate(2025, 3, 31))
	props.Property("an open placement is covered exactly when the application was accepted by the deadline and by the start, and not refused by then", prop.ForAll(func(start, accepted stablehomes.Date, refusedAfter int, refused bool) bool {
		app := placements.SupportedApplication{Accepted: accepted}
		if refused {
			app.Refused = accepted.AddDays(refusedAfter)
		}
		p := supportedPlacement(start, app)
		err := p.Validate()
		if start.Before(deadline) {
			return err == nil // registration not yet required
		}
		covered := !accepted.After(deadline) && !accepted.After(start) && !refused
		return errors.Is(err, placements.RuleSupportedApplicationPending) == !covered && !errors.Is(err, placements.RuleSupportedRegistered) &&
			(covered == (err == nil))
	}, window, window, gen.IntRange(0, 900), gen.Bool()))
	props.Property("a placement that ends by the refusal is covered; one that runs past it is not", prop.ForAll(func(accepted stablehomes.Date, startAfter, refusedAfter, endAfter int) bool {
		start := deadline.AddDays(startAfter)
		refusal := start.AddDays(1 + refusedAfter)
		p := supportedPlacement(start, placements.SupportedApplication{Accepted: accepted, Refused: refusal})
		p.EndDate, p.EndReason = start.AddDays(endAfter), "E8"
		err := p.Validate()
		return errors.Is(err, placements.RuleSupportedApplicationPending) == p.EndDate.After(refusal)
	}, gens.Date(stablehomes.MustDate(2023, 4, 28), deadline), gen.IntRange(0, 500), gen.IntRange(0, 300), gen.IntRange(0, 600)))
	props.TestingRun(t)
}

// A provider whose complete application Ofsted accepted by 28 October 2023
// may go on accommodating 16 and 17 year olds while it is determined; one
// accepted later may not.
func ExampleSupportedApplication_PendingOn() {
	on := stablehomes.MustDate(2024, 6, 1)
	for _, app := range []placements.SupportedApplication{
		{Accepted: stablehomes.MustDate(2023, 10, 20)},
		{Accepted: stablehomes.MustDate(2023, 10, 20), Refused: stablehomes.MustDate(2024, 3, 1)},
		{Accepted: stablehomes.MustDate(2023, 11, 2)},
	} {
		fmt.Println(app.PendingOn(on))
	}
	// Output:
	// true
	// false
	// false
}
