package funding

import (
	"strings"

	"github.com/stablehomes/stablehomes"
)

// Figure is one published amount for a programme, with its source. Where
// sources disagree every figure is kept; Government marks the one the
// government's own document states.
type Figure struct {
	Amount     stablehomes.Money  `json:"amount"`
	Government bool               `json:"government,omitempty"`
	Note       string             `json:"note,omitempty"`
	Source     stablehomes.Source `json:"source"`
}

// Participant is an authority taking part in a pilot, from a date.
type Participant struct {
	Authority stablehomes.LocalAuthority `json:"authority"`
	From      stablehomes.Date           `json:"from"`
	Group     string                     `json:"group,omitempty"` // wave or area
}

// Programme is one of the reform's funding lines.
type Programme struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Envelope is the amount the ledger allocates against: the
	// government's figure where one is marked, else the figure the note
	// explains. In pence.
	Envelope stablehomes.Money `json:"envelope"`
	// Years are the financial years the programme spans.
	Years []stablehomes.FinancialYear `json:"years"`
	// PerYear holds published per-year splits, in the order of Years; empty
	// where only a total is published (the envelope then caps all years
	// together).
	PerYear []stablehomes.Money `json:"perYear,omitempty"`
	Figures []Figure            `json:"figures"`
	// Pilot programmes pay only their participants.
	Pilot        bool          `json:"pilot,omitempty"`
	Participants []Participant `json:"participants,omitempty"`
	Unconfirmed  string        `json:"unconfirmed,omitempty"`
}

// Eligible reports whether an authority may receive the programme's money
// on a date: any authority for a national programme; for a pilot, a
// participant from the date it joined.
func (p Programme) Eligible(la stablehomes.LocalAuthority, on stablehomes.Date) bool {
	if !p.Pilot {
		return true
	}
	for _, x := range p.Participants {
		if x.Authority.GSSCode == la.GSSCode && !on.Before(x.From) {
			return true
		}
	}
	return false
}

// Spans reports whether the programme runs in a financial year.
func (p Programme) Spans(y stablehomes.FinancialYear) bool {
	for _, x := range p.Years {
		if x == y {
			return true
		}
	}
	return false
}

// YearEnvelope returns the published split for a year, if any.
func (p Programme) YearEnvelope(y stablehomes.FinancialYear) (stablehomes.Money, bool) {
	for i, x := range p.Years {
		if x == y && i < len(p.PerYear) {
			return p.PerYear[i], true
		}
	}
	return 0, false
}

func fy(y int) stablehomes.FinancialYear { return stablehomes.FinancialYearStarting(y) }

func m(pounds int64) stablehomes.Money { return stablehomes.Money(pounds * 100) }

func las(from stablehomes.Date, group string, codes ...string) []Participant {
	var out []Participant
	for _, c := range codes {
		la, err := stablehomes.LookupLA(c)
		if err != nil {
			panic("funding: participant " + c + ": " + err.Error())
		}
		out = append(out, Participant{Authority: la, From: from, Group: group})
	}
	return out
}

func src(doc, url string) stablehomes.Source { return stablehomes.Source{Document: doc, URL: url} }

