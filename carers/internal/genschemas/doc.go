// Command genschemas writes the carers package's JSON Schemas; go generate
// runs it.
package main
