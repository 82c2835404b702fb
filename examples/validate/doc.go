// Command validate checks JSON and NDJSON payloads against the library's
// rules, the same verdict its JSON Schemas give plus the rules a schema
// cannot express, and reports every bad record with its file, line, JSON
// Pointer, code, message and the source of the rule broken.
//
//	go run ./examples/validate -type placement placements.ndjson
//	go run ./examples/validate -type carer carer.json
//	cat payments.ndjson | go run ./examples/validate -type payment
//	go run ./examples/validate -list
//
// Files ending .json hold one document; .ndjson and .jsonl hold one per
// line, as does standard input (name it "-" or give no file); -format
// overrides. It streams: memory stays flat however large the file.
//
// The last line is a summary, "read N, accepted A, rejected R", with
// A + R = N always. Exit status (the programs' convention, internal/cli):
// 0 all valid, 1 some rejected, 2 a usage or input error (an unknown type,
// a file that cannot be read, an empty file, a file with nothing that is
// JSON, no file named while standard input is a terminal). Progress goes
// to standard error when it is a terminal, never with -q.
package main
