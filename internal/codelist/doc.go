// Package codelist is the one implementation of a published code list
// (SSDA903 placement types, carer kinds, role codes): each code with its
// title, description, source, the span of years it is valid for and a flag
// for wording the library could not confirm. Domain packages declare a named
// string type per list and delegate parsing, validity by date and JSON
// Schema generation to a List, so that the schema and the Go check come from
// the same table and cannot disagree.
package codelist
