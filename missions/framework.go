package missions

import "github.com/stablehomes/stablehomes"

// OutcomeCode is a National Framework outcome or enabler, by a stable code
// that does not depend on its number (DfE's dashboard swapped outcomes 2
// and 3 in March 2026).
type OutcomeCode string

// The Framework's four outcomes and three enablers.
const (
	StayTogether       OutcomeCode = "stay-together"
	FamilyNetwork      OutcomeCode = "family-network"
	Safe               OutcomeCode = "safe"
	StableHomes        OutcomeCode = "stable-homes"
	MultiAgency        OutcomeCode = "multi-agency-working"
	Leaders            OutcomeCode = "leaders"
	EffectiveWorkforce OutcomeCode = "workforce"
)

// Outcome is a National Framework outcome or enabler with both numberings.
type Outcome struct {
	Code    OutcomeCode
	Enabler bool
	// Framework is the number in the Framework (December 2023); Dashboard the
	// number on DfE's dashboard since March 2026.
	Framework, Dashboard int
	Wording              string
	Source               stablehomes.Source
}

var frameworkSource = stablehomes.Source{Document: "Children's Social Care National Framework (DfE, 15 December 2023); DfE CSC outcomes and enablers dashboard", URL: "https://www.gov.uk/government/publications/childrens-social-care-national-framework"}

// Outcomes lists the four outcomes and three enablers.
func Outcomes() []Outcome {
	return []Outcome{
		{StayTogether, false, 1, 1, "Children, young people and families stay together and get the help they need", frameworkSource},
		{FamilyNetwork, false, 2, 3, "Children and young people are supported by their family network", frameworkSource},
		{Safe, false, 3, 2, "Children and young people are safe in and outside of their home", frameworkSource},
		{StableHomes, false, 4, 4, "Children in care and care leavers have stable, loving homes", frameworkSource},
		{MultiAgency, true, 1, 1, "Multi-agency working is prioritised and effective (no indicators yet)", frameworkSource},
		{Leaders, true, 2, 2, "Leaders drive conditions for effective practice", frameworkSource},
		{EffectiveWorkforce, true, 3, 3, "The workforce is equipped and effective", frameworkSource},
	}
}

// outcomeOfGroup maps the dashboard's group heading to an outcome code.
func outcomeOfGroup(group string) OutcomeCode {
	switch {
	case len(group) > 9 && group[:9] == "Outcome 1":
		return StayTogether
	case len(group) > 9 && group[:9] == "Outcome 2":
		return Safe // the dashboard's numbering since March 2026
	case len(group) > 9 && group[:9] == "Outcome 3":
		return FamilyNetwork
	case len(group) > 9 && group[:9] == "Outcome 4":
		return StableHomes
	case group == "Enabler: Leaders drive conditions for effective practice":
		return Leaders
	case group == "Enabler: The workforce is equipped and effective":
		return EffectiveWorkforce
	}
	return ""
}
