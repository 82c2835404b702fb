// Package strictjson is the one JSON decoder every payload decoder in
// stablehomes uses. It is strict where encoding/json is lenient: member
// names must match exactly (case-sensitive), a member may appear only once,
// unknown members are errors, null is refused (a field that may be absent
// is left out, not set to null), and input beyond a size limit is refused
// before it is parsed. Failures are returned as stablehomes.Violations
// with the JSON Pointer of the offending member and messages that never
// quote the input's values, which may be personal data.
//
// Nor do paths quote the input's member names: a path holds only the
// payload type's own member names and array indexes. An unknown member is
// reported at the object that holds it, with its position there (the path
// "/child" and the message "unknown member at position 3 of this object"
// for the third member of the child object, counting from 1 every member
// as written), never by its name, which is input text like any value.
//
// It builds on github.com/go-json-experiment/json, the prototype of
// encoding/json/v2. Each payload type also has a fast decoder generated
// from its Go type (internal/decodegen, see Fast and Register) that reads
// the common valid shape of a document straight from the bytes, about four
// times faster; it gives up on anything else, and the reflection-based
// decoder then decides, so verdicts, paths and codes are always the
// latter's.
package strictjson
