package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/carers"
	"github.com/stablehomes/stablehomes/internal/cli"
)

//go:embed payments.ndjson
var samplePayments []byte

// maxLine bounds one payment record.
const maxLine = 1 << 20

func main() { os.Exit(run(os.Stdout, os.Stderr, os.Args[1:])) }

func run(stdout, stderr io.Writer, args []string) int {
	c := cli.New("allowance", "[-la CODE] [-year 2025-26] [-payments FILE]", stderr,
		"Prints a tax year's National Minimum Allowance for a council and checks a file of payments against it.")
	c.Exits("every payment was accepted", "some payments were rejected (each is listed with the rule it breaks)")
	code := c.Flags.String("la", "313", "council: DfE or GSS code")
	yearText := c.Flags.String("year", "2025-26", "tax year of the table (6 April to 5 April), one of "+cli.Span(taxYears()))
	file := c.Flags.String("payments", "", "NDJSON `FILE` of payments, one JSON object a line (default: the embedded sample, which has 4 rejected)")
	if exit, done := c.Parse(args); done {
		return exit
	}
	if exit, done := c.NoArgs(); done {
		return exit
	}
	la, err := stablehomes.LookupLA(*code)
	if err != nil {
		return c.Usagef("-la: %v", err)
	}
	year, err := stablehomes.ParseTaxYear(*yearText)
	if err != nil {
		return c.Usagef("-year %q: %v", *yearText, err)
	}
	table, err := carers.DefaultSchedule().TableFor(year)
	if err != nil {
		return c.YearNotHeld("-year", "National Minimum Allowance table for tax year", year.String(), taxYears())
	}
	data := samplePayments
	if *file != "" {
		var ok bool
		var exit int
		if data, exit, ok = c.ReadFile(*file); !ok {
			return exit
		}
		if len(bytes.TrimSpace(data)) == 0 {
			return c.Errorf("%s: no payment in it: the file is empty", *file)
		}
	}

	out := bufio.NewWriter(stdout)
	defer out.Flush()
	region := carers.AllowanceAreaOf(la)
	fmt.Fprintf(out, "National Minimum Allowance, tax year %s (%s to %s)\n", year, year.Start(), year.End())
	fmt.Fprintf(out, "%s is in the %s rate (ONS region %s; mapping unconfirmed: state the region on a payment where the council's policy differs)\n", la, region, la.Region.Name())
	for _, band := range carers.AgeBands() {
		rate, _ := table.Rate(region, band)
		fmt.Fprintf(out, "  age %-5s %9s a week\n", band, rate)
	}
	fmt.Fprintf(out, "Source: %s\n", table.Source)
	if table.Unconfirmed != "" {
		fmt.Fprintf(out, "Unconfirmed: %s\n", table.Unconfirmed)
	}

	fmt.Fprintln(out)
	fmt.Fprintln(out, "Payments checked (ok: accepted; otherwise rejected, with the rule broken)")
	read, rejected, notJSON := 0, 0, 0
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	line := 0
	for sc.Scan() {
		line++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		read++
		p, err := carers.DecodePayment(bytes.NewReader(sc.Bytes()))
		if err == nil {
			fmt.Fprintf(out, "  line %s: ok (allowance %s for %s nights)\n", cli.Count(line), p.Allowance, cli.Count(p.From.DaysUntil(p.To)))
			continue
		}
		rejected++
		var vs stablehomes.Violations
		if !errors.As(err, &vs) {
			fmt.Fprintf(out, "  line %s: %v\n", cli.Count(line), err)
			continue
		}
		if cli.NotJSON(vs) {
			notJSON++
		}
		for _, v := range vs {
			fmt.Fprintf(out, "  line %s: %s: %s\n    rule %s: %s\n    source: %s\n", cli.Count(line), v.Code, v.Message, v.Rule.ID, v.Rule.Title, v.Rule.Source)
		}
	}
	fmt.Fprintf(out, "read %s, accepted %s, rejected %s\n", cli.Count(read), cli.Count(read-rejected), cli.Count(rejected))
	if err := sc.Err(); err != nil {
		out.Flush()
		if errors.Is(err, bufio.ErrTooLong) {
			return c.Errorf("%s: line %s is longer than %s bytes: reading stopped", *file, cli.Count(line+1), cli.Count(maxLine))
		}
		return c.Errorf("%s: %v", *file, err)
	}
	if read > 0 && notJSON == read {
		out.Flush()
		return c.Errorf("%s: nothing readable: none of its %s lines is a JSON object", *file, cli.Count(read))
	}
	if rejected > 0 {
		return cli.ExitFindings
	}
	return cli.ExitOK
}

// taxYears are the tax years whose table the library holds.
func taxYears() []string {
	var out []string
	for _, t := range carers.DefaultSchedule().Tables() {
		out = append(out, t.Year.String())
	}
	return out
}
