package ssda903

import (
	"bufio"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/stablehomes/stablehomes"
)

// The XML export's layout (DfE's SSDA903 XML schema as case systems export
// it): root EXPSSDA903; one CHILD per child holding a HEADER and its EPISODE
// elements. HEADER holds the child's own fields (CHILDID, SEX, DOB, ETHNIC,
// UPN, MOTHER, MC_DOB, UASC; the UASC table's DUC; OC3's IN_TOUCH, ACTIV,
// ACCOM; AD1's DATE_INT and the other adoption-decision fields) and the
// groups AREVIEW (Reviews), AMISSING (Missing), OC2, PERMANENCE (PrevPerm)
// and AD_PLACED (PlacedAdoption). CHILDID is the CSV column CHILD and PL is
// PLACE. A group's row takes CHILD, DOB and SEX from its HEADER.
var xmlGroups = map[string]TableID{
	"EPISODE": Episodes, "AREVIEW": Reviews, "AMISSING": Missing, "OC2": OC2,
	"PERMANENCE": PrevPerm, "AD_PLACED": PlacedAdoption,
}

// xmlHeaderTables are built from HEADER's own fields; the row exists when
// its trigger field has a value (Header always).
var xmlHeaderTables = []struct {
	id      TableID
	trigger string
}{{Header, ""}, {UASC, "UASC"}, {OC3, "IN_TOUCH"}, {AD1, "DATE_INT"}}

func xmlColumn(tag string) string {
	switch tag {
	case "CHILDID":
		return "CHILD"
	case "PL":
		return "PLACE"
	}
	return tag
}

// ElementError is an element of an XML return that is not in the layout, or
// a structural fault. It names the position only: an element's name is input
// text like its content.
type ElementError struct {
	Pos    Pos
	Reason string
}

func (e ElementError) Error() string { return fmt.Sprintf("ssda903: %s: %s", e.Pos, e.Reason) }

// XMLError is an XML return that cannot be read on (malformed XML, another
// root). The message carries the line, never the document's text.
type XMLError struct {
	Pos    Pos
	Reason string
}

func (e *XMLError) Error() string { return fmt.Sprintf("ssda903: %s: %s", e.Pos, e.Reason) }

type xmlLeaf struct {
	name  string
	value string
	null  bool
}

type xmlGroup struct {
	id     TableID
	line   int
	leaves []xmlLeaf
	bad    string // rejection reason, "" when fine
	size   int
}

func (g *xmlGroup) set(name, value string, max int) {
	for _, l := range g.leaves {
		if l.name == name {
			g.bad = "a field is given twice"
			return
		}
	}
	g.size += len(value)
	if g.size > max {
		g.bad = fmt.Sprintf("row longer than %d bytes", max)
		return
	}
	g.leaves = append(g.leaves, xmlLeaf{name, value, value == ""})
}

func (g *xmlGroup) get(name string) (xmlLeaf, bool) {
	for _, l := range g.leaves {
		if l.name == name {
			return l, true
		}
	}
	return xmlLeaf{}, false
}

// ReadXML reads an SSDA903 XML export into the same tables as the CSV files,
// token by token: memory follows the tables and one CHILD element, not the
// document. Every row has the line of its element; every element not in the
// layout is reported in LoadReport.Elements with its line and skipped (its
// content is never read into the report), and so is an element carrying
// attributes (the layout has none; they are ignored); ReadOptions.MaxRowBytes bounds the
// text of one row and of any run of text. Per table, Read = Accepted +
// Rejected. The Return's Metadata.FileFormat is "xml".
//
// The error is for I/O failures, malformed XML (with its line) and
// cancellation (wrapping ctx.Err()).
func ReadXML(ctx context.Context, r io.Reader, file string, year stablehomes.FinancialYear, opts LoadOptions) (*Return, *LoadReport, error) {
	ret := &Return{Year: year, Metadata: opts.Metadata}
	ret.Metadata.FileFormat = "xml"
	rep := &LoadReport{}
	if err := readXMLInto(ctx, r, file, ret, rep, opts); err != nil {
		return nil, rep, err
	}
	ret.DeriveLocation(opts.Postcodes)
	return ret, rep, nil
}

func loadXMLFile(ctx context.Context, fsys fs.FS, file string, ret *Return, rep *LoadReport, opts LoadOptions) error {
	f, err := fsys.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	ret.Metadata.FileFormat = "xml"
	return readXMLInto(ctx, f, file, ret, rep, opts)
}

// textRunLimit fails a read when a run of bytes without '<' is longer than
// max, so the decoder never buffers an unbounded text node.
type textRunLimit struct {
	r   io.Reader
	run int
	max int
}

var errTextRun = errors.New("text run too long")

func (t *textRunLimit) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	for _, c := range p[:n] {
		if c == '<' {
			t.run = 0
		} else if t.run++; t.run > t.max {
			return 0, errTextRun
		}
	}
	return n, err
}

