package workforce

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/stablehomes/stablehomes"
)

// The agency rules come from the statutory guidance "Child and family
// social workers: agency rules", which applies to every new agency
// assignment from 31 October 2024 (existing assignments had until
// 1 October 2025 to comply). Their titles, commencement dates, figures and
// sources are data in data/agency_rules.csv, the one place to change when
// the guidance text is confirmed; figures seen only in secondary sources
// are flagged in Source.Unconfirmed there.

//go:embed data/agency_rules.csv
var agencyRulesCSV string

type agencyRuleRow struct {
	rule   stablehomes.Rule
	figure int
}

var agencyRules = sync.OnceValue(func() map[string]agencyRuleRow {
	m, err := parseAgencyRules(agencyRulesCSV)
	if err != nil {
		panic("workforce: embedded agency rules: " + err.Error())
	}
	return m
})

func parseAgencyRules(data string) (map[string]agencyRuleRow, error) {
	rows, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) < 2 || strings.Join(rows[0], ",") != "id,title,from,figure,document,section,url,unconfirmed" {
		return nil, fmt.Errorf("unexpected header")
	}
	m := map[string]agencyRuleRow{}
	for i, row := range rows[1:] {
		from, err := stablehomes.ParseDate(row[2])
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i+2, err)
		}
		fig, err := strconv.Atoi(row[3])
		if err != nil {
			return nil, fmt.Errorf("row %d: figure: %w", i+2, err)
		}
		if row[4] == "" || row[6] == "" {
			return nil, fmt.Errorf("row %d: no source", i+2)
		}
		m[row[0]] = agencyRuleRow{figure: fig, rule: stablehomes.Rule{
			ID: row[0], Title: row[1], From: from,
			Source: stablehomes.Source{Document: row[4], Section: row[5], URL: row[6], Unconfirmed: row[7]},
		}}
	}
	return m, nil
}

func agencyRule(id string) stablehomes.Rule {
	r, ok := agencyRules()[id]
	if !ok {
		panic("workforce: no agency rule " + id)
	}
	return r.rule
}

// The agency rules, each from its commencement date.
var (
	// RuleAgencyExperience: minimum post-qualifying experience.
	RuleAgencyExperience = agencyRule("workforce.agency-experience")
	// RuleAgencyPriceCap: the regional price cap for the role.
	RuleAgencyPriceCap = agencyRule("workforce.agency-price-cap")
	// RuleAgencyProjectTeam: project teams and bundled models are under the
	// same caps, so their charge is stated per worker.
	RuleAgencyProjectTeam = agencyRule("workforce.agency-project-team")
	// RuleAgencyCoolingOff: the cooling-off period after leaving a
	// permanent post in the same authority or region.
	RuleAgencyCoolingOff = agencyRule("workforce.agency-cooling-off")
	// RuleAgencyReferences: practice-based references.
	RuleAgencyReferences = agencyRule("workforce.agency-references")
	// RuleAgencyExisting: an engagement that began before 31 October 2024
	// and was still running on 1 October 2025 meets the experience,
	// project-team and price-cap rules from that date.
	RuleAgencyExisting = agencyRule("workforce.agency-existing-engagements")
)

// The agency rules' figures (statutory guidance, as cited by
// RuleAgencyExperience and RuleAgencyCoolingOff; a test checks that the
// rule data states the same figures).
const (
	// AgencyMinYears is the minimum whole years of post-qualifying
	// experience of an agency social worker.
	AgencyMinYears = 3
	// CoolingOffMonths is the cooling-off period in months.
	CoolingOffMonths = 3
)

var (
	agencyExperienceMsg = "an agency social worker needs at least " + strconv.Itoa(AgencyMinYears) + " whole years of post-qualifying experience when the engagement starts"
	coolingOffMsg       = "the engagement starts within " + strconv.Itoa(CoolingOffMonths) + " months of leaving a permanent post in the same region, and no exception is recorded"
)

// addMonths returns the same day n months on, clamped to the month's last
// day (31 January plus one month is 28 or 29 February).
func addMonths(d stablehomes.Date, n int) stablehomes.Date {
	m := d.Month() - 1 + n
	y := d.Year() + m/12
	m = m%12 + 1
	day := d.Day()
	for {
		if out, err := stablehomes.MakeDate(y, m, day); err == nil {
			return out
		}
		day--
	}
}
