// Package funding holds the reform's funding lines as data and a ledger
// that can never overspend or lose a penny.
//
// Programmes lists the lines of Stable Homes, Built on Love and what
// followed (the £200m package, the Families First for Children pathfinder
// and family network pilots with their authorities and the dates they
// joined, foster carer recruitment and retention, kinship training and
// support, regional care co-operatives and their capital, the Kinship
// Allowance Pilot, family hubs, the prevention grant, the Children and
// Families Grant, the Families First Partnership programme for 2025-26 with
// its transformation grant and for the 2026-29 settlement, capital for
// children's homes and foster care, the 2026-28 fostering plan), each with
// every published figure and its source (written answers, grant
// determinations and DfE's own pages first; a derived figure says how); where sources disagree (£24m, £25m or £27.5m for fostering) all
// are kept and the government's own is marked. Per-year splits are held
// only where published: otherwise the envelope caps all the years together.
//
// A Ledger applies events (allocate, spend, reallocate, close a year), each
// with a UUID and a date. A bad event is refused with stablehomes.Violations
// and changes nothing: nothing is allocated beyond an envelope, nothing is
// spent beyond an allocation, only a pilot's participants receive its money,
// amounts are positive, closed years are closed, IDs are unique. Money is
// conserved: allocated plus unallocated is always the envelope, and a
// reallocation changes neither. Replay rebuilds a ledger from its events;
// Report gives the totals by programme, year and authority, with headroom.
package funding
