package bulk

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/strictjson"
)

// Format says how a stream holds its records.
type Format int

// The formats.
const (
	// NDJSON holds one JSON document per line; blank lines are skipped.
	NDJSON Format = iota
	// JSON holds a single JSON document, which may span many lines.
	JSON
)

// Record is the verdict on one record.
type Record struct {
	Line int // line the record starts on, from 1
	// Err is nil for a clean record; otherwise usually
	// stablehomes.Violations. A record whose violations are all warnings is
	// accepted, and its warnings are still reported.
	Err      error
	Accepted bool
}

// Accepts reports whether a check's error still accepts the record: nil, or
// Violations that are all warnings.
func Accepts(err error) bool {
	if err == nil {
		return true
	}
	if vs, ok := err.(stablehomes.Violations); ok { // the common case, without errors.As
		return !vs.HasErrors()
	}
	var vs stablehomes.Violations
	return errors.As(err, &vs) && !vs.HasErrors()
}

// Totals counts records. Read = Accepted + Rejected.
type Totals struct {
	Read, Accepted, Rejected int
	Bytes                    int64
}

// Add adds other to t.
func (t *Totals) Add(other Totals) {
	t.Read += other.Read
	t.Accepted += other.Accepted
	t.Rejected += other.Rejected
	t.Bytes += other.Bytes
}

// Options tune a run. The zero value is the strictest useful setting.
type Options struct {
	// MaxRecordBytes bounds one record; a larger one is rejected (and
	// skipped to its end) without being parsed. Zero means
	// strictjson.DefaultMaxBytes.
	MaxRecordBytes int
}

// Validate reads records from r and passes each to check (a
// PayloadType.Check), calling report for every record — rejected ones and
// accepted ones alike — in input order. An I/O error stops the run and is
// returned with the totals so far; records are never dropped silently.
// Cancelling ctx stops the run before the next record; the error wraps
// ctx.Err().
func Validate(ctx context.Context, r io.Reader, format Format, check func([]byte) error, opts Options, report func(Record)) (Totals, error) {
	if err := ctx.Err(); err != nil {
		return Totals{}, fmt.Errorf("bulk: stopped before the first record: %w", err)
	}
	max := opts.MaxRecordBytes
	if max <= 0 {
		max = strictjson.DefaultMaxBytes
	}
	if format == JSON {
		return validateDocument(r, check, max, report)
	}
	return validateLines(ctx, r, check, max, report)
}

func verdict(t *Totals, line int, err error, report func(Record)) {
	t.Read++
	ok := Accepts(err)
	if ok {
		t.Accepted++
	} else {
		t.Rejected++
	}
	report(Record{Line: line, Err: err, Accepted: ok})
}

func validateDocument(r io.Reader, check func([]byte) error, max int, report func(Record)) (Totals, error) {
	var t Totals
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	t.Bytes = int64(len(data))
	if err != nil {
		return t, err
	}
	if len(data) > max {
		// Drain the rest so the byte count is true; nothing more is parsed.
		n, err := io.Copy(io.Discard, r)
		t.Bytes += n
		verdict(&t, 1, strictjson.TooLarge(int64(max)), report)
		return t, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		verdict(&t, 1, strictjson.Unmarshal(data, new(struct{})), report)
		return t, nil
	}
	line := 1 + bytes.Count(data[:len(data)-len(bytes.TrimLeft(data, " \t\r\n"))], []byte{'\n'})
	verdict(&t, line, check(data), report)
	return t, nil
}

func validateLines(ctx context.Context, r io.Reader, check func([]byte) error, max int, report func(Record)) (Totals, error) {
	var t Totals
	br := bufio.NewReaderSize(r, 64<<10)
	var long []byte // a record longer than the reader's buffer, up to max
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return t, fmt.Errorf("bulk: stopped after %d records: %w", t.Read, err)
		}
		chunk, err := br.ReadSlice('\n')
		t.Bytes += int64(len(chunk))
		oversize := false
		if errors.Is(err, bufio.ErrBufferFull) {
			// Gather the record up to the limit; skip the rest of it.
			long = append(long[:0], chunk...)
			for errors.Is(err, bufio.ErrBufferFull) {
				chunk, err = br.ReadSlice('\n')
				t.Bytes += int64(len(chunk))
				if !oversize {
					if len(long)+len(chunk) > max+1 { // +1: the newline is not part of the record
						oversize = true
						long = long[:0]
					} else {
						long = append(long, chunk...)
					}
				}
			}
			chunk = long
		}
		if err != nil && err != io.EOF {
			return t, err
		}
		rec := trimNewlines(chunk)
		switch {
		case oversize || len(rec) > max:
			verdict(&t, line, strictjson.TooLarge(int64(max)), report)
		case len(bytes.TrimSpace(rec)) == 0:
			// A blank line holds no record.
		default:
			verdict(&t, line, check(rec), report)
		}
		if err == io.EOF {
			return t, nil
		}
	}
}

// trimNewlines is bytes.TrimRight(b, "\r\n") without building the
// character set on every record.
func trimNewlines(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// Violations returns err as Violations when it is one, or wraps another
// error as a single violation at the document root.
func Violations(err error) stablehomes.Violations {
	var vs stablehomes.Violations
	if errors.As(err, &vs) {
		return vs
	}
	return stablehomes.Violations{{Code: "bulk.unreadable", Message: err.Error(), Severity: stablehomes.SeverityError, Rule: strictjson.Rule}}
}
