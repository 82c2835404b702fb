// Command bench measures, on the same bytes, how fast the library and
// vendors' JSON Schema validators check compact NDJSON of placement and
// practitioner payloads: registry.ValidateStream, santhosh-tekuri/jsonschema
// v6 on the shipped schema and on a copy stripped of annotations, and
// encoding/json Valid as a floor. It writes the NDJSON and the schemas to a
// folder so that .ci/bench can run ajv on them too, then prints the table.
// Then, for generated SSDA903 returns of 10,000, 100,000 and 1,000,000
// episodes (-ssda903) written as CSV files, it reads and validates each in a
// fresh process on one core and prints the CPU time and allocation of
// ssda903.Validate and the process's peak resident set. It is run by
// .ci/bench, not by CI.
package main
