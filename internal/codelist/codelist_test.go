package codelist_test

import (
	"errors"
	"testing"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/codelist"
)

var list = codelist.New("placement type", []codelist.Entry{
	{Code: "U1", Title: "Foster placement with relative or friend", Source: stablehomes.Source{Document: "SSDA903"}},
	{Code: "K3", Title: "Registered supported accommodation", From: stablehomes.MustDate(2024, 4, 1), Source: stablehomes.Source{Document: "SSDA903"}},
	{Code: "P2", Title: "Independent living", To: stablehomes.MustDate(2025, 3, 31), Source: stablehomes.Source{Document: "SSDA903"}},
})

func TestParseOn(t *testing.T) {
	if _, err := list.ParseOn("U1", stablehomes.MustDate(2010, 1, 1)); err != nil {
		t.Error(err)
	}
	_, err := list.ParseOn("K3", stablehomes.MustDate(2024, 3, 31))
	var nv *codelist.NotValidError
	if !errors.As(err, &nv) {
		t.Errorf("K3 before 2024-25: %v", err)
	}
	if _, err := list.ParseOn("P2", stablehomes.MustDate(2025, 4, 1)); err == nil {
		t.Error("P2 in 2025-26 accepted")
	}
	var unk *codelist.UnknownError
	if _, err := list.Parse("Z9"); !errors.As(err, &unk) {
		t.Errorf("unknown code: %v", err)
	}
}

func TestNewRefusesBadTables(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("duplicate code accepted")
		}
	}()
	codelist.New("x", []codelist.Entry{
		{Code: "A", Title: "a", Source: stablehomes.Source{Document: "d"}},
		{Code: "A", Title: "b", Source: stablehomes.Source{Document: "d"}},
	})
}
