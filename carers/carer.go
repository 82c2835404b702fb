package carers

import (
	"io"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/codelist"
	"github.com/stablehomes/stablehomes/internal/strictjson"
)

// Carer is a foster or kinship carer as a fostering or kinship service
// holds them. It carries no names or addresses.
type Carer struct {
	// ID identifies the carer (household) in the service's systems.
	ID uuid.UUID `json:"id"`
	// Kind is the kind of carer.
	Kind Kind `json:"kind"`
	// Authority is the local authority that approved or supports the carer.
	Authority stablehomes.LocalAuthority `json:"authority"`
	// Approval is the fostering approval; foster carers only.
	Approval Approval `json:"approval,omitzero"`
	// Offers lists what the carer can offer.
	Offers []Offer `json:"offers,omitempty"`
}

// Approval is a foster carer's approval: its dates, status, and the number
// and ages of the children approved for.
type Approval struct {
	From   stablehomes.Date `json:"from"`
	To     stablehomes.Date `json:"to,omitzero"`
	Status ApprovalStatus   `json:"status"`
	// Children is the number of children approved for at one time.
	Children int `json:"children" jsonschema:"minimum=1,maximum=20"`
	// AgeFrom and AgeTo are the ages approved for (inclusive).
	AgeFrom int `json:"ageFrom" jsonschema:"minimum=0,maximum=25"`
	AgeTo   int `json:"ageTo" jsonschema:"minimum=0,maximum=25"`
}

// IsZero reports an absent approval.
func (a Approval) IsZero() bool { return a == Approval{} }

// ApprovalStatus says where an approval stands.
type ApprovalStatus string

// The approval statuses.
const (
	Approved          ApprovalStatus = "approved"
	TemporaryApproval ApprovalStatus = "temporary" // connected persons, reg. 24 Care Planning Regulations 2010
	Suspended         ApprovalStatus = "suspended"
	Terminated        ApprovalStatus = "terminated"
)

var approvalStatuses = codelist.New("approval status", []codelist.Entry{
	{Code: string(Approved), Title: "Approved", Source: stablehomes.Source{Document: "Fostering Services (England) Regulations 2011", Section: "reg. 27", URL: "https://www.legislation.gov.uk/uksi/2011/581/regulation/27"}},
	{Code: string(TemporaryApproval), Title: "Temporary approval (connected person)", Source: stablehomes.Source{Document: "Care Planning, Placement and Case Review (England) Regulations 2010", Section: "reg. 24", URL: "https://www.legislation.gov.uk/uksi/2010/959/regulation/24"}},
	{Code: string(Suspended), Title: "Suspended", Source: stablehomes.Source{Document: "Fostering Services (England) Regulations 2011", Section: "reg. 28", URL: "https://www.legislation.gov.uk/uksi/2011/581/regulation/28"}},
	{Code: string(Terminated), Title: "Terminated", Source: stablehomes.Source{Document: "Fostering Services (England) Regulations 2011", Section: "reg. 28", URL: "https://www.legislation.gov.uk/uksi/2011/581/regulation/28"}},
})

// MarshalText writes the code.
func (s ApprovalStatus) MarshalText() ([]byte, error) { return []byte(s), nil }

// UnmarshalText accepts a known status.
func (s *ApprovalStatus) UnmarshalText(b []byte) error {
	v, err := approvalStatuses.Parse(string(b))
	if err != nil {
		return err
	}
	*s = ApprovalStatus(v)
	return nil
}

// Offer is something a carer can offer.
type Offer string

// What carers can offer.
const (
	OfferSiblingGroups    Offer = "sibling-groups"
	OfferTeenagers        Offer = "teenagers"
	OfferUASC             Offer = "unaccompanied-asylum-seeking-children"
	OfferComplexTrauma    Offer = "complex-trauma"
	OfferParentAndChild   Offer = "parent-and-child"
	OfferDisabledChildren Offer = "children-with-disabilities"
)

var strategy = stablehomes.Source{Document: "Stable Homes, Built on Love (DfE, 2023)", URL: "https://www.gov.uk/government/consultations/childrens-social-care-stable-homes-built-on-love"}

var offers = codelist.New("carer offer", []codelist.Entry{
	{Code: string(OfferSiblingGroups), Title: "Sibling groups", Source: strategy},
	{Code: string(OfferTeenagers), Title: "Teenagers", Source: strategy},
	{Code: string(OfferUASC), Title: "Unaccompanied asylum-seeking children", Source: strategy},
	{Code: string(OfferComplexTrauma), Title: "Children with complex trauma", Source: strategy},
	{Code: string(OfferParentAndChild), Title: "Parent and child", Source: strategy},
	{Code: string(OfferDisabledChildren), Title: "Children with disabilities", Source: strategy},
})

// MarshalText writes the code.
func (o Offer) MarshalText() ([]byte, error) { return []byte(o), nil }

// UnmarshalText accepts a known offer.
func (o *Offer) UnmarshalText(b []byte) error {
	v, err := offers.Parse(string(b))
	if err != nil {
		return err
	}
	*o = Offer(v)
	return nil
}

