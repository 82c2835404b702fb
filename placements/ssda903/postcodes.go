package ssda903

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/stablehomes/stablehomes"
)

// The ONS Postcode Directory (ONSPD), published by the Office for National
// Statistics on the Open Geography Portal
// (https://geoportal.statistics.gov.uk/, search "ONS Postcode Directory";
// user guide at https://www.ons.gov.uk/methodology/geography/geographicalproducts/postcodeproducts),
// is the lookup DfE's SSDA903 guidance derives PL_DISTANCE, PL_LA and
// PL_LOCATION from. It is released quarterly under the Open Government
// Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/),
// with Royal Mail and Ordnance Survey attributions that a user of the data
// must reproduce: "Contains OS data © Crown copyright and database right";
// "Contains Royal Mail data © Royal Mail copyright and database right";
// "Source: Office for National Statistics licensed under the Open Government
// Licence v.3.0". The library ships none of it: callers pass their copy.

// ErrPostcodeHeader is wrapped by ReadPostcodes when the file's header does
// not carry the columns it needs.
var ErrPostcodeHeader = errors.New("ssda903: postcode file header lacks pcd/pcds, oseast1m and osnrth1m")

// DefaultMaxPostcodeRows bounds a postcode file: the national ONSPD has
// about 2.7 million rows (live and terminated postcodes).
const DefaultMaxPostcodeRows = 4_000_000

// PostcodeOptions tune ReadPostcodes. The zero value keeps every postcode.
type PostcodeOptions struct {
	// Keep, when non-nil, keeps only these postcodes (any spacing or case;
	// see Return.Postcodes). A national file then costs memory for the
	// return's postcodes only.
	Keep []string
	// On is the date upper-tier authority codes are resolved on: an
	// authority ended by then (Somerset County Council, E10000027, ended
	// 31 March 2023) resolves to the authority holding its DfE code on
	// that date (Somerset, E06000066). Zero: codes are kept as published.
	On stablehomes.Date
	// MaxRows rejects a longer file; 0 means DefaultMaxPostcodeRows.
	MaxRows int
}

// Postcodes is a postcode lookup read from the ONS Postcode Directory (or
// a file with its column names). It satisfies PostcodeLookup and is
// immutable once read.
type Postcodes struct {
	entries map[string]postcodeEntry
	read    int
}

type postcodeEntry struct {
	grid    GridRef
	hasGrid bool
	la      string
}

// Len is the number of postcodes kept.
func (p *Postcodes) Len() int {
	if p == nil {
		return 0
	}
	return len(p.entries)
}

// Read is the number of data rows the file held.
func (p *Postcodes) Read() int {
	if p == nil {
		return 0
	}
	return p.read
}

// GridRef returns the postcode's OS grid reference (any spacing or case).
// Postcodes the directory gives no grid reference for (ONSPD writes none
// for some terminated or non-geographic postcodes) are unknown.
func (p *Postcodes) GridRef(postcode string) (GridRef, bool) {
	if p == nil {
		return GridRef{}, false
	}
	e, ok := p.entries[NormalisePostcode(postcode)]
	return e.grid, ok && e.hasGrid
}

// Authority returns the postcode's upper-tier authority GSS code (or the
// directory's country code outside England), resolved as PostcodeOptions.On
// says.
func (p *Postcodes) Authority(postcode string) (string, bool) {
	if p == nil {
		return "", false
	}
	e, ok := p.entries[NormalisePostcode(postcode)]
	return e.la, ok && e.la != ""
}

// ONS pseudo-codes for "no such area" (E99999999 in England, and the
// country-level dummies used in the cty/oscty columns outside England).
func onsPseudo(code string) bool {
	return code == "" || strings.HasSuffix(code, "99999999")
}

