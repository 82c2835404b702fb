package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/carers"
	"github.com/stablehomes/stablehomes/funding"
	"github.com/stablehomes/stablehomes/internal/citation"
	"github.com/stablehomes/stablehomes/internal/cli"
	"github.com/stablehomes/stablehomes/missions"
	"github.com/stablehomes/stablehomes/placements"
	"github.com/stablehomes/stablehomes/placements/ssda903"
	"github.com/stablehomes/stablehomes/workforce"
)

func main() { os.Exit(run(os.Stdout, os.Stderr, os.Args[1:])) }

// The three statuses a fact can have.
const (
	confirmed   = "confirmed"
	derived     = "derived"
	unconfirmed = "unconfirmed"
)

// Fact is one rule, table cell or figure with its provenance.
type Fact struct {
	Kind   string `json:"kind"`
	ID     string `json:"id"`
	From   string `json:"from,omitempty"` // first day or year it applies
	To     string `json:"to,omitempty"`   // last day or year; empty: still in force
	Status string `json:"status"`
	// Commencement is set for an enacted rule: "not yet commenced (...)"
	// or "in force from ... (...)".
	Commencement string             `json:"commencement,omitempty"`
	Source       stablehomes.Source `json:"source"`
}

// Finding is a fact whose citation a user could not open.
type Finding struct {
	Kind    string `json:"kind"`
	ID      string `json:"id"`
	Problem string `json:"problem"`
}

// Report is the whole provenance list.
type Report struct {
	Facts    []Fact         `json:"facts"`
	Totals   map[string]int `json:"totals"`
	Findings []Finding      `json:"findings"`
}

