// Command genschemas writes the placements package's JSON Schemas.
package main
