//go:build schemagen

package carers

import "github.com/invopop/jsonschema"

// JSONSchema lists the statuses.
func (ApprovalStatus) JSONSchema() *jsonschema.Schema {
	return approvalStatuses.Schema("Approval status", "Where a foster carer's approval stands.")
}

// JSONSchema lists the offers.
func (Offer) JSONSchema() *jsonschema.Schema {
	return offers.Schema("Carer offer", "Something a carer can offer.")
}
