// Package verdictcorpus holds, in its tests only, the corpus of one verdict
// (issue 16): for every payload type, one payload per class of input on
// which the JSON Schemas and the Go decoders once disagreed or still
// differ on purpose, each built by mutating one of the type's valid
// examples (testdata/valid/<type>/*.json of its package).
//
// For each payload the corpus states the verdict of santhosh-tekuri's
// validator, of ajv and of Go (accept, or the violation code Go reports).
// The deliberate classes, which the README lists under "Where Go is
// stricter than the schemas" and every schema's description states, are
// accepted by the schemas and refused by Go with a documented code; on
// every other class the schemas and Go agree. The Go test checks the
// santhosh-tekuri and Go verdicts; .ci/ajv-check.mjs reads the same
// files, listed in testdata/manifest.json, and checks ajv's.
//
// The corpus is regenerated from the valid examples with
//
//	go test ./internal/verdictcorpus -update
//
// and the test fails when the committed files differ from a fresh build.
package verdictcorpus
