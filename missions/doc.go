// Package missions is the single typed source for what the six missions of
// Stable Homes, Built on Love mean, how they are measured and whether they
// are on track: the missions and pillars (All, ByNumber), the National
// Framework's outcomes and enablers (Outcomes, keyed by stable codes since
// DfE renumbered outcomes 2 and 3 in March 2026), the indicators that
// evidence them (the dashboard's 68 plus those computed from an SSDA903
// return) with published national figures, Measurement with its checks,
// aggregation from authority counts (never by averaging percentages),
// progress verdicts with their method and data, and Ofsted ILACS
// judgements with the share of authorities judged inadequate against the
// aim of fewer than 10% that DfE stated in a 2019 written answer (for 2022;
// not confirmed as a target of the strategy itself).
//
// Missions 1 and 3 have no quantitative indicator; the catalogue says so
// and, for corporate parenting, lists the published duties instead.
// Wording and polarity the reference could not confirm are flagged in the
// sources, and an indicator whose better direction is unconfirmed gets no
// progress verdict.
//
// The SSDA903 dashboard (package missions/dashboard) computes the
// placement, care leaver and health indicators from a return.
package missions
