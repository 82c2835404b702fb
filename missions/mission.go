package missions

import (
	"github.com/stablehomes/stablehomes"
)

// Mission is one of the six missions of Stable Homes, Built on Love.
type Mission struct {
	Number int `json:"number"`
	// Wording is the mission as published at the strategy's launch.
	Wording string `json:"wording"`
	// TargetYear is 2027 for missions 1 to 5; zero (no target) for mission 6.
	TargetYear int `json:"targetYear,omitzero"`
	// Pillars are the strategy's pillars the mission belongs to (1 to 6).
	Pillars []int `json:"pillars"`
	// Outcomes are the National Framework outcomes the mission serves.
	Outcomes []OutcomeCode `json:"outcomes,omitempty"`
	// NoIndicator explains, where the mission has no quantitative
	// indicator, what is published instead.
	NoIndicator string `json:"noIndicator,omitempty"`
	// Duties lists published duties and bodies for a mission measured by
	// them rather than by an indicator.
	Duties []string           `json:"duties,omitempty"`
	Source stablehomes.Source `json:"source"`
}

var launchCoverage = stablehomes.Source{
	Document:    "Stable Homes, Built on Love (DfE, 2 February 2023), missions as reported at launch (CYP Now, 2 February 2023, \"Care Review response: Government reveals £200m plan for children's social care reforms\")",
	URL:         "https://www.gov.uk/government/consultations/childrens-social-care-stable-homes-built-on-love",
	Unconfirmed: "wording from launch coverage; the strategy document's own text was not read; the links from missions to pillars and Framework outcomes are the library's own reading, not published",
}

// Pillars of the strategy, numbered as published.
var pillars = []string{
	"Family Help provides the right support at the right time so that children can thrive with their families",
	"A decisive multi-agency child protection system",
	"Unlocking the potential of family networks",
	"Putting love, relationships and a stable home at the heart of being a child in care",
	"A valued, supported and highly skilled social worker for every child who needs one",
	"A system that continuously learns and improves, and makes better use of evidence and data",
}

// Pillar returns the wording of pillar n (1 to 6), or "".
func Pillar(n int) string {
	if n < 1 || n > len(pillars) {
		return ""
	}
	return pillars[n-1]
}

func catalogue() []Mission {
	return []Mission{
		{Number: 1, Wording: "Every care-experienced child and young person will feel they have strong, loving relationships in place", TargetYear: 2027, Pillars: []int{4}, Outcomes: []OutcomeCode{StableHomes},
			NoIndicator: "No national indicator measures whether children feel they have loving relationships; the dashboard has none for this mission.", Source: launchCoverage},
		{Number: 2, Wording: "An increase of high-quality, stable and loving homes available for every child in care, local to where they are from", TargetYear: 2027, Pillars: []int{4}, Outcomes: []OutcomeCode{StableHomes}, Source: launchCoverage},
		{Number: 3, Wording: "Strengthen and extend corporate parenting responsibilities towards children in care and care leavers across the public sector", TargetYear: 2027, Pillars: []int{4}, Outcomes: []OutcomeCode{StableHomes},
			NoIndicator: "No quantitative indicator: the mission is met by duties placed on public bodies, which are modelled instead of a number.",
			Duties: []string{
				"Corporate parenting principles for local authorities (Children and Social Work Act 2017, section 1)",
				"Extension of corporate parenting responsibilities to other public bodies, as the strategy proposes (bodies and commencement unconfirmed)",
				"Care leaver local offer (Children and Social Work Act 2017, section 2)",
			}, Source: launchCoverage},
		{Number: 4, Wording: "An improvement in the education, employment and training outcomes of children in care and care leavers", TargetYear: 2027, Pillars: []int{4}, Outcomes: []OutcomeCode{StableHomes, StayTogether}, Source: launchCoverage},
		{Number: 5, Wording: "An increase in the number of care leavers in safe, suitable accommodation and a reduction in care leaver homelessness", TargetYear: 2027, Pillars: []int{4}, Outcomes: []OutcomeCode{StableHomes}, Source: launchCoverage},
		{Number: 6, Wording: "Work closely with health partners to reduce the disparities in long-term mental and physical health outcomes and improve wellbeing for care-experienced people", Pillars: []int{4}, Outcomes: []OutcomeCode{StableHomes}, Source: launchCoverage},
	}
}

// All returns the six missions in order. The slice is the caller's.
func All() []Mission { return catalogue() }

// ByNumber returns mission n (1 to 6).
func ByNumber(n int) (Mission, bool) {
	if n < 1 || n > 6 {
		return Mission{}, false
	}
	return catalogue()[n-1], true
}

// Indicators returns the mission's indicators.
func (m Mission) Indicators() []Indicator { return IndicatorsFor(m.Number) }

// RuleCatalogueEntry is the rule a mission or indicator document must meet.
var RuleCatalogueEntry = stablehomes.Rule{ID: "missions.catalogue-entry", Title: "A mission or indicator document carries every required member with a known value",
	Source: stablehomes.Source{Document: "stablehomes missions schemas", URL: "https://stablehomes.github.io/schemas/v1/missions/"}}

// Validate checks a mission document.
func (m Mission) Validate() error {
	var vs stablehomes.Violations
	if m.Number < 1 || m.Number > 6 {
		vs.Add("/number", "missions.catalogue-entry", "a mission is numbered 1 to 6", stablehomes.SeverityError, RuleCatalogueEntry)
	}
	if m.Wording == "" || len(m.Pillars) == 0 || m.Source.Document == "" {
		vs.Add("", "missions.catalogue-entry", "a mission needs its wording, pillars and source", stablehomes.SeverityError, RuleCatalogueEntry)
	}
	return vs.Err()
}
