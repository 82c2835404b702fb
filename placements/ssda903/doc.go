// Package ssda903 reads and validates the SSDA903 "children looked after"
// return that every English local authority sends to the Department for
// Education each year, so performance teams and case-system vendors can
// check a return and compute the reform's indicators from it.
//
// # The return
//
// A Return holds the return's tables (Header, Episodes, UASC, OC2, OC3,
// Missing, Reviews, AD1, PlacedAdoption, PrevPerm, SWEpisodes, DoLo) and
// optionally last year's (the _last tables), keyed by TableID. A Table is
// stored column by column; columns are found by their published names
// ("CHILD", "DECOM", "PLACE"...). A Cell tells an absent column from a null
// value and from a value (which may be ""); typed accessors (Date for
// dd/mm/yyyy, Float, Int) return errors rather than panicking. Every row keeps
// its Pos (file and line).
//
// # Reading
//
// NewReader streams one CSV file a record at a time; ReadTable and LoadDir
// build tables. The header must match the collection year's published
// columns (Columns); rows with the wrong number of fields, invalid UTF-8,
// bad quoting or more than ReadOptions.MaxRowBytes are rejected with file,
// line and reason, and Counts always satisfy Read = Accepted + Rejected.
// Field content (a bad date, an unknown code) is not the reader's business:
// the validation rules report it. The tables ReadTable, LoadDir and ReadXML
// build hold every value upper-cased (ASCII a-z), as the peer validator
// reads them: a code written "mf" or "p1" is MF or P1. When the caller supplies a PostcodeLookup,
// PL_DISTANCE (straight-line miles between OS grid references, one decimal,
// as DfE derives it), PL_LA and PL_LOCATION are derived; values in the file
// are kept.
//
// # Validating
//
// Validate(ret, year) runs the rules that apply in a collection year (see
// RulesFor): the 2022-23 base set overlaid by each later year's additions
// and replacements, minus its removals, as DfE's yearly validation rules and
// the peer validator (Data to Insight's csc-validator-be-903, MIT) organise
// them. The Report lists, per rule, the failing rows by table and row in a
// deterministic order, and the rules skipped because the caller did not
// supply what they need (last year's return, postcode-derived fields, the
// Ofsted provider list). Conformance with the peer's own test cases is
// checked by a test over testdata/conformance (see its README), agreement on
// whole returns (clean and damaged) by tests over testdata/peer-runs, and
// every answer where this package deliberately differs from the peer is
// listed, with its reason, in PEER_DIFFERENCES.md beside this file.
//
// # Rules as data
//
// Every rule is a value: RulesFor(year) lists exactly what Validate runs,
// each with DfE's code and message, the fields and tables it concerns and
// the collection years it applies; Rules() gives them as stablehomes.Rule
// values with their sources. Validate, LoadDir, ReadTable and Generate take
// a context and stop promptly when it is cancelled.
//
// Rules are judged by collection year, never by the clock. Messages carry
// rule codes and table/row positions only, never a cell's content.
//
// Synthetic returns for tests, benchmarks and demonstrations come from
// Generate, seeded and reproducible, with no real child's data.
package ssda903
