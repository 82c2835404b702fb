// Command readmegen rewrites the schema table in README.md from the
// registry. It is run by go generate ./missions/registry.
package main
