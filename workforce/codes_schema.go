//go:build schemagen

package workforce

import "github.com/invopop/jsonschema"

// JSONSchema lists the codes.
func (ContractType) JSONSchema() *jsonschema.Schema {
	return contractTypes.Schema("Contract type", "How the practitioner is employed.")
}

// JSONSchema lists the codes.
func (RegistrationStatus) JSONSchema() *jsonschema.Schema {
	return registrationStatuses.Schema("Registration status", "Where the practitioner stands on the Social Work England register.")
}

// JSONSchema lists the codes.
func (TrainingCourse) JSONSchema() *jsonschema.Schema {
	return trainingCourses.Schema("Training course", "A programme of training completed.")
}

// JSONSchema lists the codes.
func (RateUnit) JSONSchema() *jsonschema.Schema {
	return rateUnits.Schema("Rate unit", "What the agency charge is per.")
}

// JSONSchema lists the codes.
func (CoolingOffException) JSONSchema() *jsonschema.Schema {
	return coolingOffExceptions.Schema("Cooling-off exception", "Why the cooling-off period does not apply.")
}
