package stablehomes

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/stablehomes/stablehomes/internal/authoritydata"
)

// LocalAuthority is an English local authority with children's services,
// identified by both of the codes in use: the DfE three-digit code (313)
// that the SSDA903 return and DfE statistics use, and the ONS GSS code
// (E09000018). Authorities abolished or recoded since 2009 are included
// with the date they ended, so that older records still resolve.
//
// In JSON a LocalAuthority is written as its GSS code (unique to each
// authority, where a DfE code may have passed to a successor) and read
// from either code. The zero LocalAuthority means "not set".
type LocalAuthority struct {
	DfECode string // DfE three-digit code, e.g. "313"
	GSSCode string // ONS GSS code, e.g. "E09000018"
	Name    string // e.g. "Hounslow"
	Type    string // London borough, Metropolitan district, Unitary authority or County council
	Region  Region
	// From is the first day the authority existed under this GSS code, or
	// zero where it existed before GSS codes began in 2009.
	From Date
	// Ended is the last day of an abolished or recoded authority; zero for
	// a current one.
	Ended Date
	// Successor names the authority or authorities that took over, for an
	// ended one.
	Successor string
	// Source cites where the row comes from.
	Source string
}

// ErrUnknownLA is wrapped by the errors LookupLA and LookupLAOn return.
var ErrUnknownLA = errors.New("unknown local authority")

type authorityIndex struct {
	all   []LocalAuthority
	byGSS map[string]int
	byDfE map[string][]int // current first, then predecessors with the same code
}

var authorities = sync.OnceValue(func() *authorityIndex {
	idx, err := parseAuthorities(strings.NewReader(authoritydata.CSV))
	if err != nil {
		panic("stablehomes: embedded local authority table: " + err.Error())
	}
	return idx
})

func parseAuthorities(r io.Reader) (*authorityIndex, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = false
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	want := []string{"dfe_la_code", "gss_code", "name", "la_type", "region_code", "region_name", "in_use_from", "ended", "successor", "source"}
	if len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(want, ",") {
		return nil, errors.New("unexpected header")
	}
	idx := &authorityIndex{byGSS: map[string]int{}, byDfE: map[string][]int{}}
	for i, row := range rows[1:] {
		la := LocalAuthority{DfECode: row[0], GSSCode: row[1], Name: row[2], Type: row[3], Region: Region(row[4]), Successor: row[8], Source: row[9]}
		if !la.Region.IsValid() || la.Region.Name() != row[5] {
			return nil, fmt.Errorf("row %d: region %s %q", i+2, row[4], row[5])
		}
		if row[6] != "" && row[6] != "2009-01-01" {
			// 2009-01-01 is when GSS codes began, not when the authority did.
			if la.From, err = ParseDate(row[6]); err != nil {
				return nil, fmt.Errorf("row %d: %w", i+2, err)
			}
		}
		if row[7] != "" {
			if la.Ended, err = ParseDate(row[7]); err != nil {
				return nil, fmt.Errorf("row %d: %w", i+2, err)
			}
		}
		if len(la.DfECode) != 3 || len(la.GSSCode) != 9 || la.Source == "" {
			return nil, fmt.Errorf("row %d: malformed codes or missing source", i+2)
		}
		if _, dup := idx.byGSS[la.GSSCode]; dup {
			return nil, fmt.Errorf("row %d: duplicate GSS code %s", i+2, la.GSSCode)
		}
		n := len(idx.all)
		idx.all = append(idx.all, la)
		idx.byGSS[la.GSSCode] = n
		if la.Ended.IsZero() {
			idx.byDfE[la.DfECode] = append([]int{n}, idx.byDfE[la.DfECode]...)
		} else {
			idx.byDfE[la.DfECode] = append(idx.byDfE[la.DfECode], n)
		}
	}
	return idx, nil
}

// LookupLA returns the authority with the given DfE code ("313") or GSS
// code ("E09000018"). Where a DfE code passed from an abolished authority
// to its successor (Buckinghamshire, 825), the current authority is
// returned; use LookupLAOn to resolve a code as it was on a date.
func LookupLA(code string) (LocalAuthority, error) {
	idx := authorities()
	if i, ok := idx.byGSS[code]; ok {
		return idx.all[i], nil
	}
	if is, ok := idx.byDfE[code]; ok {
		return idx.all[is[0]], nil
	}
	return LocalAuthority{}, unknownLA(code)
}

// LookupLAOn returns the authority that the code named on the given date,
// or an error when no authority with that code existed then.
func LookupLAOn(code string, on Date) (LocalAuthority, error) {
	idx := authorities()
	if i, ok := idx.byGSS[code]; ok {
		la := idx.all[i]
		if !la.ExistedOn(on) {
			return LocalAuthority{}, fmt.Errorf("%w: %s (%s) did not exist on %s", ErrUnknownLA, la.Name, code, on)
		}
		return la, nil
	}
	is, ok := idx.byDfE[code]
	if !ok {
		return LocalAuthority{}, unknownLA(code)
	}
	for _, i := range is {
		if idx.all[i].ExistedOn(on) {
			return idx.all[i], nil
		}
	}
	return LocalAuthority{}, fmt.Errorf("%w: no authority had DfE code %s on %s", ErrUnknownLA, code, on)
}

// errUnknownLA does not quote the code: a field meant for a code may hold
// personal data typed in the wrong place (a postcode, a name).
var errUnknownLA = fmt.Errorf("%w: not the DfE three-digit code or GSS code of an English authority with children's services", ErrUnknownLA)

func unknownLA(string) error { return errUnknownLA }

// LocalAuthorities returns every authority the library knows, current and
// ended, in the order of the embedded table (current ones first). The
// slice is a copy.
func LocalAuthorities() []LocalAuthority {
	return append([]LocalAuthority(nil), authorities().all...)
}

// CurrentLocalAuthorities returns the authorities in existence on the
// given date.
func CurrentLocalAuthorities(on Date) []LocalAuthority {
	var out []LocalAuthority
	for _, la := range authorities().all {
		if la.ExistedOn(on) {
			out = append(out, la)
		}
	}
	return out
}

// ExistedOn reports whether the authority existed, under this GSS code,
// on the given date.
func (la LocalAuthority) ExistedOn(d Date) bool {
	if la.IsZero() {
		return false
	}
	if !la.From.IsZero() && d.Before(la.From) {
		return false
	}
	return la.Ended.IsZero() || !d.After(la.Ended)
}

// IsZero reports whether la is the zero LocalAuthority.
func (la LocalAuthority) IsZero() bool { return la.GSSCode == "" }

// String returns the authority's name and DfE code: "Hounslow (313)".
func (la LocalAuthority) String() string {
	if la.IsZero() {
		return ""
	}
	return la.Name + " (" + la.DfECode + ")"
}

// MarshalText writes the GSS code.
func (la LocalAuthority) MarshalText() ([]byte, error) { return []byte(la.GSSCode), nil }

// UnmarshalText accepts a GSS or a DfE code.
func (la *LocalAuthority) UnmarshalText(b []byte) error {
	// The same lookups as LookupLA, indexing with the bytes directly so
	// that decoding an authority allocates nothing.
	idx := authorities()
	if i, ok := idx.byGSS[string(b)]; ok {
		*la = idx.all[i]
		return nil
	}
	if is, ok := idx.byDfE[string(b)]; ok {
		*la = idx.all[is[0]]
		return nil
	}
	return errUnknownLA
}
