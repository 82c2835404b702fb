// Command workforce checks a sample roster of practitioners and a sample
// set of agency engagements with the workforce package, printing each
// violation with the rule it breaks and that rule's source.
//
// The roster is judged on one date (-on, default 2025-11-01): each
// practitioner's record, then their eligibility for their current role on
// that date. Engagements are judged by their own start dates against an
// example regional price cap table (invented figures; every region sets
// its own).
//
//	go run ./examples/workforce
//	go run ./examples/workforce -on 2026-12-01
//	go run ./examples/workforce -roster roster.json -engagements engagements.json -caps caps.csv
//
// It exits 1 when a record is rejected, a practitioner is not eligible or
// an engagement breaks a rule (warnings are shown but are not findings), 0
// when there is none, and 2 for a usage or input error (internal/cli).
package main