func charsetReader(label string, in io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return in, nil
	case "iso-8859-1", "latin1", "latin-1":
		return &latin1Reader{r: bufio.NewReader(in)}, nil
	}
	return nil, errors.New("unsupported encoding")
}

type latin1Reader struct {
	r   *bufio.Reader
	out []byte
}

func (l *latin1Reader) Read(p []byte) (int, error) {
	for len(l.out) < len(p) {
		c, err := l.r.ReadByte()
		if err != nil {
			if len(l.out) == 0 {
				return 0, err
			}
			break
		}
		l.out = utf8.AppendRune(l.out, rune(c))
	}
	n := copy(p, l.out)
	l.out = l.out[n:]
	return n, nil
}

func readXMLInto(ctx context.Context, r io.Reader, file string, ret *Return, rep *LoadReport, opts LoadOptions) error {
	max := opts.MaxRowBytes
	if max <= 0 {
		max = DefaultMaxRowBytes
	}
	year := ret.Year
	d := xml.NewDecoder(&textRunLimit{r: r, max: max})
	d.CharsetReader = charsetReader
	tables := map[TableID]*Table{}
	results := map[TableID]*ReadResult{}
	cols := map[TableID][]string{}
	var order []TableID
	for _, id := range []TableID{Header, Episodes, UASC, OC2, OC3, Missing, Reviews, AD1, PlacedAdoption, PrevPerm} {
		req, opt, ok := Columns(id, year)
		if !ok {
			continue
		}
		cols[id] = append(slices.Clone(req), opt...)
		tables[id] = NewTable(id, cols[id])
		results[id] = &ReadResult{}
		order = append(order, id)
	}
	// Fields HEADER may hold directly.
	headerFields := map[string]bool{}
	for _, h := range xmlHeaderTables {
		for _, c := range cols[h.id] {
			headerFields[c] = true
		}
	}
	line := func() int { l, _ := d.InputPos(); return l }
	unknown := func(l int) {
		rep.Elements = append(rep.Elements, ElementError{Pos{File: file, Line: l}, "element not in the SSDA903 XML layout (skipped)"})
	}
	fail := func(l int, err error) error {
		if errors.Is(err, errTextRun) {
			return &XMLError{Pos{File: file, Line: l}, fmt.Sprintf("text longer than %d bytes", max)}
		}
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return &XMLError{Pos{File: file, Line: se.Line}, "malformed XML"}
		}
		if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
			return &XMLError{Pos{File: file, Line: l}, "the document ends early"}
		}
		if strings.Contains(err.Error(), "unsupported encoding") || strings.Contains(err.Error(), "CharsetReader") {
			return &XMLError{Pos{File: file, Line: l}, "unsupported character encoding"}
		}
		return fmt.Errorf("ssda903: reading %s: %w", file, err)
	}
	// next returns the next start or end element, skipping whitespace,
	// comments and processing instructions; text outside a leaf that is not
	// whitespace, and an element's attributes, are reported.
	next := func() (xml.Token, error) {
		for {
			tok, err := d.Token()
			if err != nil {
				return nil, err
			}
			switch t := tok.(type) {
			case xml.StartElement:
				if len(t.Attr) > 0 {
					// The layout has no attributes: reported, not read.
					rep.Elements = append(rep.Elements, ElementError{Pos{File: file, Line: line()}, "attribute not in the SSDA903 XML layout (ignored)"})
				}
				return t, nil
			case xml.EndElement:
				return t, nil
			case xml.CharData:
				if len(strings.TrimSpace(string(t))) > 0 {
					rep.Elements = append(rep.Elements, ElementError{Pos{File: file, Line: line()}, "text outside a field (skipped)"})
				}
			}
		}
	}
	// leaf reads a field's text up to its end element; an element inside a
	// field is reported and skipped.
	leaf := func() (string, error) {
		var b strings.Builder
		for {
			tok, err := d.Token()
			if err != nil {
				return "", err
			}
			switch t := tok.(type) {
			case xml.CharData:
				if b.Len()+len(t) > max {
					return "", errTextRun
				}
				b.Write(t)
			case xml.StartElement:
				unknown(line())
				if err := d.Skip(); err != nil {
					return "", err
				}
			case xml.EndElement:
				return b.String(), nil
			}
		}
	}
	// group reads the fields of one group element into g.
	group := func(g *xmlGroup, known func(string) bool) error {
		for {
			tok, err := next()
			if err != nil {
				return err
			}
			switch t := tok.(type) {
			case xml.EndElement:
				return nil
			case xml.StartElement:
				l := line()
				name := xmlColumn(t.Name.Local)
				if t.Name.Space != "" || !known(name) {
					unknown(l)
					if err := d.Skip(); err != nil {
						return err
					}
					continue
				}
				v, err := leaf()
				if err != nil {
					return err
				}
				g.set(name, v, max)
			}
		}
	}
	emit := func(id TableID, g *xmlGroup, ctxFields *xmlGroup) {
		res := results[id]
		res.Counts.Read++
		pos := Pos{File: file, Line: g.line}
		if g.bad != "" || (ctxFields != nil && ctxFields.bad != "") {
			reason := g.bad
			if reason == "" {
				reason = "its HEADER is rejected: " + ctxFields.bad
			}
			res.Counts.Rejected++
			res.Rejected = append(res.Rejected, RowError{Pos: pos, Table: id, Reason: reason})
			return
		}
		cs := cols[id]
		cells := make([]Cell, len(cs))
		for i, c := range cs {
			l, ok := g.get(c)
			if !ok && ctxFields != nil {
				l, ok = ctxFields.get(c)
			}
			switch {
			case !ok || l.null:
				cells[i] = NullCell()
			default:
				cells[i] = ValueCell(upperASCIIString(l.value))
			}
		}
		tables[id].AppendRow(cells, pos)
		res.Counts.Accepted++
	}

	// The root.
	tok, err := next()
	if err != nil {
		return fail(line(), err)
	}
	root, ok := tok.(xml.StartElement)
	if !ok || root.Name.Local != "EXPSSDA903" || root.Name.Space != "" {
		return &XMLError{Pos{File: file, Line: line()}, "the root element is not EXPSSDA903"}
	}
	children := 0
	for {
		tok, err := next()
		if err != nil {
			return fail(line(), err)
		}
		if _, ok := tok.(xml.EndElement); ok {
			break // the root's end
		}
		st := tok.(xml.StartElement)
		if st.Name.Local != "CHILD" || st.Name.Space != "" {
			unknown(line())
			if err := d.Skip(); err != nil {
				return fail(line(), err)
			}
			continue
		}
		if children++; children%256 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("ssda903: reading %s stopped: %w", file, err)
			}
		}
		childLine := line()
		var header *xmlGroup
		var groups []*xmlGroup
		for {
			tok, err := next()
			if err != nil {
				return fail(line(), err)
			}
			if _, ok := tok.(xml.EndElement); ok {
				break
			}
			st := tok.(xml.StartElement)
			l := line()
			switch {
			case st.Name.Space == "" && st.Name.Local == "EPISODE":
				g := &xmlGroup{id: Episodes, line: l}
				epCols := cols[Episodes]
				if err := group(g, func(n string) bool { return slices.Contains(epCols, n) }); err != nil {
					return fail(line(), err)
				}
				groups = append(groups, g)
			case st.Name.Space == "" && st.Name.Local == "HEADER" && header == nil:
				header = &xmlGroup{id: Header, line: l}
				for {
					tok, err := next()
					if err != nil {
						return fail(line(), err)
					}
					if _, ok := tok.(xml.EndElement); ok {
						break
					}
					st := tok.(xml.StartElement)
					l := line()
					name := xmlColumn(st.Name.Local)
					if id, ok := xmlGroups[st.Name.Local]; ok && st.Name.Space == "" && id != Episodes && tables[id] != nil {
						g := &xmlGroup{id: id, line: l}
						gc := cols[id]
						if err := group(g, func(n string) bool { return slices.Contains(gc, n) }); err != nil {
							return fail(line(), err)
						}
						groups = append(groups, g)
						continue
					}
					if st.Name.Space != "" || !headerFields[name] {
						unknown(l)
						if err := d.Skip(); err != nil {
							return fail(line(), err)
						}
						continue
					}
					v, err := leaf()
					if err != nil {
						return fail(line(), err)
					}
					header.set(name, v, max)
				}
			default:
				unknown(l)
				if err := d.Skip(); err != nil {
					return fail(line(), err)
				}
			}
		}
		if header == nil {
			header = &xmlGroup{id: Header, line: childLine, bad: "the CHILD has no HEADER"}
		}
		for _, h := range xmlHeaderTables {
			if tables[h.id] == nil {
				continue
			}
			if h.trigger != "" {
				if l, ok := header.get(h.trigger); !ok || l.null {
					continue
				}
			}
			emit(h.id, header, nil)
		}
		for _, g := range groups {
			emit(g.id, g, header)
		}
	}
	// Nothing may follow the root but whitespace and comments.
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail(line(), err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			return &XMLError{Pos{File: file, Line: line()}, "an element after the root"}
		case xml.CharData:
			if len(strings.TrimSpace(string(t))) > 0 {
				return &XMLError{Pos{File: file, Line: line()}, "text after the root"}
			}
		}
	}
	for _, id := range order {
		t := tables[id]
		t.Freeze()
		res := results[id]
		ret.SetTable(t)
		rep.Files = append(rep.Files, FileReport{File: file, Table: id, How: "XML elements", Counts: res.Counts})
		rep.Rejected = append(rep.Rejected, res.Rejected...)
		rep.Totals = rep.Totals.Add(res.Counts)
	}
	return nil
}
