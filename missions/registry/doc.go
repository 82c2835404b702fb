// Package registry lists every JSON payload type the library defines,
// across all its domain packages, so that a tool can validate a payload by
// type name ("placement", "carers/payment") and a vendor can find each
// schema with its $id. It also validates bulk input: an NDJSON stream or a
// JSON document, record by record, with bounded memory and every record
// accounted for.
//
// It sits under missions because missions is the package that aggregates
// the others (the domain packages do not import each other). Go services
// that know their type call the domain package's decoder directly, e.g.
// placements.DecodePlacement; the registry gives the same answer, because
// each PayloadType's Check is that decoder.
package registry
