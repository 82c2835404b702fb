package decodegen

import (
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
)

type inner struct {
	When stablehomes.Date `json:"when"`
}

type sample struct {
	Name   string            `json:"name"`
	Count  int32             `json:"count,omitempty"`
	Flag   bool              `json:"flag,omitzero"`
	Amount stablehomes.Money `json:"amount"`
	Items  []inner           `json:"items"`
	Grid   [][]int           `json:"grid,omitempty"`
	hidden int               // left out: unexported
}

// The generator writes a decoder per struct type, a check for every
// required member, and the registration; the output is gofmt'd Go.
func TestGenerate(t *testing.T) {
	src, err := Generate([]stablehomes.PayloadType{{Package: "decodegen", Name: "sample", Prototype: sample{}}})
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	for _, want := range []string{
		"//go:build !schemagen",
		"package decodegen",
		"strictjson.Register(func(data []byte, v *sample) bool",
		"func fastsample(d *strictjson.Fast, v *sample) bool",
		"func fastinner(d *strictjson.Fast, v *inner) bool",
		`case "name":`,
		"d.Int(32)",
		"v.Count = int32(n)",
		"v.Amount.UnmarshalJSON(raw)",
		"v.When.UnmarshalText(text)",
		"strictjson.Grow(e0)",
		"seen&0x19 == 0x19", // name, amount, items
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the output lacks %q:\n%s", want, s)
		}
	}
	_ = sample{hidden: 1}
	if strings.Contains(s, "hidden") {
		t.Error("an unexported field is decoded")
	}
	again, _ := Generate([]stablehomes.PayloadType{{Package: "decodegen", Name: "sample", Prototype: sample{}}})
	if string(again) != s {
		t.Error("two runs differ")
	}
}

// Shapes the fast path has no code for are refused at generation, never
// decoded loosely.
func TestGenerateRefuses(t *testing.T) {
	type withMap struct {
		M map[string]int `json:"m"`
	}
	type withFloat struct {
		F float64 `json:"f"`
	}
	type withOption struct {
		S string `json:"s,string"`
	}
	type embedded struct{ inner }
	for _, proto := range []any{withMap{}, withFloat{}, withOption{}, embedded{}, 3} {
		if _, err := Generate([]stablehomes.PayloadType{{Package: "x", Name: "x", Prototype: proto}}); err == nil {
			t.Errorf("%T: generated", proto)
		}
	}
}