// Programmes returns the catalogue of the reform's funding lines. Amounts
// are in pence.
func Programmes() []Programme {
	ffc := append(las(stablehomes.MustDate(2023, 7, 26), "Families First for Children wave 1", "838", "925", "336"),
		las(stablehomes.MustDate(2023, 7, 26), "Family Network Pilot", "846", "394", "390", "894", "860", "805", "205")...)
	ffc = append(ffc, las(stablehomes.MustDate(2024, 4, 1), "Families First for Children wave 2", "335", "821", "317", "209", "877", "937", "344")...)
	pathfinders := []string{"838", "925", "336", "335", "821", "317", "209", "877", "937", "344"}
	return []Programme{
		{ID: "shbol-reform-package", Name: "Stable Homes, Built on Love reform package", Envelope: m(200_000_000), Years: []stablehomes.FinancialYear{fy(2023), fy(2024)},
			Figures: []Figure{{Amount: m(200_000_000), Government: true, Source: pq("141548", "children's social services (£200m over two years)")}}},
		{ID: "families-first-for-children", Name: "Families First for Children pathfinder and Family Network Pilots", Envelope: m(45_000_000), Years: []stablehomes.FinancialYear{fy(2023), fy(2024)}, Pilot: true, Participants: ffc,
			Figures: []Figure{
				{Amount: m(45_000_000), Government: true, Note: "\"over £45 million\" from July 2023 to March 2025, pathfinder and family network pilots", Source: src("DfE, Families first for children (FFC) pathfinder programme and family networks pilot (FNP), policy paper updated 10 April 2024", "https://www.gov.uk/government/publications/families-first-for-children-ffc-pathfinder-programme/families-first-for-children-ffc-pathfinder-programme-and-family-networks-pilot-fnp")},
				{Amount: m(40_000_000), Note: "\"just under £40m\" for wave 1 alone", Source: stablehomes.Source{Document: "The MJ, Three trailblazer councils to pilot MacAlister's families first plan (2023)", Unconfirmed: "read only in a third-party copy of the article; no primary source for the wave 1 figure"}},
				{Amount: m(19_500_000), Note: "up to £19.5m for wave 2 from April 2024", Source: src("Express and Star (10 April 2024)", "https://www.expressandstar.com/news/local-hubs/walsall/2024/04/10/new-programme-set-to-bring-social-care-transformation/")},
				{Amount: m(45_000_000), Note: "\"the £45 million Families First for Children Pathfinder and Family Network Pilot\"", Source: src("Department for Education, launch of the first wave, reported by Local Government Lawyer (26 July 2023)", "https://localgovernmentlawyer.co.uk/child-protection/392-children-protection-news/54677-department-for-education-launches-first-wave-of-families-first-for-children-pilot")},
			},
			Unconfirmed: "whether wave 2's £19.5m is inside the £45m is not stated; the £45m is taken as the envelope for both years. The ten pathfinders were funded again for 2025-26 (DfE confirmed further funding in January 2025, as Warwickshire County Council reported: https://www.warwickshire.gov.uk/news/article/6101/warwickshire-demonstrates-its-child-friendly-ethos-through-a-lead-role-supporting-national-children-s-social-care-reform); no amount is published in the sources read, so 2025-26 is not a year of this envelope"},
		{ID: "foster-carer-recruitment-retention", Name: "Foster carer recruitment and retention", Envelope: m(25_000_000), Years: []stablehomes.FinancialYear{fy(2023), fy(2024)},
			Figures: []Figure{
				{Amount: m(25_000_000), Government: true, Note: "Stable Homes, Built on Love (February 2023)", Source: stablehomes.Source{Document: "Stable Homes, Built on Love (DfE, 2 February 2023)", URL: shbolURL, Unconfirmed: "the figure was read in FosterTalk's summary of the strategy, not in the strategy's own text"}},
				{Amount: m(27_500_000), Note: "£36m total less the £8.5m added in December 2023", Source: stablehomes.Source{Document: kinshipLaunch.Document, URL: kinshipLaunch.URL, Derived: "£36m (\"total government investment across this parliament\") less the £8.5m added, both in DfE's press release of 15 December 2023"}},
				{Amount: m(24_000_000), Note: "reported by CYP Now; no primary source found", Source: stablehomes.Source{Document: "CYP Now launch coverage (2 February 2023)", Unconfirmed: "no source found for £24m"}},
				{Amount: m(36_000_000), Note: "total 2023-25 after £8.5m added in December 2023", Source: kinshipLaunch},
			}},
		{ID: "kinship-training-support", Name: "Kinship carer training and support", Envelope: m(9_000_000), Years: []stablehomes.FinancialYear{fy(2023), fy(2024)},
			Figures: []Figure{{Amount: m(9_000_000), Government: true, Source: pq("26804", "kinship carers")}}},
		{ID: "regional-care-cooperatives", Name: "Regional care co-operative pathfinders (programme funding)", Envelope: stablehomes.Money(346_000_000), Years: []stablehomes.FinancialYear{fy(2024), fy(2025)}, Pilot: true,
			Participants: las(stablehomes.MustDate(2024, 11, 18), "Greater Manchester", "350", "351", "352", "353", "354", "355", "356", "357", "358", "359"),
			Figures:      []Figure{{Amount: stablehomes.Money(346_000_000), Government: true, Note: "£3.46m to the two pathfinder regions (Greater Manchester, South East), plus up to £5m capital per region (regional-care-cooperatives-capital)", Source: rccPaper}},
			Unconfirmed:  "the South East pathfinder's member authorities are not in the sources read, so only Greater Manchester's ten authorities are eligible here; Greater Manchester's co-operative has launched (Greater Manchester Combined Authority: https://greatermanchester-ca.gov.uk/news/gmca-commits-to-its-bold-new-regional-approach-to-children-s-care)"},
		{ID: "regional-care-cooperatives-capital", Name: "Regional care co-operative pathfinders (capital)", Envelope: m(10_000_000), Years: []stablehomes.FinancialYear{fy(2024), fy(2025)}, Pilot: true,
			Participants: las(stablehomes.MustDate(2024, 11, 18), "Greater Manchester", "350", "351", "352", "353", "354", "355", "356", "357", "358", "359"),
			Figures:      []Figure{{Amount: m(10_000_000), Note: "up to £5m capital for each of the two pathfinder regions", Source: stablehomes.Source{Document: rccPaper.Document, URL: rccPaper.URL, Derived: "2 regions × up to £5m; a ceiling, not an allocation"}}},
			Unconfirmed:  "the capital's financial years are those of the programme funding (2024-25 and 2025-26) by assumption"},
		{ID: "kinship-allowance-pilot", Name: "Kinship Allowance Pilot (Kinship Zones)", Envelope: m(126_000_000), Years: []stablehomes.FinancialYear{fy(2026), fy(2027)}, Pilot: true,
			Participants: las(stablehomes.MustDate(2026, 2, 27), "Kinship Zones", "303", "350", "391", "812", "887", "883", "865"),
			Figures: []Figure{
				{Amount: m(126_000_000), Government: true, Note: "first two years, around 5,000 children, seven Kinship Zones", Source: kinshipZones},
				{Amount: m(40_000_000), Note: "announced at the Autumn Budget 2024 for up to 10 authorities, before the pilot was sized", Source: src("Kinship, policy tracker: financial allowances", "https://kinship.org.uk/our-work-and-impact/policy-and-influencing/policy-tracker/financial-allowances")},
			},
			Unconfirmed: "the pilot is reported to run for up to three and a half years with £126m for its first two; which financial years those are is not stated (taken as 2026-27 and 2027-28); funding beyond them awaits the next Spending Review"},
		{ID: "family-hubs-start-for-life", Name: "Family hubs and Start for Life", Envelope: stablehomes.Money(30_175_000_000), Years: []stablehomes.FinancialYear{fy(2022), fy(2023), fy(2024)},
			Figures: []Figure{{Amount: stablehomes.Money(30_175_000_000), Note: "75 pre-selected upper-tier authorities", Source: stablehomes.Source{Document: "DfE and DHSC, Family hubs and Start for Life programme guidance", URL: "https://www.gov.uk/government/publications/family-hubs-and-start-for-life-programme-guidance",
				Unconfirmed: "the total was read in a third-party copy of the guidance"}}}},
		{ID: "family-finding-befriending-mentoring", Name: "Family finding, befriending and mentoring", Envelope: m(30_000_000), Years: []stablehomes.FinancialYear{fy(2023), fy(2024)},
			Figures: []Figure{{Amount: m(30_000_000), Source: stablehomes.Source{Document: "Stable Homes, Built on Love (DfE, 2 February 2023)", URL: shbolURL, Unconfirmed: "the figure was read in FosterTalk's summary of the strategy, not in the strategy's own text"}}}},
		{ID: "childrens-social-care-prevention-grant", Name: "Children's Social Care Prevention Grant", Envelope: m(270_000_000), Years: []stablehomes.FinancialYear{fy(2025)},
			Figures: []Figure{
				{Amount: m(270_000_000), Note: "£250m proposed in the draft settlement plus £20m for family group decision making", Source: src("CYP Now: government confirms £270mn early help grant allocations", "https://www.cypnow.co.uk/content/news/government-confirms-270mn-early-help-grant-allocations")},
				{Amount: m(253_000_000), Note: "Kent's paper gives £253m as the prevention grant; the £253.5m in the determinations is the Supporting Families element of the Children and Families Grant (children-and-families-grant), so this is likely a conflation", Source: src("Kent County Council, decision 25/00047", "https://democracy.kent.gov.uk/mgIssueHistoryHome.aspx?IId=69304&PlanId=687&RPID=0")},
				{Amount: m(263_000_000), Source: stablehomes.Source{Document: "figure quoted elsewhere", Unconfirmed: "no primary source"}},
			},
			Unconfirmed: "the determination (31/7833, 14 May 2025, https://www.gov.uk/government/publications/childrens-social-care-prevention-grant-determination-2025-to-2026/childrens-social-care-prevention-grant-determination-2025-to-2026) allocates by authority in its Annex A, whose total was not read; the £270m reported is used as the envelope"},
		{ID: "children-and-families-grant", Name: "Children and Families Grant (former Supporting Families and five other DfE grants)", Envelope: stablehomes.Money(41_440_000_000), Years: []stablehomes.FinancialYear{fy(2025)},
			Figures: []Figure{
				{Amount: stablehomes.Money(41_440_000_000), Note: "Supporting Families £253.5m, supported accommodation new burdens £94.5m, Staying Put £33.3m, virtual school heads for previously looked-after children £7.6m, leaving care allowance uplift £13.4m, personal advisers' extended duty £12.1m", Source: stablehomes.Source{Document: cafDetermination.Document, Section: "paragraph 2", URL: cafDetermination.URL, Derived: "sum of the six grants paragraph 2 names"}},
				{Amount: m(253_500_000), Note: "the Supporting Families element (a part, not the total), which with the prevention grant funds the Families First Partnership programme", Source: stablehomes.Source{Document: cafDetermination.Document, Section: "paragraphs 2(a) and 4", URL: cafDetermination.URL}},
			},
			Unconfirmed: "paragraph 2 lists the grants it comprises as \"including\"; the envelope is their sum, Annex A's total was not read"},
		{ID: "families-first-partnership-2025-26", Name: "Families First Partnership programme, 2025-26", Envelope: m(523_000_000), Years: []stablehomes.FinancialYear{fy(2025)},
			Figures: []Figure{
				{Amount: m(523_000_000), Government: true, Note: "\"the £523 million available for the Families First Partnership programme in 2025/26\"", Source: pq("106342", "children's social care: independent review")},
				{Amount: stablehomes.Money(52_350_000_000), Note: "the prevention grant (£270m) and the Supporting Families element of the Children and Families Grant (£253.5m)", Source: stablehomes.Source{Document: cafDetermination.Document, URL: cafDetermination.URL, Derived: "£270m + £253.5m; the £270m is as reported (childrens-social-care-prevention-grant)"}},
				{Amount: m(500_000_000), Note: "\"over £500 million\" via the local government finance settlement", Source: stablehomes.Source{Document: "Written statement, Families First Partnership programme (Commons, 20 March 2025)", URL: "https://questions-statements.parliament.uk/written-statements?SearchTerm=Families%20First%20Partnership"}},
			},
			Unconfirmed: "these are the same money as childrens-social-care-prevention-grant and the Supporting Families element of children-and-families-grant: allocate against the programme or its grants, not both"},
		{ID: "families-first-partnership-transformation-2025-26", Name: "Families First Partnership Programme Transformation (Revenue) Grant 2025-26", Envelope: m(18_000_000), Years: []stablehomes.FinancialYear{fy(2025)},
			Figures: []Figure{{Amount: m(18_000_000), Note: "one-off, paid in a single lump sum; the ten former Families First for Children pathfinders receive none", Source: stablehomes.Source{Document: "Families First Partnership Programme Transformation (Revenue) Grant (2025-26): 31/7969 (published 11 September 2025)", URL: "https://www.gov.uk/government/publications/families-first-partnership-programme-transformation-revenue-grant-determination-2025-to-2026/families-first-partnership-programme-transformation-revenue-grant-2025-26-317969",
				Unconfirmed: "Annex A's total was not read; £18m is the total trade press reported (Community Care, September 2025) and matches the £541m for 2025-26 in written answer 88596 less the £523m"}}},
			Unconfirmed: "every social care authority but the ten pathfinders is eligible; the ledger does not exclude the pathfinders: " + strings.Join(pathfinders, ", ")},
		{ID: "families-first-partnership-2026-29", Name: "Families First Partnership programme, 2026-27 to 2028-29 settlement", Envelope: m(2_400_000_000), Years: []stablehomes.FinancialYear{fy(2026), fy(2027), fy(2028)},
			Figures: []Figure{
				{Amount: m(2_400_000_000), Government: true, Note: "\"£2.4 billion over three years, all ringfenced for prevention and de-escalation\"", Source: pq("106342", "children's social care: independent review")},
				{Amount: m(2_416_000_000), Note: "£523m a year continued for 2026-27 to 2028-29, £300m from the Transformation Fund over 2026-27 and 2027-28, £547m new in the Local Government Funding Policy Statement", Source: stablehomes.Source{Document: "Written answer 106342", URL: pqURL("106342"), Derived: "3 × £523m + £300m + £547m"}},
			},
			Unconfirmed: "no per-year split is published (the £300m and £547m are not split by year), so the envelope caps the three years together; funding beyond 2027-28 is \"subject to the next Spending Review\""},
		{ID: "childrens-homes-foster-care-capital", Name: "Capital for children's homes and foster care placements", Envelope: m(560_000_000), Years: []stablehomes.FinancialYear{fy(2026), fy(2027), fy(2028)},
			Figures:     []Figure{{Amount: m(560_000_000), Government: true, Note: "\"£560 million capital funding to refurbish and expand children's homes and provide more high-quality foster care placements\"", Source: pq("106342", "children's social care: independent review")}},
			Unconfirmed: "the answer does not give the capital's years; the settlement's 2026-27 to 2028-29 are assumed"},
		{ID: "fostering-places-2026-28", Name: "Fostering reforms: 10,000 more foster care places", Envelope: m(88_000_000), Years: []stablehomes.FinancialYear{fy(2026), fy(2027)},
			Figures: []Figure{
				{Amount: m(88_000_000), Government: true, Note: "over the next two years: £25m capital for carers' homes, £12.8m fostering recruitment hubs, £10.8m regional care co-operatives, £12.4m new models, £8.9m Mockingbird constellations", Source: stablehomes.Source{Document: "Written statement, Fostering Reforms (Commons, 4 February 2026)", URL: "https://questions-statements.parliament.uk/written-statements?SearchTerm=Fostering%20Reforms"}},
				{Amount: m(25_000_000), Note: "\"an additional £25 million for fostering covering the 2026/27 and 2027/28 financial years\" (May 2025, before the February 2026 plan)", Source: pq("48680", "foster care")},
			}},
	}
}

