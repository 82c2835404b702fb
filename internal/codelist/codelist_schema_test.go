//go:build schemagen

package codelist_test

import (
	"testing"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/codelist"
)

// A code list is an enum in table order, with titles as annotations.
func TestSchemaIsEnum(t *testing.T) {
	src := stablehomes.Source{Document: "d"}
	list := codelist.New("x", []codelist.Entry{{Code: "A", Title: "a", Source: src}, {Code: "B", Title: "b", Description: "bee", Source: src}})
	s := list.Schema("X", "")
	if len(s.OneOf) != 0 || len(s.Enum) != 2 || s.Enum[1] != "B" {
		t.Fatalf("schema: %+v", s)
	}
	if titles := s.Extras[codelist.TitlesKeyword].(map[string]string); titles["B"] != "b" {
		t.Errorf("titles %v", titles)
	}
	if descs := s.Extras[codelist.DescriptionsKeyword].(map[string]string); descs["B"] != "bee" || descs["A"] != "" {
		t.Errorf("descriptions %v", descs)
	}
}
