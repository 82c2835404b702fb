// Command funding loads the reform's programmes, allocates the Families
// First for Children pathfinder's money across its authorities, shows a
// refused overspend with its reason, and prints the report.
//
//	go run ./examples/funding
package main
