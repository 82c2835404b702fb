package ssda903

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"time"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/xlsx"
)

// The URN rules (219, 221, 224, 227, 228, 229, 1008...) compare a placement
// with Ofsted's register of children's social care providers. Ofsted gives
// authorities that register as spreadsheets; ReadProviders accepts the
// forms in use (the layouts Data to Insight's SSDA903 validator,
// https://github.com/data-to-insight/csc-validator-be-903, reads from them,
// v0.1.14; Ofsted's own column definitions could not be obtained here, so
// the layout is flagged unconfirmed in ProviderListSource):
//
//   - the combined list (.xlsx): one sheet of providers, or two sheets
//     "Providers" and "SA providers" (supported accommodation). Providers
//     columns: URN, Local authority, Placement code, Placement provider
//     code, Deregistration date, Setting address postcode. SA providers
//     columns: URN, Provider local authority, Closed date, Setting address
//     postcode and optionally Placement provider code (PR4 when absent);
//     their placement code is K3.
//   - the pair used before it: the Children's Homes list (.xlsx; a sheet
//     "Provider information", or sheets "Settings and Inspection Info" and
//     "Address Details" joined on URN; columns URN, Local Authority,
//     Provider Code, Provider Placement Code, Closed Date, Setting Postcode
//     or Setting Address Postcode) together with the Social Care Providers
//     list (.xlsx; first sheet current providers, second closed providers;
//     columns URN, Local authority, Placement code, Placement provider code,
//     Deregistration date (closed sheet), Setting postcode). One without
//     the other is an error: URNs on the missing list would all fail 1008.
//   - the combined list's columns in a CSV file (UTF-8, header first), for
//     lists saved from a spreadsheet.
//
// Column names are matched ignoring case and surrounding spaces. Codes
// written "PR1/PR2" are read as the list PR1,PR2. Dates are spreadsheet date
// serials or text in dd/mm/yyyy (one or two digit day and month) or
// yyyy-mm-dd (optionally followed by a time).

// ProviderListSource is the source the provider table's layout rests on.
func ProviderListSource() stablehomes.Source { return providerListSource }

var providerListSource = stablehomes.Source{
	Document:    "Ofsted lists of registered children's social care providers, as given to local authorities for the SSDA903 URN checks (combined list; earlier Children's Homes and Social Care Providers lists)",
	Section:     "the layout read by Data to Insight's validator, lac_validator/ingress.py",
	URL:         "https://github.com/data-to-insight/csc-validator-be-903",
	Unconfirmed: "the column layout is the one Data to Insight's validator (v0.1.14, lac_validator/ingress.py) reads; no copy of Ofsted's lists or their column definitions was available to confirm it",
}

// ProviderOptions tune ReadProviders.
type ProviderOptions struct {
	// Postcodes infers each provider's upper-tier authority from its
	// postcode (LA_CODE_INFERRED, which rule 229 compares with the placing
	// authority). Nil leaves it blank: rule 229 then finds no provider in
	// the authority.
	Postcodes PostcodeLookup
	// MaxBytes rejects a larger file; 0 means DefaultMaxProviderBytes.
	MaxBytes int64
}

// DefaultMaxProviderBytes bounds one provider list file (Ofsted's lists are
// a few megabytes).
const DefaultMaxProviderBytes = 64 << 20

// ProviderListForm names the form a provider file was read as.
type ProviderListForm uint8

// The provider list forms.
const (
	CombinedProviderList ProviderListForm = iota + 1
	ChildrensHomesList
	SocialCareProvidersList
	CombinedProviderCSV
)

func (f ProviderListForm) String() string {
	switch f {
	case CombinedProviderList:
		return "combined providers list (xlsx)"
	case ChildrensHomesList:
		return "Children's Homes list (xlsx)"
	case SocialCareProvidersList:
		return "Social Care Providers list (xlsx)"
	case CombinedProviderCSV:
		return "combined providers list (CSV)"
	}
	return fmt.Sprintf("ProviderListForm(%d)", uint8(f))
}

