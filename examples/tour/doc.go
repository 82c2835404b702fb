// Command tour is the main example of stablehomes: it runs on the library's
// embedded data, with no flags, and prints a short tour of what the library
// knows and checks.
//
//	go run ./examples/tour
package main
