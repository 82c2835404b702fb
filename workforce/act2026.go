package workforce

import "github.com/stablehomes/stablehomes"

// The Children's Wellbeing and Schools Act 2026 (c. 21), Royal Assent 29
// April 2026, as it touches the workforce. Both sections here wait for
// commencement regulations (s78(5)); none were found, so the rules are held
// as not yet commenced: Rules() lists them and they judge nothing. DfE's
// policy paper of 7 January 2026 reported regulations for multi-agency
// child protection teams as aimed at late 2027; the library does not take a
// date from it.
var notYetCommenced2026 = stablehomes.Commencement{Provision: "Children's Wellbeing and Schools Act 2026 s78(5): on a day appointed by regulations; none found", Pending: true}

// The Act's rules in this package.
var (
	// RuleMultiAgencyChildProtectionTeam: the safeguarding partners for
	// each area establish a multi-agency child protection team (new
	// Children Act 2004 s16EA), in which the local authority's social
	// workers work with police, health and education members.
	RuleMultiAgencyChildProtectionTeam = stablehomes.Rule{ID: "workforce.multi-agency-child-protection-team", Title: "The safeguarding partners for each area establish a multi-agency child protection team to support the local authority's child protection duties",
		Source: stablehomes.Source{Document: "Children's Wellbeing and Schools Act 2026 (c. 21)", Section: "s3 (new Children Act 2004 s16EA)", URL: "https://www.legislation.gov.uk/ukpga/2026/21/section/3",
			Unconfirmed: "the team's required members are as summaries of the Bill report them, not read in the Act's text"},
		Commencement: notYetCommenced2026}
	// RuleAgencyWorkerRegulations: a power for the Secretary of State to
	// regulate local authorities' use of agency workers in children's
	// social care. The agency rules already in force (RuleAgencyExperience
	// and the others) are statutory guidance, not this power.
	RuleAgencyWorkerRegulations = stablehomes.Rule{ID: "workforce.agency-worker-regulations", Title: "A local authority uses agency workers in children's social care only as regulations under the Act allow",
		Source: stablehomes.Source{Document: "Children's Wellbeing and Schools Act 2026 (c. 21)", Section: "Part 1 (use of agency workers)", URL: "https://www.legislation.gov.uk/ukpga/2026/21/contents",
			Unconfirmed: "the Act's section was not identified (in the Bill it was clause 18, \"Use of agency workers for children's social care work\", debated in Commons Public Bill Committee on 28 January 2025, where the minister said regulations follow a duty to consult); no regulations under it were found"},
		Commencement: notYetCommenced2026}
)
