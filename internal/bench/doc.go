// Command bench measures, on the same bytes, how fast the library and
// vendors' JSON Schema validators check compact NDJSON of placement and
// practitioner payloads: registry.ValidateStream, santhosh-tekuri/jsonschema
// v6 on the shipped schema and on a copy stripped of annotations, and
// encoding/json Valid as a floor. It writes the NDJSON and the schemas to a
// folder so that .ci/bench can run ajv on them too, then prints the table.
// It is run by .ci/bench, not by CI.
package main