func run(stdout, stderr io.Writer, args []string) int {
	c := cli.New("sources", "[-json] [-status confirmed|derived|unconfirmed]", stderr,
		"Prints the source, dates and status of every rule, table and figure the library holds.")
	c.Exits("every fact cites a source that can be opened", "some do not (listed as findings)")
	asJSON := c.Flags.Bool("json", false, "print the report as JSON (facts, totals, findings) instead of text")
	status := c.Flags.String("status", "", "list only facts with this status: confirmed, derived or unconfirmed (totals still count every fact)")
	if code, done := c.Parse(args); done {
		return code
	}
	if code, done := c.NoArgs(); done {
		return code
	}
	switch *status {
	case "", confirmed, derived, unconfirmed:
	default:
		return c.Usagef("-status must be confirmed, derived or unconfirmed")
	}
	r := build()
	shown := r
	if *status != "" {
		shown.Facts = nil
		for _, f := range r.Facts {
			if f.Status == *status {
				shown.Facts = append(shown.Facts, f)
			}
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(shown); err != nil {
			fmt.Fprintln(stderr, "sources:", err)
			return 2
		}
	} else {
		writeText(stdout, shown)
	}
	if len(r.Findings) > 0 {
		return 1
	}
	return 0
}

func build() Report {
	var facts []Fact
	add := func(kind, id, from, to string, src stablehomes.Source, extraUnconfirmed string) {
		if src.Unconfirmed == "" && extraUnconfirmed != "" {
			src.Unconfirmed = extraUnconfirmed
		}
		facts = append(facts, Fact{Kind: kind, ID: id, From: from, To: to, Status: statusOf(src), Source: src})
	}
	date := func(d stablehomes.Date) string {
		if d.IsZero() {
			return ""
		}
		return d.String()
	}
	// Every package's rules.
	for _, pkg := range []struct {
		name  string
		rules []stablehomes.Rule
	}{{"carers", carers.Rules()}, {"funding", funding.Rules()}, {"missions", missions.Rules()}, {"placements", placements.Rules()}, {"workforce", workforce.Rules()}} {
		for _, rule := range pkg.rules {
			add("rule", rule.ID, date(rule.From), date(rule.To), rule.Source, "")
			if !rule.Commencement.IsZero() {
				facts[len(facts)-1].Commencement = rule.CommencementStatus()
			}
		}
	}
	// SSDA903's rules, one fact per version, by collection year.
	for _, v := range ssda903.AllRules() {
		rule := v.Source()
		to := ""
		if !v.To.IsZero() {
			to = v.To.String()
		}
		add("ssda903-rule", rule.ID, v.From.String(), to, rule.Source, "")
	}
	// Code lists.
	lists := []struct {
		name    string
		entries []placements.CodeEntry
	}{
		{"placement type", placements.TypeEntries()}, {"placement provider", placements.ProviderEntries()}, {"legal status", placements.LegalStatusEntries()},
		{"reason for new episode", placements.ReasonNewEpisodeEntries()}, {"reason episode ceased", placements.ReasonEpisodeCeasedEntries()},
		{"reason for placement change", placements.ReasonPlacementChangeEntries()},
	}
	for _, l := range lists {
		for _, e := range l.entries {
			add("code", l.name+" "+e.Code, date(e.From), date(e.To), e.Source, e.Unconfirmed)
		}
	}
	for _, e := range workforce.TrainingCourseList().Entries() {
		add("code", "training course "+string(e.Course), date(e.From), date(e.To), e.Source, e.Unconfirmed)
	}
	for _, role := range workforce.Roles() {
		add("role", "workforce role "+string(role), "", "", role.Requirements().Source, "")
	}
	for _, x := range placements.OfstedExemptions() {
		add("code", "Ofsted URN exemption "+string(x.Type), date(x.From), date(x.To), x.Source, "")
	}
	add("format", "Ofsted URN pattern", "", "", placements.URNSource, "")
	for _, c := range placements.CoOperatives() {
		add("programme", "regional care co-operative "+c.Name, date(c.From), "", c.Source, "")
	}
	// Every National Minimum Allowance cell.
	for _, tab := range carers.DefaultSchedule().Tables() {
		for _, area := range carers.AllowanceAreas() {
			for _, band := range carers.AgeBands() {
				src, _ := tab.CellSource(area, band)
				w, _ := tab.Rate(area, band)
				add("nma", fmt.Sprintf("NMA %s %s %s %s", tab.Year, area, band, w), tab.Year.Start().String(), tab.Year.End().String(), src, "")
			}
		}
	}
	add("mapping", "NMA allowance area of each authority", "", "", carers.AllowanceAreaMappingSource, "")
	for _, k := range carers.Kinds() {
		for i, e := range k.Entitlements() {
			add("entitlement", fmt.Sprintf("%s entitlement %d", k, i+1), "", "", e.Source, "")
		}
	}
	add("entitlement", "virtual school head role for children in kinship care (non-statutory)", date(carers.VirtualSchoolHeadKinshipRole.From), "", carers.VirtualSchoolHeadKinshipRole.Source, "")
	pilot := carers.Pilot()
	add("programme", "Kinship Allowance Pilot authorities and eligibility", date(pilot.Announced), "", pilot.Source, "")
	// Funding figures.
	for _, p := range funding.Programmes() {
		from, to := p.Years[0].String(), p.Years[len(p.Years)-1].String()
		for _, f := range p.Figures {
			id := p.ID + " " + f.Amount.String()
			if f.Government {
				id += " (the government's figure)"
			}
			add("funding", id, from, to, f.Source, "")
		}
		// The programme's envelope and years as the ledger holds them, with
		// what about them is unconfirmed (the figures keep their own status).
		env := f0(p.Figures)
		env.Unconfirmed = p.Unconfirmed
		env.Derived = ""
		add("funding-envelope", p.ID+" envelope "+p.Envelope.String(), from, to, env, "")
	}
	// Missions, outcomes, indicators and their national figures.
	for _, m := range missions.All() {
		add("mission", "mission "+strconv.Itoa(m.Number), "", "", m.Source, "")
	}
	for _, o := range missions.Outcomes() {
		add("outcome", "National Framework "+string(o.Code), "", "", o.Source, "")
	}
	for _, ind := range missions.Indicators() {
		add("indicator", "indicator "+string(ind.ID), "", "", ind.Source, "")
		for _, n := range ind.National {
			add("national-figure", fmt.Sprintf("%s %s = %s", ind.ID, n.Period, n.Value), n.Period, n.Period, textSource(n.Source), "")
		}
	}
	add("target", "inadequate share target", "", "", missions.TargetSource, "")
	add("ofsted-method", "inadequate share: inspections by the date, reports published by three months on", "", "", missions.ShareMethodSource, "")
	add("ofsted-method", "no overall effectiveness grade for ILACS inspections", missions.OverallGradeEnded.String(), "", missions.OverallGradeSource, "")
	for _, j := range missions.OfstedJudgements().LatestOn(missions.ShareCutOff(missions.OfstedJudgements().CompleteAsAt())) {
		add("ofsted", "Ofsted ILACS "+j.Authority.Name+" "+string(j.Overall), j.Inspected.String(), "", missions.JudgementsSource, "")
	}
	// The local authority table.
	for _, la := range stablehomes.LocalAuthorities() {
		add("authority", la.GSSCode+" "+la.Name, date(la.From), date(la.Ended), textSource(la.Source), "")
	}
	r := Report{Facts: facts, Totals: map[string]int{confirmed: 0, derived: 0, unconfirmed: 0}}
	for _, f := range facts {
		r.Totals[f.Status]++
		if p := problem(f.Source); p != "" {
			r.Findings = append(r.Findings, Finding{Kind: f.Kind, ID: f.ID, Problem: p})
		}
	}
	r.Totals["total"] = len(facts)
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	return r
}

// statusOf: derived where the fact is computed from published figures (the
// method is given; anything unconfirmed in its inputs is given too), else
// unconfirmed where something could not be confirmed, else confirmed.
func statusOf(s stablehomes.Source) string {
	switch {
	case s.Derived != "":
		return derived
	case s.Unconfirmed != "":
		return unconfirmed
	}
	return confirmed
}

// textSource turns a data file's source cell (a document with its URLs)
// into a Source whose URL is the first one given.
func textSource(text string) stablehomes.Source {
	src := stablehomes.Source{Document: text}
	if urls := citation.URLs(text); len(urls) > 0 {
		src.URL = urls[0]
	}
	return src
}

// problem says why a user could not open a citation, or "".
func problem(s stablehomes.Source) string {
	if strings.TrimSpace(s.Document) == "" {
		return "no document cited"
	}
	for _, u := range append(citation.URLs(s.Document+" "+s.Section+" "+s.Unconfirmed+" "+s.Derived), s.URL) {
		if u == "" {
			continue
		}
		if err := citation.Check(u); err != nil {
			return err.Error()
		}
	}
	return ""
}

func writeText(w io.Writer, r Report) {
	fmt.Fprintln(w, "Sources of every rule, table and figure the library holds")
	fmt.Fprintln(w, "(status: confirmed = read in the cited source; derived = computed from published figures, method given; unconfirmed = what is missing is given)")
	kinds := map[string][]Fact{}
	var order []string
	for _, f := range r.Facts {
		if _, ok := kinds[f.Kind]; !ok {
			order = append(order, f.Kind)
		}
		kinds[f.Kind] = append(kinds[f.Kind], f)
	}
	for _, k := range order {
		fmt.Fprintf(w, "\n%s (%d)\n", k, len(kinds[k]))
		for _, f := range kinds[k] {
			var dates string
			switch {
			case f.From == "" && f.To == "":
				dates = "-"
			case f.From == "":
				dates = "to " + f.To
			case f.To == "":
				dates = "from " + f.From
			case f.To == f.From:
				dates = f.From
			default:
				dates = f.From + " to " + f.To
			}
			if f.Commencement != "" && strings.HasPrefix(f.Commencement, "not yet commenced") {
				dates = "not yet commenced"
			}
			fmt.Fprintf(w, "  %s | %s | %s | %s\n", f.ID, dates, f.Status, f.Source)
		}
	}
	fmt.Fprintln(w, "\nTotals")
	keys := []string{confirmed, derived, unconfirmed, "total"}
	for _, k := range keys {
		fmt.Fprintf(w, "  %-12s %s\n", k, thousands(r.Totals[k]))
	}
	byKind := map[string]map[string]int{}
	for _, f := range r.Facts {
		if byKind[f.Kind] == nil {
			byKind[f.Kind] = map[string]int{}
		}
		byKind[f.Kind][f.Status]++
	}
	ks := make([]string, 0, len(byKind))
	for k := range byKind {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Fprintf(w, "  %-16s confirmed %s, derived %s, unconfirmed %s\n", k, thousands(byKind[k][confirmed]), thousands(byKind[k][derived]), thousands(byKind[k][unconfirmed]))
	}
	if len(r.Findings) == 0 {
		fmt.Fprintln(w, "\nFindings: none (every fact cites a document, and every URL is on the checked host list)")
		return
	}
	fmt.Fprintf(w, "\nFindings (%d)\n", len(r.Findings))
	for _, f := range r.Findings {
		fmt.Fprintf(w, "  %s %s: %s\n", f.Kind, f.ID, f.Problem)
	}
}

func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// f0 is the source of a programme's envelope: its government figure where
// one is marked, else its first figure.
func f0(figs []funding.Figure) stablehomes.Source {
	for _, f := range figs {
		if f.Government {
			return f.Source
		}
	}
	return figs[0].Source
}
