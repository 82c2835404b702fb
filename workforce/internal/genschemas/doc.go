// Command genschemas writes the workforce package's JSON Schemas.
package main
