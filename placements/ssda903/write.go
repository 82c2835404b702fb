package ssda903

import (
	"bufio"
	"io"
	"strings"
)

// WriteCSV writes the table as a CSV file with its columns as the header,
// quoting fields that need it. Null and absent cells, and "" values, are
// written as empty fields (which read back as null).
func (t *Table) WriteCSV(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	writeField := func(s string) {
		if strings.ContainsAny(s, ",\"\r\n") {
			bw.WriteByte('"')
			bw.WriteString(strings.ReplaceAll(s, `"`, `""`))
			bw.WriteByte('"')
			return
		}
		bw.WriteString(s)
	}
	for i, c := range t.cols {
		if i > 0 {
			bw.WriteByte(',')
		}
		writeField(c.name)
	}
	bw.WriteByte('\n')
	for r := 0; r < t.rows; r++ {
		for i, c := range t.cols {
			if i > 0 {
				bw.WriteByte(',')
			}
			writeField(c.Cell(r).String())
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