// ProviderFileReport accounts for one provider file.
type ProviderFileReport struct {
	File string
	Form ProviderListForm
	// Read is the data rows read; Kept the providers kept; NoURN the rows
	// without a URN (left out); BadDates the rows whose closing date could
	// not be read (kept, with no closing date); NoAuthority the providers
	// whose postcode the lookup does not know (only with a lookup).
	Read, Kept, NoURN, BadDates, NoAuthority int
}

// ProviderReport accounts for every file ReadProviders read.
type ProviderReport struct {
	Files []ProviderFileReport
	// Providers is the number of rows in the table.
	Providers int
}

// Errors of ReadProviders.
var (
	ErrProviderForm    = errors.New("ssda903: not a provider list in a supported form")
	ErrProviderColumns = errors.New("ssda903: provider list lacks required columns")
	ErrProviderPair    = errors.New("ssda903: the Children's Homes list and the Social Care Providers list must be given together")
)

// The provider table's columns, as the URN rules read them.
var providerColumns = []string{"URN", "LA_NAME_FROM_FILE", "PLACE_CODES", "PROVIDER_CODES", "REG_END", "POSTCODE", "LA_CODE_INFERRED", "SOURCE"}

// ReadProviders reads Ofsted provider lists (files in fsys, in any of the
// forms above) into the table Metadata.Providers takes. The report says
// which form each file was read as and accounts for its rows. A file in no
// supported form, a sheet missing a required column (the error names the
// expected columns, never the file's), a Children's Homes list without its
// Social Care Providers list (or the reverse) or a file over the size limit
// is an error naming the file as given. ReadProviders stops promptly when
// ctx is cancelled and returns an error wrapping ctx.Err().
func ReadProviders(ctx context.Context, fsys fs.FS, files []string, opts ProviderOptions) (*Table, ProviderReport, error) {
	maxBytes := opts.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxProviderBytes
	}
	pb := &providerBuilder{ctx: ctx, tbl: NewTable(OfstedProviders, providerColumns), lookup: opts.Postcodes}
	var rep ProviderReport
	forms := map[ProviderListForm]int{}
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return nil, rep, fmt.Errorf("ssda903: reading provider lists: %w", err)
		}
		data, err := readBounded(fsys, name, maxBytes)
		if err != nil {
			return nil, rep, err
		}
		fr := ProviderFileReport{File: name}
		pb.file, pb.rep = name, &fr
		if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
			err = pb.workbook(data)
		} else {
			fr.Form = CombinedProviderCSV
			err = pb.csv(data)
		}
		if err != nil {
			return nil, rep, fmt.Errorf("%s: %w", name, err)
		}
		forms[fr.Form]++
		rep.Files = append(rep.Files, fr)
	}
	if (forms[ChildrensHomesList] > 0) != (forms[SocialCareProvidersList] > 0) {
		return nil, rep, ErrProviderPair
	}
	pb.tbl.Freeze()
	rep.Providers = pb.tbl.Len()
	return pb.tbl, rep, nil
}

func readBounded(fsys fs.FS, name string, max int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read: %w", name, unwrapPathError(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read: %w", name, unwrapPathError(err))
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: larger than %d bytes", name, max)
	}
	return data, nil
}

// unwrapPathError drops the path an *fs.PathError repeats.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

type providerBuilder struct {
	ctx    context.Context
	tbl    *Table
	lookup PostcodeLookup
	file   string
	rep    *ProviderFileReport
	rows   int
}

// provider is one row as read, before it is normalised.
type provider struct {
	urn, la, place, provider, closed, postcode string
	closedIsSerial                             bool
	source                                     string
}

