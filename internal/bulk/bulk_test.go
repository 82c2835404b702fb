package bulk_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/bulk"
	"github.com/stablehomes/stablehomes/internal/gens"
	"github.com/stablehomes/stablehomes/internal/strictjson"
)

type item struct {
	N int `json:"n"`
}

var check = func(b []byte) error {
	var it item
	if err := strictjson.Unmarshal(b, &it); err != nil {
		return err
	}
	if it.N < 0 {
		return stablehomes.Violations{{Path: "/n", Code: "test.negative", Message: "n is negative", Rule: stablehomes.Rule{ID: "test.n"}}}
	}
	return nil
}

func run(t *testing.T, in string, f bulk.Format, max int) (bulk.Totals, map[int]string) {
	t.Helper()
	got := map[int]string{}
	tot, err := bulk.Validate(context.Background(), strings.NewReader(in), f, check, bulk.Options{MaxRecordBytes: max}, func(r bulk.Record) {
		if r.Err != nil {
			got[r.Line] = bulk.Violations(r.Err)[0].Code
		} else {
			got[r.Line] = "ok"
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if tot.Read != tot.Accepted+tot.Rejected {
		t.Fatalf("totals do not add up: %+v", tot)
	}
	return tot, got
}

// Valid, invalid, truncated and oversized records, each accounted for on
// its line.
func TestMixedNDJSON(t *testing.T) {
	in := strings.Join([]string{
		`{"n":1}`,
		`{"n":-1}`,
		``,
		`{"n":2,"x":3}`,
		`{"n":` + strings.Repeat("1", 200) + `}`,
		`{"n":3`,
		`{"n":4}`,
		`{"n":5}`, // last line without a newline
	}, "\n")
	tot, got := run(t, in, bulk.NDJSON, 100)
	want := map[int]string{1: "ok", 2: "test.negative", 4: strictjson.CodeUnknown, 5: strictjson.CodeTooLarge, 6: strictjson.CodeSyntax, 7: "ok", 8: "ok"}
	if tot.Read != 7 || tot.Accepted != 3 || tot.Rejected != 4 {
		t.Errorf("totals %+v", tot)
	}
	for line, code := range want {
		if got[line] != code {
			t.Errorf("line %d: %q, want %q", line, got[line], code)
		}
	}
	if len(got) != len(want) {
		t.Errorf("reported lines %v", got)
	}
}

func TestOversizeBeyondBuffer(t *testing.T) {
	in := `{"n":1}` + "\n" + `{"n":` + strings.Repeat("7", 300000) + "}\n" + `{"n":2}` + "\n"
	tot, got := run(t, in, bulk.NDJSON, 1000)
	if tot.Read != 3 || got[2] != strictjson.CodeTooLarge || got[3] != "ok" {
		t.Errorf("%+v %v", tot, got)
	}
	tot, got = run(t, in, bulk.NDJSON, 400000)
	if tot.Read != 3 || got[2] != strictjson.CodeValue || got[3] != "ok" {
		t.Errorf("large record within the limit: %+v %v", tot, got)
	}
}

func TestSingleDocument(t *testing.T) {
	tot, got := run(t, "\n\n{\n \"n\": -4\n}\n", bulk.JSON, 0)
	if tot.Read != 1 || got[3] != "test.negative" {
		t.Errorf("%+v %v", tot, got)
	}
	tot, _ = run(t, `{"n":1}`+strings.Repeat(" ", 500), bulk.JSON, 100)
	if tot.Rejected != 1 {
		t.Errorf("oversized document: %+v", tot)
	}
}

// Whatever the lines, every non-blank line is one record and the totals add up.
func TestAccounting(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	line := gen.OneGenOf(gen.Const(`{"n":1}`), gen.Const(`{"n":-1}`), gen.Const(``), gen.Const(`{"n"`), gen.AlphaString(), gen.Const(strings.Repeat("x", 150)))
	props.Property("read = accepted + rejected = non-blank lines", prop.ForAll(func(lines []string) bool {
		tot, err := bulk.Validate(context.Background(), strings.NewReader(strings.Join(lines, "\n")), bulk.NDJSON, check, bulk.Options{MaxRecordBytes: 100}, func(bulk.Record) {})
		nonBlank := 0
		for _, l := range lines {
			if strings.TrimSpace(l) != "" {
				nonBlank++
			}
		}
		return err == nil && tot.Read == tot.Accepted+tot.Rejected && tot.Read == nonBlank
	}, gen.SliceOf(line)))
	props.TestingRun(t)
}

type failingReader struct{ n int }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("disk on fire")
	}
	f.n--
	return copy(p, "{\"n\":1}\n"), nil
}

func TestReadErrorIsReturned(t *testing.T) {
	tot, err := bulk.Validate(context.Background(), &failingReader{n: 2}, bulk.NDJSON, check, bulk.Options{}, func(bulk.Record) {})
	if err == nil || tot.Read != 2 {
		t.Errorf("%+v %v", tot, err)
	}
}

func FuzzValidateNDJSON(f *testing.F) {
	f.Add([]byte("{\"n\":1}\n{\"n\":-1}\n\n{\"n\""))
	f.Fuzz(func(t *testing.T, data []byte) {
		tot, err := bulk.Validate(context.Background(), bytes.NewReader(data), bulk.NDJSON, check, bulk.Options{MaxRecordBytes: 64}, func(bulk.Record) {})
		if err != nil || tot.Read != tot.Accepted+tot.Rejected || tot.Bytes != int64(len(data)) {
			t.Fatalf("%+v %v", tot, err)
		}
	})
}

var _ = io.EOF
