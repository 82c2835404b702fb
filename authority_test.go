package stablehomes_test

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/authoritydata"
)

func TestLookupHounslow(t *testing.T) {
	a, err := stablehomes.LookupLA("313")
	if err != nil {
		t.Fatal(err)
	}
	b, err := stablehomes.LookupLA("E09000018")
	if err != nil {
		t.Fatal(err)
	}
	if a != b || a.Name != "Hounslow" || a.Region != stablehomes.London || a.Region.Name() != "London" {
		t.Errorf("313 = %+v, E09000018 = %+v", a, b)
	}
}

// Every current authority resolves by both codes to itself, and there are
// 153 of them in nine regions on 1 April 2023 onwards.
func TestEveryCurrentAuthorityResolves(t *testing.T) {
	current := stablehomes.CurrentLocalAuthorities(stablehomes.MustDate(2025, 3, 31))
	if len(current) != 153 {
		t.Fatalf("%d current authorities, want 153", len(current))
	}
	perRegion := map[stablehomes.Region]int{}
	for _, la := range current {
		perRegion[la.Region]++
		for _, code := range []string{la.DfECode, la.GSSCode} {
			got, err := stablehomes.LookupLA(code)
			if err != nil || got != la {
				t.Errorf("LookupLA(%s) = %v, %v; want %v", code, got, err, la)
			}
		}
	}
	// Authorities with children's services by ONS region, as dfeR lists them.
	want := map[stablehomes.Region]int{stablehomes.London: 33, stablehomes.NorthWest: 24, stablehomes.SouthEast: 19,
		stablehomes.YorkshireAndTheHumber: 15, stablehomes.SouthWest: 15, stablehomes.WestMidlands: 14,
		stablehomes.NorthEast: 12, stablehomes.EastOfEngland: 11, stablehomes.EastMidlands: 10}
	for r, n := range want {
		if perRegion[r] != n {
			t.Errorf("%s: %d authorities, want %d", r, perRegion[r], n)
		}
	}
}

func TestUnknownAuthority(t *testing.T) {
	for _, code := range []string{"", "999", "E09999999", "hounslow", "313 ", "e09000018"} {
		if _, err := stablehomes.LookupLA(code); !errors.Is(err, stablehomes.ErrUnknownLA) {
			t.Errorf("LookupLA(%q) = %v, want ErrUnknownLA", code, err)
		}
	}
}

func TestAbolishedAuthorities(t *testing.T) {
	cases := []struct {
		code string
		on   stablehomes.Date
		want string // GSS code
	}{
		{"825", stablehomes.MustDate(2019, 6, 1), "E10000002"}, // Buckinghamshire County Council
		{"825", stablehomes.MustDate(2020, 4, 1), "E06000060"}, // Buckinghamshire Council
		{"928", stablehomes.MustDate(2020, 1, 1), "E10000021"}, // Northamptonshire
		{"909", stablehomes.MustDate(2023, 3, 31), "E10000006"},
		{"942", stablehomes.MustDate(2023, 4, 1), "E06000063"},
		{"390", stablehomes.MustDate(2012, 1, 1), "E08000020"}, // Gateshead's old GSS code
		{"390", stablehomes.MustDate(2014, 1, 1), "E08000037"},
		{"836", stablehomes.MustDate(2018, 1, 1), "E06000029"}, // Poole
	}
	for _, c := range cases {
		la, err := stablehomes.LookupLAOn(c.code, c.on)
		if err != nil || la.GSSCode != c.want {
			t.Errorf("LookupLAOn(%s, %v) = %v (%s), %v; want %s", c.code, c.on, la, la.GSSCode, err, c.want)
		}
	}
	for _, c := range []struct {
		code string
		on   stablehomes.Date
	}{{"942", stablehomes.MustDate(2023, 3, 31)}, {"928", stablehomes.MustDate(2021, 4, 1)}, {"E06000060", stablehomes.MustDate(2020, 3, 31)}} {
		if _, err := stablehomes.LookupLAOn(c.code, c.on); !errors.Is(err, stablehomes.ErrUnknownLA) {
			t.Errorf("LookupLAOn(%s, %v) = %v, want an error", c.code, c.on, err)
		}
	}
	// The plain lookup of an abolished code still resolves, with its end.
	la, err := stablehomes.LookupLA("928")
	if err != nil || la.Ended != stablehomes.MustDate(2021, 3, 31) {
		t.Errorf("LookupLA(928) = %+v, %v", la, err)
	}
}

// The embedded table is the reference table plus its predecessors, every
// row cited. testdata/local_authorities_reference.csv is the research team's
// table of current authorities (each row names its source), copied into the
// module so the test never reads outside it.
func TestAuthorityTableMatchesReference(t *testing.T) {
	f, err := os.Open("testdata/local_authorities_reference.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		la, err := stablehomes.LookupLA(r[1])
		if err != nil || la.DfECode != r[0] || la.Name != r[2] || string(la.Region) != r[4] {
			t.Errorf("reference row %v: library has %+v, %v", r[:5], la, err)
		}
	}
	for _, la := range stablehomes.LocalAuthorities() {
		if la.Source == "" {
			t.Errorf("%s has no source", la.GSSCode)
		}
	}
	if !strings.HasPrefix(authoritydata.CSV, "dfe_la_code,gss_code,") {
		t.Error("embedded table header changed")
	}
}

func FuzzLookupLA(f *testing.F) {
	for _, s := range []string{"313", "E09000018", "", "825", "E10000002", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		la, err := stablehomes.LookupLA(code)
		if err != nil {
			if !errors.Is(err, stablehomes.ErrUnknownLA) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if la.GSSCode != code && la.DfECode != code {
			t.Fatalf("LookupLA(%q) returned %v", code, la)
		}
		var back stablehomes.LocalAuthority
		text, _ := la.MarshalText()
		if err := back.UnmarshalText(text); err != nil || back != la {
			t.Fatalf("text round trip of %v: %v", la, err)
		}
	})
}

func BenchmarkLookupLA(b *testing.B) {
	b.Run("dfe", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := stablehomes.LookupLA("313"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("gss", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := stablehomes.LookupLA("E09000018"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func ExampleLookupLA() {
	la, _ := stablehomes.LookupLA("313")
	fmt.Println(la.Name, la.DfECode, la.GSSCode, la.Region.Name())
	// Output: Hounslow 313 E09000018 London
}
