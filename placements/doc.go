// Package placements models placements of looked-after children in England
// as recorded in the SSDA903 return: the published code lists (placement
// type with its category, provider, legal status and the reasons for new
// episodes, ceased episodes and placement changes).
//
// Every list is copied from the library's reference (ssda903.md §2 and
// data/ssda903_*.csv, kept with their source column in data/) and embedded.
// Codes are effective by collection year (stablehomes.FinancialYear,
// 1 April to 31 March): ParseTypeIn("P2", year) fails for 2025-26, naming
// the year. A from-year of "<=2016-17" in the data means valid since before
// the data begins. Codes whose DfE wording the reference could not confirm
// (Z11 to Z14) carry Entry.Unconfirmed.
//
// Note (reference §2.1): P2 is also not valid for episodes open from
// 28 October 2023 (the supported-accommodation reforms); the code list
// records only its removal from 2025-26, with H5 and Z1.
package placements
