// Package schemagen writes the JSON Schemas (draft 2020-12) of the
// library's payload types from the Go types themselves, with
// github.com/invopop/jsonschema. Every package's generator and drift test
// go through Generate, so there is one configuration: UUIDs as canonical
// strings, no additional properties, required = fields without
// omitempty/omitzero, descriptions from Go doc comments, and $id
// https://stablehomes.github.io/schemas/v1/<package>/<name>.json.
//
// The types' JSONSchema methods sit in files (*_schema.go) built only with
// the schemagen tag, which every go:generate line sets
// (go run -tags schemagen ./internal/genschemas): a program importing the
// library then links none of the generator's modules. Generate refuses to
// run without the tag, and the drift tests regenerate only with it
// (go test -tags schemagen); .ci/run does both.
package schemagen
