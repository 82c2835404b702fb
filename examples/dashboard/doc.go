// Command dashboard reads an SSDA903 children looked after return, checks it
// against DfE's validation rules for its collection year, and prints the
// reform's indicators computed from it, mission by mission, beside the
// latest national figures.
//
//	go run ./examples/dashboard                      # the embedded synthetic return
//	go run ./examples/dashboard -year 2024-25 DIR    # a folder of 903 CSV files
//	go run ./examples/dashboard -json                # the measurements as JSON
//
// The embedded return is synthetic: made-up children generated from a fixed
// seed (go generate ./examples/dashboard), never real data.
package main
