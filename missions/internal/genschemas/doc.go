// Command genschemas writes the missions package's JSON Schemas; go generate
// runs it.
package main
