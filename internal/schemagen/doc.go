// Package schemagen writes the JSON Schemas (draft 2020-12) of the
// library's payload types from the Go types themselves, with
// github.com/invopop/jsonschema. Every package's generator and drift test
// go through Generate, so there is one configuration: UUIDs as canonical
// strings, no additional properties, required = fields without
// omitempty/omitzero, descriptions from Go doc comments, and $id
// https://stablehomes.github.io/schemas/v1/<package>/<name>.json.
package schemagen
