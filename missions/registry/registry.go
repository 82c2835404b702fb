package registry

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

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
	p, err := lookup(name)
	if err != nil {
		return p, err
	}
	p.Schema = bytes.Clone(p.Schema) // the caller's own copy
	return p, nil
}

// lookup is Lookup without the copy of the schema, for Check.
func lookup(name string) (stablehomes.PayloadType, error) {
	found := lookupIndex()[name]
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return stablehomes.PayloadType{}, fmt.Errorf("registry: unknown payload type; known types: %s", strings.Join(Names(), ", "))
	}
	return stablehomes.PayloadType{}, fmt.Errorf("registry: payload type %q is ambiguous: qualify it with its package, e.g. %s/%s", name, found[0].Package, name)
}

// lookupIndex maps every name a type answers to (bare name, package/name,
// schema $id) to the types answering it, built once: Lookup (and Check)
// then cost a map lookup, not a pass over every embedded schema.
var lookupIndex = sync.OnceValue(func() map[string][]stablehomes.PayloadType {
	idx := map[string][]stablehomes.PayloadType{}
	for _, p := range All() {
		keys := []string{p.Name, p.Package + "/" + p.Name, p.SchemaID()}
		seen := map[string]bool{}
		for _, k := range keys {
			if !seen[k] {
				seen[k] = true
				idx[k] = append(idx[k], p)
			}
		}
	}
	return idx
})

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
	p, err := lookup(name)
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

// Format says how a stream holds its records.
type Format int

// The stream formats.
const (
	// NDJSON holds one JSON document per line; blank lines are skipped.
	NDJSON Format = Format(bulk.NDJSON)
	// JSON holds a single JSON document, which may span many lines.
	JSON Format = Format(bulk.JSON)
)

// String returns "ndjson" or "json".
func (f Format) String() string {
	switch f {
	case NDJSON:
		return "ndjson"
	case JSON:
		return "json"
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// Record is the verdict on one record of a stream.
type Record struct {
	// Line is the line the record starts on, from 1.
	Line int
	// Err is nil for a clean record; otherwise usually
	// stablehomes.Violations (Violations turns any error into them). A
	// record whose violations are all warnings is accepted, and its
	// warnings are still reported.
	Err error
	// Accepted says whether the record passes: Err is nil or holds only
	// warnings.
	Accepted bool
}

// Totals counts a stream's records; Read = Accepted + Rejected, always.
type Totals struct {
	// Read counts every record seen (blank lines are not records).
	Read int
	// Accepted and Rejected split Read by verdict.
	Accepted, Rejected int
	// Bytes counts the bytes read from the stream, oversized records
	// included.
	Bytes int64
}

// Add adds other's counts to t, to total several streams.
func (t *Totals) Add(other Totals) {
	t.Read += other.Read
	t.Accepted += other.Accepted
	t.Rejected += other.Rejected
	t.Bytes += other.Bytes
}

// Options tune a stream's validation. The zero value is the strictest
// useful setting.
type Options struct {
	// MaxRecordBytes bounds one record: a larger one is rejected with a
	// clear error (and skipped to its end) without being parsed. Zero uses
	// the library's default limit.
	MaxRecordBytes int
}

// ValidateStream validates every record of r as payload type p, calling
// report for each record (accepted or not) in input order. Memory stays
// bounded whatever the stream's length. An I/O error stops the run and is
// returned with the totals so far. Cancelling ctx stops the run before the
// next record and returns the totals so far with an error wrapping
// ctx.Err().
func ValidateStream(ctx context.Context, r io.Reader, p stablehomes.PayloadType, format Format, opts Options, report func(Record)) (Totals, error) {
	t, err := bulk.Validate(ctx, r, bulk.Format(format), p.Check, bulk.Options{MaxRecordBytes: opts.MaxRecordBytes}, func(rec bulk.Record) {
		report(Record{Line: rec.Line, Err: rec.Err, Accepted: rec.Accepted})
	})
	return Totals{Read: t.Read, Accepted: t.Accepted, Rejected: t.Rejected, Bytes: t.Bytes}, err
}
