// Command missions prints the six missions of Stable Homes, Built on Love
// with their indicators, the latest national figures and a progress verdict
// for each, and the share of authorities judged inadequate by Ofsted
// against the aim of fewer than 10%.
//
//	go run ./examples/missions
package main
