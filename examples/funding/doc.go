// Command funding loads the reform's programmes, allocates the Families
// First for Children pathfinder's money across its authorities, shows a
// refused overspend with its reason, and prints the report.
//
//	go run ./examples/funding
//	go run ./examples/funding -year 2024-25 -json   # the report for the second year, as JSON
//
// Amounts in the JSON are integers of pence, each member named for its
// unit (envelopePence). A year outside the pathfinder's is a usage error
// naming its years (exit 2).
package main
