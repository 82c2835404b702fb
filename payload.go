package stablehomes

// PayloadType describes one JSON document type the library defines (a
// placement, a carer, a ledger event), so that a tool can validate a
// payload by type name. Each domain package lists its own with a
// PayloadTypes function.
type PayloadType struct {
	// Package is the owning package: "placements".
	Package string
	// Name is the type's name in schema file names and on the command
	// line: "placement".
	Name string
	// Description says what the payload holds.
	Description string
	// Prototype is a zero value of the Go type; the schema is generated
	// from it.
	Prototype any
	// Schema is the committed JSON Schema (draft 2020-12).
	Schema []byte
	// Check decodes one document strictly and validates it, returning nil
	// or Violations with schema-level and rule-level problems together.
	Check func(data []byte) error
}

// SchemaBaseURL is the base of every schema's $id. The v1 is the schema
// version, independent of the Go module's version.
const SchemaBaseURL = "https://stablehomes.github.io/schemas/v1/"

// SchemaID returns the schema's $id:
// https://stablehomes.github.io/schemas/v1/<package>/<name>.json.
func (p PayloadType) SchemaID() string { return SchemaBaseURL + p.Package + "/" + p.Name + ".json" }
