// Command sources prints the provenance of every rule, table and figure the
// library holds: each package's rules (with the SSDA903 rules by collection
// year), the code lists, every National Minimum Allowance cell, the funding
// programmes' figures, the indicators and national figures, the Ofsted
// judgements, the local authority table, the missions and Framework
// outcomes. Each fact has its source, the dates it applies and whether it is
// confirmed, derived (computed from published figures; the method is given)
// or unconfirmed (what is missing is given), with totals: the list a
// council's auditor asks for.
//
//	go run ./examples/sources                  # the report
//	go run ./examples/sources -json            # the same as JSON
//	go run ./examples/sources -status derived  # only derived facts
//
// It exits 0 when every fact cites a source a user can open (a document,
// and a URL on the library's checked list of allowed hosts where it gives
// one), 1 when some do not (listed under Findings), and 2 for a usage error.
// Usage and errors go to standard error; it takes no positional arguments.
package main
