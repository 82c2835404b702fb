// Package carers models foster and kinship carers and the money they are
// owed: the National Minimum Allowance (NMA) by tax year, region and age
// band, the minimum owed for any stay, and checks a finance system can run
// on what it pays.
//
// # The allowance
//
// WeeklyMinimum gives the weekly NMA for a child on a date; MinimumForPeriod
// the minimum for a stay of whole nights, night by night across birthdays
// and 6 April, rounded once. The tables are the ones gov.uk publishes for
// the tax year (6 April to 5 April): 2018-19, 2019-20, 2024-25 and 2025-26
// as published; 2023-24 and 2022-23 derived from the 2024-25 table and the
// published uplifts (6.88% for 2024-25, 12.43% for 2023-24), each cell the
// only whole pound the uplift rounds onto the next year's cell, flagged
// Derived with its method (Table.CellSource); and the first table of
// 2007-08 from a secondary source, flagged. A date in a year whose table is
// not held (2020-21 and 2021-22, for which neither a table nor an uplift
// was found; 2026-27, not published in the sources the library was built
// from as of December 2026) is an error that names the missing table and
// says how to load it: nothing is interpolated.
//
// The gap was searched again in December 2026 (stored copies of public
// pages; the queries and what each found are listed above
// TestEveryNightHeld in allowance_test.go). The stored editions of gov.uk's
// "Help with the cost of fostering" page hold 2018-19 and 2019-20, then
// 2024-25 and 2025-26, nothing between; the written answers found give the
// 12.43% (147321) and 3.55% (38410) uplifts but for 2020-21, 2021-22 and
// 2022-23 only "uprated annually, most recently in April 2022" (59459),
// with no figure; no 2022-23 table was found, so 2022-23 stays derived; and
// no 2026-27 table or uplift was found in the 2026-27 local government
// finance policy statement or settlement pages. A council-owned fostering
// service's 2021-22 policy quotes London rates "in line with DfE minimum
// weekly allowance guidelines", one region of three and not a primary
// source, so the year is not loaded from it. Table.Uplifted derives a
// table from a published uplift, rounding each cell to the nearest pound
// as DfE publishes whole pounds; because DfE uplifts its unrounded
// figures a derived cell can be a pound out (2025-26 from 2024-25: 10 of
// 15 cells exact), so a published table always wins. LoadSchedule adds a
// published table in the same CSV format, and a Schedule carries the same
// methods.
//
// AllowanceAreaOf maps an authority to London, South East or Rest of England by
// its ONS region, an assumption flagged unconfirmed (DfE's list was not
// found); a payment states its region explicitly.
//
// # Checks
//
// CheckPayment fails a payment whose allowance is below the minimum for its
// period (a fee never counts), a connected-person foster carer paid less
// than an unrelated foster carer for a child of the same age (Fostering
// Services National Minimum Standards 2011, standard 28), and a fostering
// allowance paid through this record to someone who is not a foster carer.
// Carer.Validate checks a carer record. Both return nil or
// stablehomes.Violations with amounts, never a date of birth.
//
// Uplift gives the percentage change between two years per region and band,
// and UpliftTable.AboveInflation compares it exactly with an inflation
// figure the caller gives, so "above inflation" is a checked claim.
//
// Kind.Entitlements lists what each kinship arrangement is entitled to
// under the kinship care strategy; Pilot describes the Kinship Allowance
// Pilot as published.
//
// The Children's Wellbeing and Schools Act 2026 (c. 21) is held as dated
// rules (act2026.go): the kinship local offer (s5) in force from 29 June
// 2026 (s78(2)(a)), RuleKinshipLocalOffer; the virtual school head's duty
// for children in kinship care (s6) not yet commenced, so it judges
// nothing, beside the non-statutory role DfE asked for from September
// 2024. KinshipDuties.Validate judges an authority's kinship duties on a
// day, and Kind.EntitlementsOn lists a kinship arrangement's entitlements
// as they stood on a day.
//
// Schemas for Carer and Payment are generated into schemas/ by go generate.
package carers
