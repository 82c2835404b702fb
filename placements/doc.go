// Package placements models placements of looked-after children in England
// as recorded in the SSDA903 return, checks each against the law and the
// reform's rules, ranks candidate homes with cited reasons, and computes
// DfE's stability measures from a child's episodes.
//
// # Codes
//
// The published code lists (placement type with its Category, provider,
// legal status, reasons for new episodes, ceased episodes and placement
// changes) are embedded from data/ssda903_*.csv, each row with its source
// column.
// Codes are effective by collection year (stablehomes.FinancialYear,
// 1 April to 31 March): ParseTypeIn("P2", year) fails for 2025-26, naming
// the year. A from-year of "<=2016-17" means valid since before the data
// begins. Codes whose DfE wording the reference could not confirm (Z11 to
// Z14) carry Entry.Unconfirmed. The placement types Ofsted does not
// register (OfstedExemptions, data/ofsted_urn_exempt.csv) are one table
// shared with the SSDA903 validator's rules 218 and 222.
//
// # Placements
//
// Placement is one placement with codes as published, a Distance in miles
// as the return writes it ("12.3"), postcodes (never repeated in a
// message) and the setting's Ofsted URN. Placement.Validate judges it by
// its start date against the rules listed by Rules: under-16s in
// independent or semi-independent accommodation (from 9 September 2021),
// unregistered supported accommodation for 16 and 17 year olds (from
// 28 October 2023), P2 from 28 October 2023, the Ofsted URN (from the
// 2022-23 lists), the s22C reason for a far, out-of-area, sibling-
// separating or school-moving placement (a warning), dates within
// childhood, why an ended placement ended (REC) and why the child moved
// (never for a temporary placement), and codes valid for the year. DecodePlacement decodes strictly
// and validates in one call.
//
// # Ranking
//
// Rank orders candidate homes lexicographically with no weights: the
// Children Act 1989 s22C order first, then siblings together, nearer home
// (an unknown distance last), same school and meeting a disability need,
// and finally the option's ID; each Ranked carries the cited reasons. Where
// a home lies (inside the child's authority, its regional care
// co-operative's footprint, or neither) is reported, never preferred.
//
// # Stability
//
// Child.Stability gives, for one child and collection year, the inputs to
// DfE's measures: looked after at 31 March (short breaks V3/V4 left out),
// placements in the year and 3 or more, the long-term stability cohort and
// whether the child is stable (including the adoption clause), and
// placement more than 20 miles from home (never for unaccompanied
// asylum-seeking children, who have no distance). Method switches the
// readings of DfE's method that the reference could not settle. The
// missions dashboard adds these up over a whole return with the same code.
//
// The Children's Wellbeing and Schools Act 2026 (c. 21) measures that touch
// placements are rules not yet commenced (act2026.go), listed by Rules()
// and judging nothing until regulations bring them in: the family group
// decision-making offer before care proceedings (CareApplication), the
// deprivation of liberty of a child in relevant accommodation (the SSDA903
// return records such orders in its DoLo table), and, for providers,
// financial oversight and the profit cap (ProviderDutiesOn: nothing to
// report, no cap in force). Supported accommodation whose provider is not
// registered is allowed from 28 October 2023 only while an application
// Ofsted accepted by that day is undetermined (SupportedApplication).
package placements