// Rules for carers.
var (
	RuleCarerRequired = stablehomes.Rule{ID: "carers.carer-required", Title: "A carer record has an ID, a kind and an authority",
		Source: stablehomes.Source{Document: "stablehomes carer schema", URL: "https://stablehomes.github.io/schemas/v1/carers/carer.json"}}
	RuleApprovalOrdered = stablehomes.Rule{ID: "carers.approval-ordered", Title: "An approval ends on or after it starts, and its age range is ordered",
		Source: stablehomes.Source{Document: "Fostering Services (England) Regulations 2011", Section: "reg. 27(5) (terms of approval)", URL: "https://www.legislation.gov.uk/uksi/2011/581/regulation/27"}}
	RuleFosterApprovalOnly = stablehomes.Rule{ID: "carers.foster-approval-only", Title: "Only foster carers hold a fostering approval: a special guardian, child arrangements order holder or informal kinship carer is not a foster carer and receives no fostering allowance through this record",
		Source: stablehomes.Source{Document: "Children Act 1989", Section: "s22C(6) (placement with a local authority foster parent) and ss14A-14F (special guardianship)", URL: "https://www.legislation.gov.uk/ukpga/1989/41/section/22C"}}
	RuleFosterNeedsApproval = stablehomes.Rule{ID: "carers.foster-needs-approval", Title: "A foster carer record carries the fostering approval",
		Source: stablehomes.Source{Document: "Fostering Services (England) Regulations 2011", Section: "reg. 27", URL: "https://www.legislation.gov.uk/uksi/2011/581/regulation/27"}}
	RuleUsualFosteringLimit = stablehomes.Rule{ID: "carers.usual-fostering-limit", Title: "A foster carer may foster no more than three children at once unless the authority grants an exemption (the usual fostering limit)",
		Source: stablehomes.Source{Document: "Children Act 1989", Section: "Schedule 7, paragraphs 2 and 4", URL: "https://www.legislation.gov.uk/ukpga/1989/41/schedule/7"}}
	RuleStayingPutAges = stablehomes.Rule{ID: "carers.staying-put-ages", Title: "A Staying Put arrangement is for a young person aged 18 to 21",
		Source: stablehomes.Source{Document: "Children Act 1989", Section: "s23CZA", URL: "https://www.legislation.gov.uk/ukpga/1989/41/section/23CZA"}}
)

// Validate checks the record against the rules above. It returns nil or
// stablehomes.Violations, and allocates nothing on a valid record.
func (c Carer) Validate() error {
	var vs stablehomes.Violations
	if c.ID == uuid.Nil {
		vs.Add("/id", "carers.required", "the carer ID is missing", stablehomes.SeverityError, RuleCarerRequired)
	}
	if c.Kind == "" {
		vs.Add("/kind", "carers.required", "the kind of carer is missing", stablehomes.SeverityError, RuleCarerRequired)
	}
	if c.Authority.IsZero() {
		vs.Add("/authority", "carers.required", "the authority is missing", stablehomes.SeverityError, RuleCarerRequired)
	}
	a := c.Approval
	switch {
	case a.IsZero() && c.Kind.IsFosterCarer():
		vs.Add("/approval", "carers.foster-needs-approval", "a foster carer's record needs the fostering approval", stablehomes.SeverityError, RuleFosterNeedsApproval)
	case !a.IsZero() && !c.Kind.IsFosterCarer() && c.Kind != StayingPutCarer && c.Kind != "":
		vs.Add("/approval", "carers.foster-approval-only", "this kind of carer is not a foster carer and holds no fostering approval; pay any allowance through the arrangement it belongs to (special guardianship or child arrangements support)", stablehomes.SeverityError, RuleFosterApprovalOnly)
	}
	if !a.IsZero() {
		if a.From.IsZero() {
			vs.Add("/approval/from", "carers.required", "the approval's start date is missing", stablehomes.SeverityError, RuleCarerRequired)
		}
		if a.Status == "" {
			vs.Add("/approval/status", "carers.required", "the approval status is missing", stablehomes.SeverityError, RuleCarerRequired)
		}
		if !a.To.IsZero() && a.To.Before(a.From) {
			vs.Add("/approval/to", "carers.approval-ordered", "the approval ends before it starts", stablehomes.SeverityError, RuleApprovalOrdered)
		}
		if a.AgeTo < a.AgeFrom {
			vs.Add("/approval/ageTo", "carers.approval-ordered", "the oldest age approved for is below the youngest", stablehomes.SeverityError, RuleApprovalOrdered)
		}
		if a.Children < 1 || a.Children > 20 {
			vs.Add("/approval/children", "carers.approval-ordered", "an approval is for 1 to 20 children", stablehomes.SeverityError, RuleApprovalOrdered)
		}
		if a.AgeFrom < 0 || a.AgeFrom > 25 || a.AgeTo < 0 || a.AgeTo > 25 {
			vs.Add("/approval/ageFrom", "carers.approval-ordered", "the ages approved for are 0 to 25 (care leavers' arrangements run to 25)", stablehomes.SeverityError, RuleApprovalOrdered)
		}
		if a.Children > 3 && c.Kind.IsFosterCarer() {
			vs.Add("/approval/children", "carers.usual-fostering-limit", "approved for more than three children: this needs an exemption from the usual fostering limit", stablehomes.SeverityWarning, RuleUsualFosteringLimit)
		}
		if c.Kind == StayingPutCarer && (a.AgeFrom < 18 || a.AgeTo > 21) {
			vs.Add("/approval/ageFrom", "carers.staying-put-ages", "a Staying Put arrangement is for young people aged 18 to 21", stablehomes.SeverityError, RuleStayingPutAges)
		}
	}
	return vs.Err()
}

// DecodeCarer decodes one carer strictly and validates it.
func DecodeCarer(r io.Reader) (Carer, error) {
	var c Carer
	if err := strictjson.Read(r, &c, 0); err != nil {
		return Carer{}, err
	}
	return c, c.Validate()
}
