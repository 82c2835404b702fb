package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/funding"
)

func main() { os.Exit(run(os.Stdout)) }

func id(n int) uuid.UUID {
	return uuid.NewSHA1(uuid.NameSpaceOID, []byte(fmt.Sprint("examples/funding ", n)))
}

func run(w io.Writer) int {
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

	p, _ := funding.ProgrammeByID("families-first-for-children")
	year := stablehomes.FinancialYearStarting(2023)
	l := funding.NewLedger()
	n := 0
	apply := func(e funding.Event) error {
		n++
		e.ID, e.Programme, e.Year = id(n), p.ID, year
		return l.Apply(e)
	}
	// Split the envelope equally across the ten authorities that took part
	// in 2023-24, with the remainder (pence) to the first.
	var first []stablehomes.LocalAuthority
	for _, x := range p.Participants {
		if x.Authority.ExistedOn(year.Start()) && !stablehomes.MustDate(2023, 9, 1).Before(x.From) {
			first = append(first, x.Authority)
		}
	}
	share, _ := p.Envelope.ProRate(1, int64(len(first)))
	share -= share % 100 // whole pounds
	fmt.Fprintf(w, "\nAllocating %s to each of %d authorities in %s\n", share, len(first), year)
	for _, a := range first {
		if err := apply(funding.Event{Kind: funding.Allocate, Date: stablehomes.MustDate(2023, 9, 1), Authority: a, Amount: share}); err != nil {
			fmt.Fprintln(w, "error:", err)
			return 1
		}
	}
	dorset := first[0]
	if err := apply(funding.Event{Kind: funding.Spend, Date: stablehomes.MustDate(2024, 1, 15), Authority: dorset, Amount: share - 1_000_00}); err != nil {
		fmt.Fprintln(w, "error:", err)
		return 1
	}
	fmt.Fprintf(w, "%s spends %s\n", dorset.Name, share-1_000_00)
	err := apply(funding.Event{Kind: funding.Spend, Date: stablehomes.MustDate(2024, 2, 1), Authority: dorset, Amount: 2_000_00})
	var vs stablehomes.Violations
	if errors.As(err, &vs) {
		for _, v := range vs {
			fmt.Fprintf(w, "Refused: %s spends %s more: %s [%s]\n", dorset.Name, stablehomes.Money(2_000_00), v.Message, v.Rule.ID)
		}
	}
	err = apply(funding.Event{Kind: funding.Allocate, Date: stablehomes.MustDate(2023, 9, 1), Authority: mustLA("330"), Amount: 1})
	if errors.As(err, &vs) {
		fmt.Fprintf(w, "Refused: an allocation to Birmingham: %s [%s]\n", vs[0].Message, vs[0].Rule.ID)
	}
	fmt.Fprintln(w, "\nReport (JSON, reproducible from the events alone)")
	r := l.Report()
	for _, pr := range r.Programmes {
		if pr.ID == p.ID {
			b, _ := json.MarshalIndent(pr, "", "  ")
			fmt.Fprintln(w, string(b))
		}
	}
	return 0
}

func mustLA(code string) stablehomes.LocalAuthority {
	a, err := stablehomes.LookupLA(code)
	if err != nil {
		panic(err)
	}
	return a
}
