package stablehomes

import (
	"errors"
	"strconv"
	"strings"
)

// Severity says whether a violation makes a record invalid (SeverityError)
// or flags it for review (SeverityWarning): a placement far from home with
// a recorded reason is lawful, without one it is flagged.
type Severity string

// The severities.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
)

// Violation is one way in which a record breaks a rule. Messages say what
// is wrong and what would be right, and never contain personal data
// (names, dates of birth, postcodes, free text from the record).
type Violation struct {
	// Path is the RFC 6901 JSON Pointer of the offending value, as ajv and
	// other JSON Schema validators report it: "/placements/0/startDate".
	// The empty string means the whole document.
	Path string `json:"path"`
	// Code is stable across releases: "placements.unregulated-under-16".
	Code string `json:"code"`
	// Message is plain English, free of personal data.
	Message string `json:"message"`
	// Severity is error or warning; an empty Severity counts as error.
	Severity Severity `json:"severity"`
	// Rule is the rule broken, with its source and dates.
	Rule Rule `json:"rule"`
}

// IsWarning reports whether the violation only flags the record.
func (v Violation) IsWarning() bool { return v.Severity == SeverityWarning }

// Error formats the violation as "path: message [code]".
func (v Violation) Error() string {
	var b strings.Builder
	v.write(&b)
	return b.String()
}

func (v Violation) write(b *strings.Builder) {
	if v.Path != "" {
		b.WriteString(v.Path)
		b.WriteString(": ")
	}
	if v.IsWarning() {
		b.WriteString("warning: ")
	}
	b.WriteString(v.Message)
	b.WriteString(" [")
	b.WriteString(v.Code)
	b.WriteString("]")
}

// Is reports whether target is the rule this violation breaks, or
// ErrInvalid (for an error-severity violation).
func (v Violation) Is(target error) bool {
	switch t := target.(type) {
	case Rule:
		return t.ID == v.Rule.ID
	case *Rule:
		return t != nil && t.ID == v.Rule.ID
	}
	return target == ErrInvalid && !v.IsWarning()
}

// ErrInvalid matches, through errors.Is, any Violations that holds at least
// one error-severity violation.
var ErrInvalid = errors.New("invalid")

// Violations is the error every Validate in the library returns: all the
// ways a record breaks the rules, in a deterministic order. A nil or empty
// Violations is not returned as an error; use Err.
//
// errors.As(err, &vs) extracts it; errors.Is(err, someRule) reports
// whether any violation breaks that rule; errors.Is(err, ErrInvalid)
// whether any is an error rather than a warning.
type Violations []Violation

// Error lists the violations, one per line after a count.
func (vs Violations) Error() string {
	var b strings.Builder
	switch len(vs) {
	case 0:
		return "no violations"
	case 1:
		vs[0].write(&b)
		return b.String()
	}
	b.WriteString(strconv.Itoa(len(vs)))
	b.WriteString(" violations:")
	for _, v := range vs {
		b.WriteString("\n  ")
		v.write(&b)
	}
	return b.String()
}

// Unwrap exposes each violation to errors.Is and errors.As.
func (vs Violations) Unwrap() []error {
	out := make([]error, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// Is reports whether target is ErrInvalid and some violation is an error.
func (vs Violations) Is(target error) bool {
	return target == ErrInvalid && vs.HasErrors()
}

// Err returns vs as an error, or nil when there are none.
func (vs Violations) Err() error {
	if len(vs) == 0 {
		return nil
	}
	return vs
}

// Add appends a violation.
func (vs *Violations) Add(path, code, message string, sev Severity, rule Rule) {
	*vs = append(*vs, Violation{Path: path, Code: code, Message: message, Severity: sev, Rule: rule})
}

// Prefix returns a copy of vs with base put before each path, for a
// record nested inside a larger document.
func (vs Violations) Prefix(base string) Violations {
	out := make(Violations, len(vs))
	for i, v := range vs {
		v.Path = base + v.Path
		out[i] = v
	}
	return out
}

// HasErrors reports whether any violation has error severity.
func (vs Violations) HasErrors() bool {
	for _, v := range vs {
		if !v.IsWarning() {
			return true
		}
	}
	return false
}

// Errors returns the error-severity violations.
func (vs Violations) Errors() Violations { return vs.filter(false) }

// Warnings returns the warnings.
func (vs Violations) Warnings() Violations { return vs.filter(true) }

func (vs Violations) filter(warn bool) Violations {
	var out Violations
	for _, v := range vs {
		if v.IsWarning() == warn {
			out = append(out, v)
		}
	}
	return out
}

// HasCode reports whether any violation has the code.
func (vs Violations) HasCode(code string) bool {
	for _, v := range vs {
		if v.Code == code {
			return true
		}
	}
	return false
}

// Codes lists the violations' codes, in order.
func (vs Violations) Codes() []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.Code
	}
	return out
}

// Pointer builds an RFC 6901 JSON Pointer from reference tokens, escaping
// "~" as "~0" and "/" as "~1": Pointer("placements", "0", "startDate") is
// "/placements/0/startDate".
func Pointer(tokens ...string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		for i := 0; i < len(t); i++ {
			switch t[i] {
			case '~':
				b.WriteString("~0")
			case '/':
				b.WriteString("~1")
			default:
				b.WriteByte(t[i])
			}
		}
	}
	return b.String()
}

// PointerIndex returns base followed by an array index: PointerIndex("/rows", 3)
// is "/rows/3".
func PointerIndex(base string, i int) string { return base + "/" + strconv.Itoa(i) }
