// Command genreturn writes the synthetic SSDA903 return that the dashboard
// example embeds: a seeded, reproducible return of made-up children, as the
// CSV files an authority submits. Run by go generate ./examples/dashboard.
package main