func (pb *providerBuilder) add(p provider, line int) error {
	pb.rows++
	if pb.rows&4095 == 0 {
		if err := pb.ctx.Err(); err != nil {
			return fmt.Errorf("reading provider lists: %w", err)
		}
	}
	pb.rep.Read++
	urn := strings.TrimSpace(p.urn)
	if urn == "" {
		pb.rep.NoURN++
		return nil
	}
	// Spreadsheets hold URNs as numbers; "1234567.0" is the same URN.
	urn = strings.TrimSuffix(urn, ".0")
	cells := make([]Cell, len(providerColumns))
	cells[0] = ValueCell(urn)
	cells[1] = textCell(p.la)
	cells[2] = codesCell(p.place)
	cells[3] = codesCell(p.provider)
	cells[4] = NullCell()
	if s := strings.TrimSpace(p.closed); s != "" {
		if d, ok := providerDate(s, p.closedIsSerial); ok {
			cells[4] = ValueCell(FormatReturnDate(d))
		} else {
			pb.rep.BadDates++
		}
	}
	pc := NormalisePostcode(p.postcode)
	cells[5] = textCell(pc)
	cells[6] = NullCell()
	if pb.lookup != nil && pc != "" {
		if la, ok := pb.lookup.Authority(pc); ok {
			cells[6] = ValueCell(la)
		} else {
			pb.rep.NoAuthority++
		}
	}
	cells[7] = ValueCell(p.source)
	pb.tbl.AppendRow(cells, Pos{File: pb.file, Line: line})
	pb.rep.Kept++
	return nil
}

func textCell(s string) Cell {
	s = strings.TrimSpace(s)
	if s == "" {
		return NullCell()
	}
	return ValueCell(s)
}

// codesCell reads "PR1/PR2" or "PR1, PR2" as the list "PR1,PR2".
func codesCell(s string) Cell {
	s = strings.TrimSpace(s)
	if s == "" {
		return NullCell()
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == ',' })
	for i := range parts {
		parts[i] = strings.ToUpper(strings.TrimSpace(parts[i]))
	}
	return ValueCell(strings.Join(parts, ","))
}

// providerDate reads a closing date: a spreadsheet serial (numeric cells),
// dd/mm/yyyy, or yyyy-mm-dd with an optional time.
func providerDate(s string, serial bool) (stablehomes.Date, bool) {
	if serial {
		if y, m, d, ok := xlsx.SerialDate(s); ok {
			return stablehomes.MustDate(y, int(m), d), true
		}
	}
	if d, err := ParseReturnDate(s); err == nil {
		return d, true
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && (len(s) == 10 || s[10] == ' ' || s[10] == 'T') {
			if d, err := stablehomes.MakeDate(t.Year(), int(t.Month()), t.Day()); err == nil {
				return d, true
			}
		}
	}
	if y, m, d, ok := xlsx.SerialDate(s); ok { // a serial saved as text
		return stablehomes.MustDate(y, int(m), d), true
	}
	return stablehomes.Date{}, false
}

// header maps the wanted column names (lower case) to their indexes in
// row; missing lists the wanted names not found.
func header(row []string, want []string) (idx map[string]int, missing []string) {
	idx = map[string]int{}
	for i, h := range row {
		k := strings.ToLower(strings.TrimSpace(h))
		if _, dup := idx[k]; !dup {
			idx[k] = i
		}
	}
	out := map[string]int{}
	for _, w := range want {
		if i, ok := idx[w]; ok {
			out[w] = i
		} else {
			missing = append(missing, w)
		}
	}
	return out, missing
}

func get(values []string, idx map[string]int, name string) string {
	i, ok := idx[name]
	if !ok || i >= len(values) {
		return ""
	}
	return values[i]
}

func missingColumns(sheet string, missing []string) error {
	return fmt.Errorf("%w: %s needs %s", ErrProviderColumns, sheet, strings.Join(missing, ", "))
}

// Column sets of each form (lower case, as matched).
var (
	combinedCols  = []string{"urn", "local authority", "placement code", "placement provider code", "deregistration date", "setting address postcode"}
	saCols        = []string{"urn", "provider local authority", "closed date", "setting address postcode"}
	chCols        = []string{"urn", "local authority", "provider code", "provider placement code", "closed date"}
	scpCurrent    = []string{"urn", "local authority", "placement code", "placement provider code", "setting postcode"}
	scpClosedCols = []string{"urn", "local authority", "placement code", "placement provider code", "deregistration date", "setting postcode"}
)

