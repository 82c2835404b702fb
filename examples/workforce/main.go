package main

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/cli"
	"github.com/stablehomes/stablehomes/workforce"
)

//go:embed data
var data embed.FS

func main() { os.Exit(run(os.Stdout, os.Stderr, os.Args[1:])) }

func run(stdout, stderr io.Writer, args []string) int {
	c := cli.New("workforce", "[-on YYYY-MM-DD] [-roster FILE] [-engagements FILE] [-caps FILE]", stderr,
		"Checks a roster of practitioners (their records, then their eligibility for their current role on one date)",
		"and a set of agency engagements (each judged on its own start date against regional price caps).")
	c.Exits("every record was accepted, every practitioner eligible and every engagement compliant",
		"some records were rejected, practitioners not eligible or engagements not compliant (each is listed)")
	onText := c.Flags.String("on", "2025-11-01", "date the roster is judged on")
	rosterFile := c.Flags.String("roster", "", "JSON `FILE` holding an array of practitioners (default: the embedded sample)")
	engagementsFile := c.Flags.String("engagements", "", "JSON `FILE` holding an array of agency engagements (default: the embedded sample)")
	capsFile := c.Flags.String("caps", "", "CSV `FILE` of regional price caps, header "+workforce.PriceCapsHeader+" (default: the embedded example table, invented figures)")
	if code, done := c.Parse(args); done {
		return code
	}
	if code, done := c.NoArgs(); done {
		return code
	}
	on, err := stablehomes.ParseDate(*onText)
	if err != nil {
		return c.Usagef("-on %q: %v", *onText, err)
	}
	roster, code, ok := records(c, *rosterFile, "data/roster.json", "practitioner")
	if !ok {
		return code
	}
	engagements, code, ok := records(c, *engagementsFile, "data/engagements.json", "engagement")
	if !ok {
		return code
	}
	capsCSV, code, ok := input(c, *capsFile, "data/caps.csv")
	if !ok {
		return code
	}
	caps, err := workforce.ReadPriceCaps(bytes.NewReader(capsCSV))
	if err != nil {
		return c.Errorf("%s: %v", nameOf(*capsFile, "the embedded price caps"), err)
	}

	w := bufio.NewWriter(stdout)
	defer w.Flush()
	findings := 0
	fmt.Fprintf(w, "Roster judged on %s\n", on)
	for i, raw := range roster {
		p, err := workforce.DecodePractitioner(bytes.NewReader(raw))
		if err != nil {
			findings++
			fmt.Fprintf(w, "\n[%d] record rejected\n", i+1)
			report(w, err)
			continue
		}
		fmt.Fprintf(w, "\n[%d] %s, %s, %s, %d years' post-qualifying experience (%s)\n",
			i+1, p.Role.Title(), p.Employer, p.ContractType, p.ExperienceOn(on).Years, p.StageOn(on))
		if err := workforce.Eligible(p, p.Role, on); err != nil {
			findings++
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
			if !warningsOnly(err) {
				findings++
			}
			report(w, err)
			continue
		}
		fmt.Fprintln(w, "    complies with the agency rules in force on the date it is judged by")
	}
	fmt.Fprintf(w, "\nread %s records: %s without findings (warnings are not findings), %s with findings\n", cli.Count(len(roster)+len(engagements)), cli.Count(len(roster)+len(engagements)-findings), cli.Count(findings))
	if findings > 0 {
		return cli.ExitFindings
	}
	return cli.ExitOK
}

func nameOf(file, embedded string) string {
	if file == "" {
		return embedded
	}
	return file
}

// input reads the user's file, or the embedded sample when none is named.
func input(c *cli.Command, file, sample string) ([]byte, int, bool) {
	if file == "" {
		b, err := data.ReadFile(sample)
		if err != nil {
			return nil, c.Errorf("%s: %v", sample, err), false
		}
		return b, 0, true
	}
	b, code, ok := c.ReadFile(file)
	if ok && len(bytes.TrimSpace(b)) == 0 {
		return nil, c.Errorf("%s: nothing in it: the file is empty", file), false
	}
	return b, code, ok
}

// records splits a JSON array into its elements, each decoded strictly on
// its own afterwards. A file that is not a JSON array is an input error;
// the message never quotes the file.
func records(c *cli.Command, file, sample, what string) ([]json.RawMessage, int, bool) {
	b, code, ok := input(c, file, sample)
	if !ok {
		return nil, code, false
	}
	var out []json.RawMessage
	if err := json.Unmarshal(b, &out); err != nil {
		var se *json.SyntaxError
		reason := "not a JSON array of " + what + " records"
		if errors.As(err, &se) {
			reason += fmt.Sprintf(" (syntax error at byte %s)", cli.Count(se.Offset))
		}
		return nil, c.Errorf("%s: nothing readable: %s", nameOf(file, sample), reason), false
	}
	if len(out) == 0 {
		return nil, c.Errorf("%s: no %s record in it: the array is empty", nameOf(file, sample), what), false
	}
	return out, 0, true
}

// decodeEngagement decodes strictly and validates with the regional caps.
func decodeEngagement(raw []byte, caps *workforce.PriceCaps) (workforce.AgencyEngagement, error) {
	e, err := workforce.DecodeAgencyEngagement(bytes.NewReader(raw))
	var vs stablehomes.Violations
	if err != nil && errors.As(err, &vs) && (vs.HasCode("json.syntax") || vs.HasCode("json.invalid-utf8")) {
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

// warningsOnly reports an error whose violations are all warnings: the
// record is shown with them but is not a finding.
func warningsOnly(err error) bool {
	var vs stablehomes.Violations
	if !errors.As(err, &vs) || len(vs) == 0 {
		return false
	}
	for _, v := range vs {
		if !v.IsWarning() {
			return false
		}
	}
	return true
}
