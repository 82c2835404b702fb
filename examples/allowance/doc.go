// Command allowance prints a year's National Minimum Allowance for a
// council and checks a file of payments against it.
//
//	go run ./examples/allowance                         # Hounslow, 2025-26, the sample payments
//	go run ./examples/allowance -la 330 -year 2024-25   # another council and year
//	go run ./examples/allowance -payments FILE.ndjson   # your own payments, one JSON object a line
package main