func (pb *providerBuilder) workbook(data []byte) error {
	wb, err := xlsx.Open(data, xlsx.Limits{})
	if err != nil {
		return err
	}
	names := wb.Sheets()
	has := func(want string) int {
		for i, n := range names {
			if strings.EqualFold(strings.TrimSpace(n), want) {
				return i
			}
		}
		return -1
	}
	switch {
	case has("Provider information") >= 0:
		pb.rep.Form = ChildrensHomesList
		return pb.sheet(wb, has("Provider information"), "the Provider information sheet", chCols, func(v []string, idx map[string]int) provider {
			pc := get(v, idx, "setting postcode")
			if _, ok := idx["setting postcode"]; !ok {
				pc = get(v, idx, "setting address postcode")
			}
			return provider{urn: get(v, idx, "urn"), la: get(v, idx, "local authority"), place: get(v, idx, "provider code"),
				provider: get(v, idx, "provider placement code"), closed: get(v, idx, "closed date"), postcode: pc, source: "CH List"}
		}, []string{"setting postcode", "setting address postcode"})
	case has("Settings and Inspection Info") >= 0 && has("Address Details") >= 0:
		pb.rep.Form = ChildrensHomesList
		return pb.homesTwoSheets(wb, has("Settings and Inspection Info"), has("Address Details"))
	case len(names) == 2 && has("Providers") >= 0 && has("SA providers") >= 0:
		pb.rep.Form = CombinedProviderList
		if err := pb.sheet(wb, has("Providers"), "the Providers sheet", combinedCols, combinedRow, nil); err != nil {
			return err
		}
		return pb.sheet(wb, has("SA providers"), "the SA providers sheet", saCols, func(v []string, idx map[string]int) provider {
			pp := "PR4"
			if _, ok := idx["placement provider code"]; ok {
				pp = get(v, idx, "placement provider code")
			}
			return provider{urn: get(v, idx, "urn"), la: get(v, idx, "provider local authority"), place: "K3", provider: pp,
				closed: get(v, idx, "closed date"), postcode: get(v, idx, "setting address postcode"), source: "Combined SCPCH List"}
		}, []string{"placement provider code"})
	case len(names) == 1:
		pb.rep.Form = CombinedProviderList
		return pb.sheet(wb, 0, "the providers sheet", combinedCols, combinedRow, nil)
	case len(names) >= 2:
		// The Social Care Providers list: current providers, then closed.
		pb.rep.Form = SocialCareProvidersList
		if err := pb.sheet(wb, 0, "the first (current providers) sheet", scpCurrent, func(v []string, idx map[string]int) provider {
			return scpRow(v, idx, "")
		}, nil); err != nil {
			return err
		}
		return pb.sheet(wb, 1, "the second (closed providers) sheet", scpClosedCols, func(v []string, idx map[string]int) provider {
			return scpRow(v, idx, get(v, idx, "deregistration date"))
		}, nil)
	}
	return ErrProviderForm
}

func combinedRow(v []string, idx map[string]int) provider {
	return provider{urn: get(v, idx, "urn"), la: get(v, idx, "local authority"), place: get(v, idx, "placement code"),
		provider: get(v, idx, "placement provider code"), closed: get(v, idx, "deregistration date"),
		postcode: get(v, idx, "setting address postcode"), source: "Combined SCPCH List"}
}

func scpRow(v []string, idx map[string]int, closed string) provider {
	return provider{urn: get(v, idx, "urn"), la: get(v, idx, "local authority"), place: get(v, idx, "placement code"),
		provider: get(v, idx, "placement provider code"), closed: closed, postcode: get(v, idx, "setting postcode"), source: "SCP List"}
}

