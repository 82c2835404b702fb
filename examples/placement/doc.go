// Command placement validates sample placements and ranks candidate homes
// for a sample child, printing the cited reasons.
package main
