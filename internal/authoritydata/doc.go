// Package authoritydata embeds the table of English local authorities with
// children's services that the root package's LookupLA reads.
//
// Sources (cited per row in the source column): DfE's dfeR package
// (https://github.com/dfe-analytical-services/dfeR at commit 9e3e11cd, its
// EnglishLaNameCodes and las tables), for DfE and GSS codes, names, types
// and dates; ONS RGN December 2023 for region names. Rows for abolished or recoded authorities carry the day they
// ended and their successor; their type and region are those of the
// successor, recorded in the row's source.
package authoritydata