// sheet reads sheet i: the first row is the header, which must hold want
// (one of anyOf too, when given, except that anyOf names optional columns
// when the row function checks for them itself).
func (pb *providerBuilder) sheet(wb *xlsx.Workbook, i int, what string, want []string, row func([]string, map[string]int) provider, optional []string) error {
	var (
		idx     map[string]int
		errStop error
	)
	err := wb.Rows(i, func(n int, values []string) bool {
		if idx == nil {
			var missing []string
			idx, missing = header(values, append(append([]string(nil), want...), optional...))
			missing = without(missing, optional)
			if len(missing) > 0 {
				errStop = missingColumns(what, missing)
				return false
			}
			if what == "the Provider information sheet" {
				if _, a := idx["setting postcode"]; !a {
					if _, b := idx["setting address postcode"]; !b {
						errStop = missingColumns(what, []string{"setting postcode (or setting address postcode)"})
						return false
					}
				}
			}
			return true
		}
		if blankRow(values) {
			return true
		}
		p := row(values, idx)
		p.closedIsSerial = true
		if err := pb.add(p, n); err != nil {
			errStop = err
			return false
		}
		return true
	})
	if err != nil {
		return err
	}
	if errStop != nil {
		return errStop
	}
	if idx == nil {
		return fmt.Errorf("%w: %s is empty", ErrProviderColumns, what)
	}
	return nil
}

func without(list, drop []string) []string {
	var out []string
	for _, s := range list {
		keep := true
		for _, d := range drop {
			if s == d {
				keep = false
			}
		}
		if keep {
			out = append(out, s)
		}
	}
	return out
}

func blankRow(values []string) bool {
	for _, v := range values {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// homesTwoSheets joins the Children's Homes list's settings sheet with its
// address sheet on URN (providers without an address row are kept without
// a postcode; the peer's inner join drops them, which would make their
// URNs fail 1008).
func (pb *providerBuilder) homesTwoSheets(wb *xlsx.Workbook, settings, address int) error {
	postcodes := map[string]string{}
	var idx map[string]int
	var errStop error
	err := wb.Rows(address, func(n int, values []string) bool {
		if idx == nil {
			var missing []string
			idx, missing = header(values, []string{"urn", "setting postcode", "setting address postcode"})
			_, a := idx["setting postcode"]
			_, b := idx["setting address postcode"]
			if slicesContains(missing, "urn") || (!a && !b) {
				errStop = missingColumns("the Address Details sheet", []string{"urn", "setting postcode (or setting address postcode)"})
				return false
			}
			return true
		}
		pc := get(values, idx, "setting postcode")
		if _, ok := idx["setting postcode"]; !ok {
			pc = get(values, idx, "setting address postcode")
		}
		postcodes[strings.TrimSuffix(strings.TrimSpace(get(values, idx, "urn")), ".0")] = pc
		return true
	})
	if err != nil {
		return err
	}
	if errStop != nil {
		return errStop
	}
	return pb.sheet(wb, settings, "the Settings and Inspection Info sheet", chCols, func(v []string, idx map[string]int) provider {
		urn := get(v, idx, "urn")
		return provider{urn: urn, la: get(v, idx, "local authority"), place: get(v, idx, "provider code"),
			provider: get(v, idx, "provider placement code"), closed: get(v, idx, "closed date"),
			postcode: postcodes[strings.TrimSuffix(strings.TrimSpace(urn), ".0")], source: "CH List"}
	}, nil)
}

func slicesContains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func (pb *providerBuilder) csv(data []byte) error {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	var idx map[string]int
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return fmt.Errorf("%w: malformed CSV at line %d", ErrProviderForm, pe.StartLine)
			}
			return fmt.Errorf("%w: malformed CSV", ErrProviderForm)
		}
		line, _ := r.FieldPos(0)
		if idx == nil {
			var missing []string
			idx, missing = header(rec, combinedCols)
			if len(missing) > 0 {
				return missingColumns("the CSV header", missing)
			}
			continue
		}
		if blankRow(rec) {
			continue
		}
		p := combinedRow(rec, idx)
		if err := pb.add(p, line); err != nil {
			return err
		}
	}
	if idx == nil {
		return fmt.Errorf("%w: the CSV file is empty", ErrProviderColumns)
	}
	return nil
}
