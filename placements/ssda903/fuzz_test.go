package ssda903

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
)

// fuzzTable checks one table's row decoder: no panic, every record accounted
// for (accepted + rejected = read, accepted rows are the table's rows), and
// accepted rows survive a write/read round trip.
func fuzzTable(f *testing.F, id TableID) {
	req, _, _ := Columns(id, fy2026)
	head := strings.Join(req, ",") + "\n"
	f.Add([]byte(head + strings.Repeat("x,", len(req)-1) + "y\n"))
	f.Add([]byte(head + "\"a,b\"" + strings.Repeat(",", len(req)-1) + "\n"))
	f.Add([]byte(head + "\"unterminated\n"))
	f.Add([]byte(head + "\xff\xfe\n\n"))
	if id == Episodes {
		f.Add([]byte(episodesHeader + "1,01/04/2024,S,C2,N1,U4,PR1,,,,AB1 2CD,AB3 4EF,SC123456\r\n"))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(bytes.NewReader(data), "f.csv", id, fy2026, ReadOptions{MaxRowBytes: 4096})
		tbl := NewTable(id, r.Columns())
		for {
			row, err := r.Read()
			if err == io.EOF {
				break
			}
			var re *RowError
			if errors.As(err, &re) {
				if re.Reason == "" || re.Pos.Line < 1 {
					t.Fatalf("bad rejection %+v", re)
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			tbl.appendFields(row.fields, row.Pos)
		}
		tbl.Freeze()
		c := r.Counts()
		if c.Read != c.Accepted+c.Rejected || c.Accepted != tbl.Len() {
			t.Fatalf("counts %+v, table rows %d", c, tbl.Len())
		}
		if r.HeaderErr() != nil || tbl.Len() == 0 {
			return
		}
		var buf bytes.Buffer
		if err := tbl.WriteCSV(&buf); err != nil {
			t.Fatal(err)
		}
		again, res, err := ReadTable(context.Background(), &buf, "g.csv", id, fy2026, ReadOptions{MaxRowBytes: 1 << 20})
		if err != nil || res.Counts.Rejected != 0 || again.Len() != tbl.Len() {
			t.Fatalf("round trip: %v %+v", err, res)
		}
		for _, col := range tbl.Columns() {
			for i := range tbl.Len() {
				a, b := tbl.Cell(i, col), again.Cell(i, col)
				if a != b {
					t.Fatalf("round trip %s row %d: %q vs %q", col, i, a, b)
				}
			}
		}
	})
}

func FuzzReadHeader(f *testing.F)         { fuzzTable(f, Header) }
func FuzzReadEpisodes(f *testing.F)       { fuzzTable(f, Episodes) }
func FuzzReadUASC(f *testing.F)           { fuzzTable(f, UASC) }
func FuzzReadOC2(f *testing.F)            { fuzzTable(f, OC2) }
func FuzzReadOC3(f *testing.F)            { fuzzTable(f, OC3) }
func FuzzReadMissing(f *testing.F)        { fuzzTable(f, Missing) }
func FuzzReadReviews(f *testing.F)        { fuzzTable(f, Reviews) }
func FuzzReadAD1(f *testing.F)            { fuzzTable(f, AD1) }
func FuzzReadPlacedAdoption(f *testing.F) { fuzzTable(f, PlacedAdoption) }
func FuzzReadPrevPerm(f *testing.F)       { fuzzTable(f, PrevPerm) }
func FuzzReadSWEpisodes(f *testing.F)     { fuzzTable(f, SWEpisodes) }
func FuzzReadDoLo(f *testing.F)           { fuzzTable(f, DoLo) }
