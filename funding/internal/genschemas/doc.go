// Command genschemas writes the funding package's JSON Schemas; go generate
// runs it.
package main
