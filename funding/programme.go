package funding

import (
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
	return []Programme{
		{ID: "shbol-reform-package", Name: "Stable Homes, Built on Love reform package", Envelope: m(200_000_000), Years: []stablehomes.FinancialYear{fy(2023), fy(2024)},
			Figures: []Figure{{Amount: m(200_000_000), Government: true, Source: src("PQ answer on children's social services (£200m over two years)", "https://www.parallelparliament.co.uk/question/141548/children-social-services")}}},
		{ID: "families-first-for-children", Name: "Families First for Children pathfinder and Family Network Pilots", Envelope: m(45_000_000), Years: []stablehomes.FinancialYear{fy(2023), fy(2024)}, Pilot: true, Participants: ffc,
			Figures: []Figure{
				{Amount: m(45_000_000), Government: true, Note: "pathfinder and family network pilots collectively", Source: src("DfE launch of the first wave, reported by Local Government Lawyer (26 July 2023)", "https://localgovernmentlawyer.co.uk/child-protection/392-children-protection-news/54677-department-for-education-launches-first-wave-of-families-first-for-children-pilot")},
				{Amount: m(40_000_000), Note: "\"just under £40m\" for wave 1 alone", Source: src("mculster.com", "https://mculster.com/three-trailblazer-councils-to-pilot-macalisters-families-first-plan.html")},
				{Amount: m(19_500_000), Note: "up to £19.5m for wave 2 from April 2024", Source: src("Express and Star (10 April 2024)", "https://www.expressandstar.com/news/local-hubs/walsall/2024/04/10/new-programme-set-to-bring-social-care-transformation/")},
			},
			Unconfirmed: "the £45m is described as collective; whether wave 2's £19.5m is inside it is not stated; the £45m is taken as the envelope for both years"},
		{ID: "foster-carer-recruitment-retention", Name: "Foster carer recruitment and retention", Envelope: m(25_000_000), Years: []stablehomes.FinancialYear{fy(2023), fy(2024)},
			Figures: []Figure{
				{Amount: m(25_000_000), Government: true, Note: "SHBOL, as DfE's press release gave it", Source: src("FosterTalk summary of SHBOL (February 2023)", "https://fostertalk.org/stable-homes-built-on-love-the-government-releases-its-strategy-for-childrens-social-care-reforms/")},
				{Amount: m(27_500_000), Note: "implied: £36m total less the £8.5m added in December 2023", Source: src("The Fostering Network, Stable Homes Built on Love one year later", "https://thefosteringnetwork.org.uk/blogs/isobelmintz/stable-homes-built-love-one-year-later")},
				{Amount: m(24_000_000), Note: "reported by CYP Now; no primary source found", Source: stablehomes.Source{Document: "CYP Now launch coverage (2 February 2023)", Unconfirmed: "no source found for £24m"}},
				{Amount: m(36_000_000), Note: "total 2023-25 after £8.5m added in December 2023", Source: src("MP's page quoting DfE (kinship care strategy)", "https://www.mimsdavies.org.uk/news/kinship-care-strategy")},
			}},
		{ID: "kinship-training-support", Name: "Kinship carer training and support", Envelope: m(9_000_000), Years: []stablehomes.FinancialYear{fy(2023), fy(2024)},
			Figures: []Figure{{Amount: m(9_000_000), Government: true, Source: src("PQ 26804 on kinship carers", "https://parallelparliament.co.uk/question/26804/carers")}}},
		{ID: "regional-care-cooperatives", Name: "Regional care co-operative pathfinders (programme funding)", Envelope: stablehomes.Money(346_000_000), Years: []stablehomes.FinancialYear{fy(2024), fy(2025)}, Pilot: true,
			Participants: las(stablehomes.MustDate(2024, 11, 18), "Greater Manchester", "350", "351", "352", "353", "354", "355", "356", "357", "358", "359"),
			Figures:      []Figure{{Amount: stablehomes.Money(346_000_000), Government: true, Note: "£3.46m to the two pathfinder regions, plus up to £5m capital per region (not in this envelope)", Source: src("DfE, Regional care co-operatives: pathfinder regions (18 November 2024)", "https://gov.uk/government/publications/regional-care-co-operatives-pathfinder-areas/regional-care-cooperatives-rccs-pathfinder-regions")}},
			Unconfirmed:  "the South East pathfinder's member authorities are not in the reference, so only Greater Manchester's ten authorities are eligible here"},
		{ID: "kinship-allowance-pilot", Name: "Kinship Allowance Pilot (Kinship Zones)", Envelope: m(126_000_000), Years: []stablehomes.FinancialYear{fy(2026), fy(2027)}, Pilot: true,
			Participants: las(stablehomes.MustDate(2026, 2, 27), "Kinship Zones", "303", "350", "391", "812", "887", "883", "865"),
			Figures: []Figure{
				{Amount: m(126_000_000), Note: "first two years", Source: src("Kinship: pilot in seven local authority areas", "https://kinship.org.uk/our-work-and-impact/news/government-announces-financial-allowances-pilot-in-seven-local-authority-areas")},
				{Amount: m(40_000_000), Note: "announced 27 October 2024 / Autumn Budget, up to 10 authorities", Source: src("Kinship policy tracker", "https://kinship.org.uk/our-work-and-impact/policy-and-influencing/policy-tracker/financial-allowances")},
			},
			Unconfirmed: "secondary sources only; the financial years of the two funded years are assumed to be 2026-27 and 2027-28"},
		{ID: "family-hubs-start-for-life", Name: "Family hubs and Start for Life", Envelope: stablehomes.Money(30_175_000_000), Years: []stablehomes.FinancialYear{fy(2022), fy(2023), fy(2024)},
			Figures: []Figure{{Amount: stablehomes.Money(30_175_000_000), Note: "75 pre-selected upper-tier authorities", Source: src("Family hubs and Start for Life programme guidance", "https://chamberuk.com/start-for-life-and-family-hubs-programme-guidance/")}}},
		{ID: "family-finding-befriending-mentoring", Name: "Family finding, befriending and mentoring", Envelope: m(30_000_000), Years: []stablehomes.FinancialYear{fy(2023), fy(2024)},
			Figures: []Figure{{Amount: m(30_000_000), Source: src("FosterTalk summary of SHBOL (February 2023)", "https://fostertalk.org/stable-homes-built-on-love-the-government-releases-its-strategy-for-childrens-social-care-reforms/")}}},
		{ID: "childrens-social-care-prevention-grant", Name: "Children's Social Care Prevention Grant", Envelope: m(270_000_000), Years: []stablehomes.FinancialYear{fy(2025)},
			Figures: []Figure{
				{Amount: m(270_000_000), Note: "£250m proposed plus £20m for family group decision making", Source: src("CYP Now: government confirms £270mn early help grant allocations", "https://www.cypnow.co.uk/content/news/government-confirms-270mn-early-help-grant-allocations")},
				{Amount: m(253_000_000), Source: src("Kent County Council cabinet paper", "https://democracy.kent.gov.uk/mgIssueHistoryHome.aspx?IId=69304&PlanId=687&RPID=0")},
				{Amount: m(263_000_000), Source: stablehomes.Source{Document: "figure quoted elsewhere", Unconfirmed: "no primary source"}},
			},
			Unconfirmed: "the grant determination (31/7833, 14 May 2025) total was not in the reference; the £270m reported is used as the envelope"},
	}
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