// ReadPostcodes reads a postcode lookup in the ONS Postcode Directory's
// published CSV columns. The columns are found by name in the header, in
// any order and among any others, so both the full ONSPD (about 50
// columns) and a cut-down file such as "pcd,oseast1m,osnrth1m,utla" work:
//
//   - the postcode: pcd (7-character form), else pcds or pcd2; spacing and
//     case are ignored;
//   - the grid reference: oseast1m and osnrth1m (metres; blank for a
//     postcode without one);
//   - the upper-tier authority: utla where the file has it; else the
//     county (cty or oscty) where it is a real code, else the district or
//     unitary authority (laua or oslaua), which is the upper tier outside
//     two-tier areas.
//
// The file is streamed: only the rows whose postcode is in opts.Keep are
// held (all rows when Keep is nil). A malformed record, a non-numeric grid
// reference or more than opts.MaxRows rows is an error giving the line,
// never the content. ReadPostcodes stops promptly when ctx is cancelled
// and returns an error wrapping ctx.Err().
func ReadPostcodes(ctx context.Context, r io.Reader, opts PostcodeOptions) (*Postcodes, error) {
	maxRows := opts.MaxRows
	if maxRows <= 0 {
		maxRows = DefaultMaxPostcodeRows
	}
	var keep map[string]bool
	if opts.Keep != nil {
		keep = make(map[string]bool, len(opts.Keep))
		for _, k := range opts.Keep {
			if n := NormalisePostcode(k); n != "" {
				keep[n] = true
			}
		}
	}
	cr := csv.NewReader(bufio.NewReaderSize(r, 1<<16))
	cr.ReuseRecord = true
	cr.FieldsPerRecord = 0
	head, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, fmt.Errorf("%w: the file is empty", ErrPostcodeHeader)
		}
		return nil, fmt.Errorf("ssda903: postcode file header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	pick := func(names ...string) int {
		for _, n := range names {
			if i, ok := col[n]; ok {
				return i
			}
		}
		return -1
	}
	iPC, iE, iN := pick("pcd", "pcds", "pcd2"), pick("oseast1m"), pick("osnrth1m")
	iUT, iCty, iLA := pick("utla"), pick("cty", "oscty"), pick("laua", "oslaua")
	if iPC < 0 || iE < 0 || iN < 0 {
		return nil, ErrPostcodeHeader
	}
	p := &Postcodes{entries: map[string]postcodeEntry{}}
	resolved := map[string]string{}
	var key []byte
	resolve := func(code string) string {
		if opts.On.IsZero() || onsPseudo(code) || !strings.HasPrefix(code, "E") {
			return code
		}
		if v, ok := resolved[code]; ok {
			return v
		}
		out := code
		if la, err := stablehomes.LookupLA(code); err == nil && !la.ExistedOn(opts.On) {
			if now, err := stablehomes.LookupLAOn(la.DfECode, opts.On); err == nil {
				out = now.GSSCode
			}
		}
		resolved[code] = out
		return out
	}
	for {
		if p.read%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("ssda903: reading postcodes stopped after %d rows: %w", p.read, err)
			}
		}
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("ssda903: postcode file line %d: %w", pe.Line, pe.Err)
			}
			return nil, fmt.Errorf("ssda903: postcode file after row %d: %w", p.read, err)
		}
		line, _ := cr.FieldPos(0)
		p.read++
		if p.read > maxRows {
			return nil, fmt.Errorf("ssda903: postcode file has more than %d rows", maxRows)
		}
		key = appendPostcodeKey(key[:0], rec[iPC])
		if len(key) == 0 || (keep != nil && !keep[string(key)]) {
			continue
		}
		pc := string(key)
		var e postcodeEntry
		es, ns := strings.TrimSpace(rec[iE]), strings.TrimSpace(rec[iN])
		if es != "" && ns != "" {
			x, err1 := strconv.ParseFloat(es, 64)
			y, err2 := strconv.ParseFloat(ns, 64)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("ssda903: postcode file line %d: grid reference is not a number", line)
			}
			e.grid, e.hasGrid = GridRef{Easting: x, Northing: y}, true
		}
		switch {
		case iUT >= 0 && !onsPseudo(rec[iUT]):
			e.la = rec[iUT]
		case iCty >= 0 && !onsPseudo(rec[iCty]):
			e.la = rec[iCty]
		case iLA >= 0 && !onsPseudo(rec[iLA]):
			e.la = rec[iLA]
		}
		e.la = resolve(strings.TrimSpace(e.la))
		p.entries[pc] = e
	}
	return p, nil
}

// Postcodes lists the distinct postcodes (normalised) the return's Episodes
// and Episodes_last tables give in HOME_POST and PL_POST: the set to pass
// as PostcodeOptions.Keep when reading a national directory.
func (r *Return) Postcodes() []string {
	seen := map[string]bool{}
	var out []string
	for _, id := range []TableID{Episodes, EpisodesLast} {
		t := r.Table(id)
		for _, name := range []string{"HOME_POST", "PL_POST"} {
			c := t.Column(name)
			for i := range t.Len() {
				if v := c.Cell(i); v.Has() {
					if n := NormalisePostcode(v.String()); n != "" && !seen[n] {
						seen[n] = true
						out = append(out, n)
					}
				}
			}
		}
	}
	return out
}

// appendPostcodeKey appends NormalisePostcode(s) to b without allocating
// (the national file is 2.7 million rows; most are not kept).
func appendPostcodeKey(b []byte, s string) []byte {
	if out, ok := appendNormalised(b[:0], s); ok {
		return out
	}
	// Not ASCII: the general form.
	return append(b[:0], NormalisePostcode(s)...)
}
