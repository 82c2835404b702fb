package strictjson

import (
	"errors"
	"testing"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
)

func TestParseDecimal(t *testing.T) {
	for lit, want := range map[string]struct {
		integral bool
		text     string
	}{
		"0": {true, "0"}, "-0": {true, "-0"}, "-0.0": {true, "-0"}, "0.0e5": {true, "0"},
		"22000.0": {true, "22000"}, "1e2": {true, "100"}, "1E2": {true, "100"}, "1e+2": {true, "100"},
		"0.1e1": {true, "1"}, "2.0": {true, "2"}, "12.5000e1": {true, "125"}, "100e-2": {true, "1"},
		"1.00000000000000000001e2": {false, ""}, "1.5": {false, ""}, "1e-400": {false, ""}, "0.1": {false, ""},
		"9223372036854775807": {true, "9223372036854775807"}, "9.223372036854775808e18": {true, "9223372036854775808"},
	} {
		d, ok := ParseDecimal([]byte(lit))
		if !ok {
			t.Errorf("%s: not read", lit)
			continue
		}
		if d.Integral() != want.integral {
			t.Errorf("%s: integral = %v", lit, d.Integral())
		}
		if got, _ := d.IntText(400); got != want.text {
			t.Errorf("%s: IntText = %q, want %q", lit, got, want.text)
		}
	}
	for _, bad := range []string{"", "-", "01", "1.", ".5", "1e", "+1", "1e+", "0x1", "1 "} {
		if _, ok := ParseDecimal([]byte(bad)); ok {
			t.Errorf("%q read as a number", bad)
		}
	}
	if _, ok := (Decimal{Digits: "1", Exp: 400}).IntText(20); ok {
		t.Error("1e400 written as an integer of at most 20 digits")
	}
}

type wholeDoc struct {
	N  int64     `json:"n"`
	S  int32     `json:"s"`
	U  uint8     `json:"u"`
	ID uuid.UUID `json:"id"`
}

// JSON Schema's integer is a number whose value is whole, however written;
// Go reads it so, exactly and within the Go type's range.
func TestWholeNumbers(t *testing.T) {
	const id = `"0b9f1c2e-5a3d-4e6f-8a7b-9c0d1e2f3a4b"`
	for _, c := range []struct {
		doc  string
		code string // "" accepts
		n    int64
	}{
		{`{"n":22000.0,"s":1,"u":1,"id":` + id + `}`, "", 22000},
		{`{"n":1e2,"s":2.0,"u":1E0,"id":` + id + `}`, "", 100},
		{`{"n":-0.0,"s":-0,"u":-0,"id":` + id + `}`, "", 0},
		{`{"n":0.1e1,"s":1e+1,"u":2.55e2,"id":` + id + `}`, "", 1},
		{`{"n":9.223372036854775807e18,"s":1,"u":1,"id":` + id + `}`, "", 9223372036854775807},
		{`{"n":9.223372036854775808e18,"s":1,"u":1,"id":` + id + `}`, CodeValue, 0},
		{`{"n":1,"s":2147483648.0,"u":1,"id":` + id + `}`, CodeValue, 0},
		{`{"n":1,"s":1,"u":2.56e2,"id":` + id + `}`, CodeValue, 0},
		{`{"n":1,"s":1,"u":-1.0,"id":` + id + `}`, CodeValue, 0},
		{`{"n":1.00000000000000000001e2,"s":1,"u":1,"id":` + id + `}`, CodeValue, 0},
		{`{"n":1.5,"s":1,"u":1,"id":` + id + `}`, CodeValue, 0},
		{`{"n":1e400,"s":1,"u":1,"id":` + id + `}`, CodeValue, 0},
		{`{"n":1e-400,"s":1,"u":1,"id":` + id + `}`, CodeValue, 0},
		{`{"n":1e999999999999999999999,"s":1,"u":1,"id":` + id + `}`, CodeValue, 0},
		{`{"n":"1","s":1.0,"u":1,"id":` + id + `}`, CodeType, 0},
		{`{"n":1,"s":1.0,"u":1,"id":"0b9f1c2e\u002d5a3d\u002d4e6f\u002d8a7b\u002d9c0d1e2f3a4b"}`, "", 1},
		{`{"n":1,"s":1,"u":1,"id":"\u0030b9f1c2e-5a3d-4e6f-8a7b-9c0d1e2f3a4b"}`, "", 1},
		{`{"n":1,"s":1,"u":1,"id":"0B9F1C2E-5a3d-4e6f-8a7b-9c0d1e2f3a4b"}`, CodeValue, 0},
		{`{"n":1,"s":1,"u":1,"id":"\u0030B9f1c2e-5a3d-4e6f-8a7b-9c0d1e2f3a4b"}`, CodeValue, 0},
		{`{"n":1.0,"s":1,"u":1,"id":` + id + `,"n":2}`, CodeDuplicate, 0},
	} {
		var d wholeDoc
		err := Unmarshal([]byte(c.doc), &d)
		if c.code == "" {
			if err != nil {
				t.Errorf("%s: %v", c.doc, err)
			} else if d.N != c.n {
				t.Errorf("%s: n = %d, want %d", c.doc, d.N, c.n)
			}
			continue
		}
		var vs stablehomes.Violations
		if !errors.As(err, &vs) || vs[0].Code != c.code {
			t.Errorf("%s: got %v, want %s", c.doc, err, c.code)
		}
	}
}
