//go:build schemagen

package schemagen

// tagged is true when the build sets the schemagen tag, which compiles in
// the types' JSONSchema methods (files *_schema.go).
const tagged = true