const shbolURL = "https://www.gov.uk/government/consultations/childrens-social-care-stable-homes-built-on-love"

var (
	kinshipLaunch = stablehomes.Source{Document: "Department for Education, England's first ever kinship care strategy launches (press release, 15 December 2023)", URL: "https://www.gov.uk/government/news/englands-first-ever-kinship-care-strategy-launches"}
	kinshipZones  = stablehomes.Source{Document: "Department for Education, Government launches investment in support for kinship carers (press release, 27 February 2026)", URL: "https://www.gov.uk/government/news/government-launches-investment-in-support-for-kinship-carers",
		Unconfirmed: "the release was read in a syndicated copy; its gov.uk address is given by its title"}
	rccPaper         = src("DfE, Regional care co-operatives: pathfinder regions (18 November 2024)", "https://www.gov.uk/government/publications/regional-care-co-operatives-pathfinder-areas/regional-care-cooperatives-rccs-pathfinder-regions")
	cafDetermination = src("Children and Families Grant Determination (2025-26): 31/7834 (14 May 2025)", "https://www.gov.uk/government/publications/children-and-families-grant-determination-2025-to-2026/children-and-families-grant-determination-2025-to-2026")
)

// pqURL finds a written question by its number on Parliament's own site.
func pqURL(uin string) string {
	return "https://questions-statements.parliament.uk/written-questions?SearchTerm=" + uin
}

// pq cites a written answer by its number and heading.
func pq(uin, heading string) stablehomes.Source {
	return stablehomes.Source{Document: "Written answer " + uin + ", " + heading, URL: pqURL(uin)}
}

// ProgrammeByID finds a programme.
func ProgrammeByID(id string) (Programme, bool) {
	for _, p := range Programmes() {
		if p.ID == id {
			return p, true
		}
	}
	return Programme{}, false
}
