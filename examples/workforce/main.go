package main

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/workforce"
)

//go:embed data
var data embed.FS

func main() { os.Exit(run(os.Stdout, os.Args[1:])) }

func run(w io.Writer, args []string) int {
	fs := flag.NewFlagSet("workforce", flag.ContinueOnError)
	fs.SetOutput(w)
	onText := fs.String("on", "2025-11-01", "date the roster is judged on (YYYY-MM-DD)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	on, err := stablehomes.ParseDate(*onText)
	if err != nil {
		fmt.Fprintln(w, "workforce: -on:", err)
		return 2
	}
	roster, err := records("data/roster.json")
	if err != nil {
		fmt.Fprintln(w, "workforce:", err)
		return 1
	}
	engagements, err := records("data/engagements.json")
	if err != nil {
		fmt.Fprintln(w, "workforce:", err)
		return 1
	}
	capsCSV, err := data.ReadFile("data/caps.csv")
	if err != nil {
		fmt.Fprintln(w, "workforce:", err)
		return 1
	}
	caps, err := workforce.ReadPriceCaps(bytes.NewReader(capsCSV))
	if err != nil {
		fmt.Fprintln(w, "workforce:", err)
		return 1
	}

	fmt.Fprintf(w, "Roster judged on %s\n", on)
	for i, raw := range roster {
		p, err := workforce.DecodePractitioner(bytes.NewReader(raw))
		if err != nil {
			fmt.Fprintf(w, "\n[%d] record rejected\n", i+1)
			report(w, err)
			continue
		}
		fmt.Fprintf(w, "\n[%d] %s, %s, %s, %d years' post-qualifying experience (%s)\n",
			i+1, p.Role.Title(), p.Employer, p.ContractType, p.ExperienceOn(on).Years, p.StageOn(on))
		if err := workforce.Eligible(p, p.Role, on); err != nil {
			fmt.Fprintln(w, "    not eligible for the role on this date:")
			report(w, err)
			continue
		}
		fmt.Fprintln(w, "    eligible for the role on this date")
	}

	fmt.Fprintln(w, "\nAgency engagements, each judged on its start date (one begun before 31 October 2024 and still running: on 1 October 2025)")
	for i, raw := range engagements {
		e, err := decodeEngagement(raw, caps)
		if e.StartDate.IsZero() {
			fmt.Fprintf(w, "\n[%d] record rejected\n", i+1)
		} else {
			fmt.Fprintf(w, "\n[%d] %s at %s (%s), from %s, %s per %s\n",
				i+1, e.Role.Title(), e.Authority, e.Authority.Region, e.StartDate, e.Rate, e.RateUnit)
		}
		if err != nil {
			report(w, err)
			continue
		}
		fmt.Fprintln(w, "    complies with the agency rules in force on the date it is judged by")
	}
	return 0
}

// decodeEngagement decodes strictly and validates with the regional caps.
func decodeEngagement(raw []byte, caps *workforce.PriceCaps) (workforce.AgencyEngagement, error) {
	e, err := workforce.DecodeAgencyEngagement(bytes.NewReader(raw))
	var vs stablehomes.Violations
	if err != nil && errors.As(err, &vs) && vs.HasCode("json.syntax") {
		return workforce.AgencyEngagement{}, err
	}
	if e.StartDate.IsZero() {
		return e, err
	}
	return e, e.ValidateWithCaps(caps)
}

func report(w io.Writer, err error) {
	var vs stablehomes.Violations
	if !errors.As(err, &vs) {
		fmt.Fprintln(w, "    error:", err)
		return
	}
	for _, v := range vs {
		sev := "error"
		if v.IsWarning() {
			sev = "warning"
		}
		fmt.Fprintf(w, "    - %s %s at %s: %s\n", sev, v.Code, pathOr(v.Path), v.Message)
		fmt.Fprintf(w, "      rule %s", v.Rule.ID)
		if !v.Rule.From.IsZero() {
			fmt.Fprintf(w, " (from %s)", v.Rule.From)
		}
		fmt.Fprintf(w, "\n      source: %s\n", v.Rule.Source)
	}
}

func pathOr(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

// records splits an embedded JSON array into its elements, each decoded
// strictly on its own.
func records(name string) ([]json.RawMessage, error) {
	b, err := data.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var out []json.RawMessage
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}
