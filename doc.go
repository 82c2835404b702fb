// Package stablehomes is the shared vocabulary of an embeddable library that
// models England's children's social care reform — "Stable Homes, Built on
// Love" (Department for Education, 2023) and what followed: the Children's
// Social Care National Framework and Dashboard, Families First for Children,
// the kinship care strategy and the statutory guidance on agency social
// workers — as typed data and checkable rules.
//
// This root package holds only the types every other package and every
// importer must be able to name:
//
//   - [Date], a civil date with no clock or zone; [FinancialYear] (1 April
//     to 31 March, also the SSDA903 collection year) and [TaxYear] (6 April
//     to 5 April, the year of the National Minimum Allowance);
//   - [Money], an exact amount in pence with checked arithmetic and one
//     rounding rule ([Money.ProRate], [ProRata]);
//   - [LocalAuthority] and [LookupLA], every English authority with
//     children's services by DfE or GSS code, including those abolished
//     since 2009, and the nine English [Region]s;
//   - [Rule], [Violation] and [Violations], what every Validate returns;
//   - [PayloadType], the description of a JSON payload and its schema.
//
// The domain packages build on it: carers (foster and kinship carers, the
// National Minimum Allowance), placements (SSDA903 codes, placement rules,
// ranking, stability), workforce (roles, eligibility, agency rules),
// funding (programmes and a grant ledger) and missions (the six missions,
// indicators, measurements, progress and Ofsted judgements).
//
// # Dates and effective dating
//
// Every rule and rate in the library applies by the date of the event it
// judges — a placement's start, a night of care, an engagement's start —
// never by today's clock: no function reads the clock. A date outside every
// table is an error, not a guess.
//
// # Errors
//
// Validate methods return nil or [Violations]. Each [Violation] has a JSON
// Pointer path, a stable code, a plain message that never contains personal
// data, a severity (error or warning) and the [Rule] broken, with its source.
// Use errors.As to get the Violations and errors.Is(err, someRule) to ask
// whether a particular rule was broken.
//
// # Sources
//
// Local authority codes: DfE's dfeR package (EnglishLaNameCodes.csv and
// las.csv) and ONS region codes (RGN December 2023), embedded and cited row
// by row.
package stablehomes
