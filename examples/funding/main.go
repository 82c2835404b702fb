package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/funding"
	"github.com/stablehomes/stablehomes/internal/cli"
)

func main() { os.Exit(run(os.Stdout, os.Stderr, os.Args[1:])) }

func id(n int) uuid.UUID {
	return uuid.NewSHA1(uuid.NameSpaceOID, []byte(fmt.Sprint("examples/funding ", n)))
}

const programmeID = "families-first-for-children"

func run(stdout, stderr io.Writer, args []string) int {
	c := cli.New("funding", "[-year 2023-24] [-json]", stderr,
		"Lists the reform's programmes, allocates the Families First for Children pathfinder's money across the",
		"authorities taking part in a financial year, shows refused events with their reasons, and prints the ledger's report.")
	c.Exits("the example ran (the refusals it shows are its own events, refused as they should be)", "not used")
	p, _ := funding.ProgrammeByID(programmeID)
	var held []string
	for _, y := range p.Years {
		held = append(held, y.String())
	}
	yearText := c.Flags.String("year", "2023-24", "financial year (April to March) of the allocations, one of the pathfinder's years: "+cli.Span(held))
	asJSON := c.Flags.Bool("json", false, "print only the ledger's report as JSON (amounts in pence, named ...Pence)")
	if code, done := c.Parse(args); done {
		return code
	}
	if code, done := c.NoArgs(); done {
		return code
	}
	year, err := stablehomes.ParseFinancialYear(*yearText)
	if err != nil {
		return c.Usagef("-year %q: %v", *yearText, err)
	}
	if !slices.Contains(p.Years, year) {
		return c.YearNotHeld("-year", "financial year of "+programmeID+" for", year.String(), held)
	}
	if *asJSON {
		return demo(io.Discard, stdout, c, p, year)
	}
	return demo(stdout, stdout, c, p, year)
}

// demo runs the example's events, writing the story to w and the report's
// JSON to js.
func demo(w, js io.Writer, c *cli.Command, p funding.Programme, year stablehomes.FinancialYear) int {
	fmt.Fprintln(w, "Programmes")
	for _, p := range funding.Programmes() {
		fmt.Fprintf(w, "  %-40s %16s  %s to %s\n", p.ID, p.Envelope, p.Years[0], p.Years[len(p.Years)-1])
		if len(p.Figures) > 1 {
			for _, f := range p.Figures {
				mark := ""
				if f.Government {
					mark = " (the government's figure)"
				}
				fmt.Fprintf(w, "      published: %s%s — %s\n", f.Amount, mark, f.Source.Document)
			}
		}
	}

	l := funding.NewLedger()
	n := 0
	apply := func(e funding.Event) error {
		n++
		e.ID, e.Programme, e.Year = id(n), p.ID, year
		return l.Apply(e)
	}
	// Split the envelope equally across the authorities taking part on 1
	// September of the year, in whole pounds.
	y := year.StartYear()
	allocated := stablehomes.MustDate(y, 9, 1)
	var first []stablehomes.LocalAuthority
	for _, x := range p.Participants {
		if x.Authority.ExistedOn(year.Start()) && !allocated.Before(x.From) {
			first = append(first, x.Authority)
		}
	}
	share, _ := p.Envelope.ProRate(1, int64(len(first)))
	share -= share % 100 // whole pounds
	fmt.Fprintf(w, "\nAllocating %s to each of %d authorities in %s\n", share, len(first), year)
	for _, a := range first {
		if err := apply(funding.Event{Kind: funding.Allocate, Date: allocated, Authority: a, Amount: share}); err != nil {
			return c.Errorf("the example's allocation was refused: %v", err)
		}
	}
	dorset := first[0]
	if err := apply(funding.Event{Kind: funding.Spend, Date: stablehomes.MustDate(y+1, 1, 15), Authority: dorset, Amount: share - 1_000_00}); err != nil {
		return c.Errorf("the example's spend was refused: %v", err)
	}
	fmt.Fprintf(w, "%s spends %s\n", dorset.Name, share-1_000_00)
	err := apply(funding.Event{Kind: funding.Spend, Date: stablehomes.MustDate(y+1, 2, 1), Authority: dorset, Amount: 2_000_00})
	var vs stablehomes.Violations
	if errors.As(err, &vs) {
		for _, v := range vs {
			fmt.Fprintf(w, "Refused: %s spends %s more: %s [%s]\n", dorset.Name, stablehomes.Money(2_000_00), v.Message, v.Rule.ID)
		}
	}
	err = apply(funding.Event{Kind: funding.Allocate, Date: allocated, Authority: mustLA("330"), Amount: 1})
	if errors.As(err, &vs) {
		fmt.Fprintf(w, "Refused: an allocation to Birmingham: %s [%s]\n", vs[0].Message, vs[0].Rule.ID)
	}
	fmt.Fprintln(w, "\nReport (JSON, reproducible from the events alone; amounts in pence, named ...Pence)")
	r := l.Report()
	for _, pr := range r.Programmes {
		if pr.ID == p.ID {
			b, err := json.MarshalIndent(pr, "", "  ")
			if err != nil {
				return c.Errorf("writing JSON: %v", err)
			}
			fmt.Fprintln(js, string(b))
		}
	}
	return cli.ExitOK
}

func mustLA(code string) stablehomes.LocalAuthority {
	a, err := stablehomes.LookupLA(code)
	if err != nil {
		panic(err)
	}
	return a
}
