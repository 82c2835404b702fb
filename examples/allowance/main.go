package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/carers"
)

//go:embed payments.ndjson
var samplePayments []byte

func main() { os.Exit(run(os.Stdout, os.Stderr, os.Args[1:])) }

func run(stdout, stderr io.Writer, args []string) int {
	fs := flag.NewFlagSet("allowance", flag.ContinueOnError)
	fs.SetOutput(stderr)
	code := fs.String("la", "313", "council: DfE or GSS code")
	yearText := fs.String("year", "2025-26", "tax year of the table")
	file := fs.String("payments", "", "NDJSON file of payments (default: the embedded sample)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	la, err := stablehomes.LookupLA(*code)
	if err != nil {
		fmt.Fprintln(stderr, "allowance:", err)
		return 2
	}
	year, err := stablehomes.ParseTaxYear(*yearText)
	if err != nil {
		fmt.Fprintln(stderr, "allowance:", err)
		return 2
	}
	region := carers.AllowanceAreaOf(la)
	table, err := carers.DefaultSchedule().TableFor(year)
	if err != nil {
		fmt.Fprintln(stderr, "allowance:", err)
		return 2
	}
	fmt.Fprintf(stdout, "National Minimum Allowance, tax year %s (%s to %s)\n", year, year.Start(), year.End())
	fmt.Fprintf(stdout, "%s is in the %s rate (ONS region %s; mapping unconfirmed: state the region on a payment where the council's policy differs)\n", la, region, la.Region.Name())
	for _, band := range carers.AgeBands() {
		rate, _ := table.Rate(region, band)
		fmt.Fprintf(stdout, "  age %-5s %9s a week\n", band, rate)
	}
	fmt.Fprintf(stdout, "Source: %s\n", table.Source)
	if table.Unconfirmed != "" {
		fmt.Fprintf(stdout, "Unconfirmed: %s\n", table.Unconfirmed)
	}

	data := samplePayments
	if *file != "" {
		if data, err = os.ReadFile(*file); err != nil {
			fmt.Fprintln(stderr, "allowance:", err)
			return 2
		}
	}
	fmt.Fprintln(stdout)
	fmt.Fprintln(stdout, "Payments checked")
	read, failed := 0, 0
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		read++
		p, err := carers.DecodePayment(bytes.NewReader(sc.Bytes()))
		if err == nil {
			fmt.Fprintf(stdout, "  line %d: ok (allowance %s for %d nights)\n", line, p.Allowance, p.From.DaysUntil(p.To))
			continue
		}
		failed++
		var vs stablehomes.Violations
		if !errors.As(err, &vs) {
			fmt.Fprintf(stdout, "  line %d: %v\n", line, err)
			continue
		}
		for _, v := range vs {
			fmt.Fprintf(stdout, "  line %d: %s: %s\n    rule %s: %s\n    source: %s\n", line, v.Code, v.Message, v.Rule.ID, v.Rule.Title, v.Rule.Source)
		}
	}
	fmt.Fprintf(stdout, "read %d, accepted %d, rejected %d\n", read, read-failed, failed)
	return 0
}
