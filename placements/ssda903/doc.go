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
// the validation rules report it. When the caller supplies a PostcodeLookup,
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
// checked by a test over testdata/conformance (see its README).
//
// # Adding a rule
//
// A rule is a function returning *Rule in the file for its topic
// (rules_placement.go, rules_location.go, rules_dates.go, rules_legal.go,
// rules_episodes.go, rules_oc3.go, rules_oc2.go, rules_header.go...), plus
// one entry in the year it starts: base2022 in rules_base.go, or
// changes2023..changes2026 in rules_2023.go (a later entry with the same
// code replaces the earlier version from that year; registry() in
// ruleset.go lists removals). The check receives a *Check: Table(id) and
// Column(name).Cell(row) to read, ByChild and Sequences (a child's episodes
// in date order) to group, DOB, WasUASC, LookedAfter12Months and Providers
// for shared derived facts, Start/End for the collection period, and Fail
// to report a row. needs declare what must be supplied (a table, a column,
// metadata) so the rule is skipped with a reason rather than passing.
// Helpers build the common shapes: episodeRule/eachRow (one row at a
// time), seqRule (each episode with its neighbours), pairRule (episodes
// against another table's rows). Code lists live only in codes.go. The
// conformance test picks a new rule up by its code.
//
// Rules are judged by collection year, never by the clock. Messages carry
// rule codes and table/row positions only, never a cell's content.
//
// Synthetic returns for tests, benchmarks and demonstrations come from
// Generate, seeded and reproducible, with no real child's data.
package ssda903
