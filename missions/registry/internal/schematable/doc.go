// Package schematable renders the README's table of schemas from the
// registry, for go generate and for the test that keeps it fresh.
package schematable
