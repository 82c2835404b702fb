//go:build !schemagen

package schemagen

// tagged is false without the schemagen tag: the types' JSONSchema methods
// are not compiled in, so a schema generated now would be wrong.
const tagged = false
