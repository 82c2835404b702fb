// Package schematest holds the checks every package with payload types runs
// from its tests: the committed schemas match a fresh generation, they
// compile under an independent validator (santhosh-tekuri/jsonschema/v6,
// draft 2020-12, formats asserted), their patterns compile in Go, and every
// payload under testdata/ gets the verdict its folder promises from both the
// schema and the Go decoder:
//
//	testdata/valid/<type>/*.json          schema passes, Go accepts (warnings allowed)
//	testdata/invalid/<type>/*.json        schema fails,  Go rejects
//	testdata/invalid-rules/<type>/*.json  schema passes, Go rejects (a rule
//	                                      the schema cannot express)
package schematest
