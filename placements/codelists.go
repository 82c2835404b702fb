package placements

import (
	"embed"
	"encoding/csv"
	"fmt"
	"strings"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/codelist"
)

// The SSDA903 code lists are embedded from data/ssda903_*.csv, each row
// with its source (the peer validator's rule files and the published
// schemas the source column names).
//
//go:embed data/*.csv
var dataFS embed.FS

// referenceDoc names the reference every row was copied from; each row's
// own source column names the published lists it follows.
const referenceDoc = "SSDA903 children looked after return: code lists"

// loadList reads one embedded CSV (code, meaning, ..., valid_from_year,
// valid_to_year, source, ...) into a code list. A from-year of
// "<=2016-17" means valid since before the data begins (zero From); a
// to-year means valid to the end of that collection year. It panics on a
// malformed table: tests load every list.
func loadList(name, file string) (*codelist.List, map[string]map[string]string) {
	raw, err := dataFS.ReadFile("data/ssda903_" + file)
	if err != nil {
		panic(err)
	}
	rows, err := csv.NewReader(strings.NewReader(string(raw))).ReadAll()
	if err != nil {
		panic(fmt.Sprintf("placements: %s: %v", file, err))
	}
	head := map[string]int{}
	for i, h := range rows[0] {
		head[h] = i
	}
	var entries []codelist.Entry
	extra := map[string]map[string]string{}
	for _, r := range rows[1:] {
		code := r[head["code"]]
		if strings.HasPrefix(code, "(") { // "(blank)": the absence of a code, not a code
			continue
		}
		e := codelist.Entry{
			Code:   code,
			Title:  r[head["meaning"]],
			From:   yearStart(r[head["valid_from_year"]]),
			To:     yearEnd(r[head["valid_to_year"]]),
			Source: stablehomes.Source{Document: referenceDoc, Section: "placements/data/ssda903_" + file + ": " + r[head["source"]]},
		}
		if t := strings.ToLower(e.Title); strings.Contains(t, "not confirmed") || strings.Contains(t, "unconfirmed") {
			e.Unconfirmed = "exact DfE wording not confirmed in the reference"
		}
		entries = append(entries, e)
		m := map[string]string{}
		for h, i := range head {
			m[h] = r[i]
		}
		extra[code] = m
	}
	return codelist.New(name, entries), extra
}

func yearStart(s string) stablehomes.Date {
	if s == "" || strings.HasPrefix(s, "<=") {
		return stablehomes.Date{}
	}
	y, err := stablehomes.ParseFinancialYear(s)
	if err != nil {
		panic(err)
	}
	return y.Start()
}

func yearEnd(s string) stablehomes.Date {
	if s == "" {
		return stablehomes.Date{}
	}
	y, err := stablehomes.ParseFinancialYear(strings.TrimPrefix(s, "<="))
	if err != nil {
		panic(err)
	}
	return y.End()
}
