// Package dashboard computes the reform's indicators from an SSDA903
// children looked after return — placement stability, distance from home,
// family-based placements, care leavers' accommodation and activity,
// health checks — each with its numerator and denominator, by DfE's
// published definitions (Children looked after in England including
// adoptions: methodology), as summarised in the library's reference.
package dashboard
