package registry

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/bulk"
)

// All returns every payload type, sorted by package and name. The slice is
// new on each call.
func All() []stablehomes.PayloadType {
	var all []stablehomes.PayloadType
	for _, list := range sources() {
		all = append(all, list...)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Package != all[j].Package {
			return all[i].Package < all[j].Package
		}
		return all[i].Name < all[j].Name
	})
	return all
}

// Lookup finds a payload type by name ("placement"), by package and name
// ("placements/placement"), or by its schema's $id. A bare name that two
// packages share is ambiguous and must be qualified.
func Lookup(name string) (stablehomes.PayloadType, error) {
	var found []stablehomes.PayloadType
	for _, p := range All() {
		if p.Name == name || p.Package+"/"+p.Name == name || p.SchemaID() == name {
			found = append(found, p)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return stablehomes.PayloadType{}, fmt.Errorf("registry: unknown payload type; known types: %s", strings.Join(Names(), ", "))
	}
	return stablehomes.PayloadType{}, fmt.Errorf("registry: payload type %q is ambiguous: qualify it with its package, e.g. %s/%s", name, found[0].Package, name)
}

// Names lists every type as package/name.
func Names() []string {
	var out []string
	for _, p := range All() {
		out = append(out, p.Package+"/"+p.Name)
	}
	return out
}

// Check strictly decodes and validates one payload of the named type:
// nil, or stablehomes.Violations with schema-level and rule-level problems
// together (warnings alone still come back as Violations; Accepts says
// whether they reject the payload).
func Check(name string, data []byte) error {
	p, err := Lookup(name)
	if err != nil {
		return err
	}
	return p.Check(data)
}

// Accepts reports whether a Check error still accepts the payload: nil,
// or Violations that are all warnings.
func Accepts(err error) bool { return bulk.Accepts(err) }

// Violations returns a record's error as Violations: itself when it is
// one, or another error (an unreadable record) as one violation at the
// document root.
func Violations(err error) stablehomes.Violations { return bulk.Violations(err) }

// Format says how a stream holds its records: NDJSON (one document per
// line, blank lines skipped) or a single JSON document.
type Format = bulk.Format

// The stream formats.
const (
	NDJSON = bulk.NDJSON
	JSON   = bulk.JSON
)

// Record is the verdict on one record of a stream: the line it starts on,
// its error (usually stablehomes.Violations) and whether it was accepted.
type Record = bulk.Record

// Totals counts a stream's records; Read = Accepted + Rejected, always.
type Totals = bulk.Totals

// Options tune a stream's validation; MaxRecordBytes bounds one record (a
// larger one is rejected with a clear error, not parsed). The zero value
// uses the library's default limit.
type Options = bulk.Options

// ValidateStream validates every record of r as payload type p, calling
// report for each record (accepted or not) in input order. Memory stays
// bounded whatever the stream's length. An I/O error stops the run and is
// returned with the totals so far.
func ValidateStream(r io.Reader, p stablehomes.PayloadType, format Format, opts Options, report func(Record)) (Totals, error) {
	return bulk.Validate(r, format, p.Check, opts, report)
}
