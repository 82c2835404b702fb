package ssda903

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/stablehomes/stablehomes"
)

// The peer validator's own test cases (testdata/conformance, MIT, see its
// README and LICENSE) replayed against our rules.

type confIndex struct {
	Effective map[string]map[string]string `json:"effective"`
}

type confCase struct {
	Message           string                          `json:"message"`
	Rule              string                          `json:"rule"`
	CollectionYear    string                          `json:"collection_year"`
	Metadata          map[string]json.RawMessage      `json:"metadata"`
	Tables            map[string][]map[string]*string `json:"tables"`
	TableOrder        map[string][]string             `json:"-"`
	TableColumns      map[string][]string             `json:"table_columns"`
	Expected          map[string][]json.RawMessage    `json:"expected"`
	ExpectedPositions map[string][]int                `json:"expected_positions"`
	Cases             []confCase                      `json:"cases"`
	Raw               map[string]json.RawMessage      `json:"-"`
}

func loadConfCases(t *testing.T, file string) []confCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "conformance", file))
	if err != nil {
		t.Fatal(err)
	}
	var c confCase
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	cases := c.Cases
	if len(cases) == 0 {
		cases = []confCase{c}
	}
	for i := range cases {
		cases[i].Message = c.Message
	}
	// Column order: json maps lose it; recover it from the raw text.
	for i := range cases {
		cases[i].TableOrder = map[string][]string{}
		for name, rows := range cases[i].Tables {
			var cols []string
			for _, row := range rows {
				for k := range row {
					if !slices.Contains(cols, k) {
						cols = append(cols, k)
					}
				}
			}
			sort.Strings(cols)
			cases[i].TableOrder[name] = cols
		}
	}
	return cases
}

// buildReturn turns a case into a Return for collection year y.
func buildReturn(t *testing.T, c confCase, y stablehomes.FinancialYear) *Return {
	t.Helper()
	ret := &Return{Year: y}
	for name, rows := range c.Tables {
		id, err := ParseTableID(name)
		if err != nil {
			t.Fatalf("table %s: %v", name, err)
		}
		cols := c.TableOrder[name]
		if len(rows) == 0 {
			cols = c.TableColumns[name]
		}
		tbl := NewTable(id, cols)
		cells := make([]Cell, len(cols))
		for i, row := range rows {
			for j, col := range cols {
				v, ok := row[col]
				switch {
				case !ok || v == nil:
					cells[j] = NullCell()
				default:
					cells[j] = ValueCell(*v)
				}
			}
			tbl.AppendRow(cells, Pos{File: name, Line: i})
		}
		ret.SetTable(tbl)
	}
	for k, raw := range c.Metadata {
		var s string
		switch k {
		case "collection_start", "collection_end":
			if err := json.Unmarshal(raw, &s); err != nil {
				t.Fatalf("metadata %s: %v", k, err)
			}
			d, err := ParseReturnDate(s)
			if err != nil {
				t.Fatalf("metadata %s: %v", k, err)
			}
			if k == "collection_start" {
				ret.Metadata.CollectionStart = d
			} else {
				ret.Metadata.CollectionEnd = d
			}
		case "localAuthority":
			json.Unmarshal(raw, &ret.Metadata.LocalAuthority)
		case "file_format":
			json.Unmarshal(raw, &ret.Metadata.FileFormat)
		case "provider_info":
			var rows []map[string]*string
			if err := json.Unmarshal(raw, &rows); err != nil {
				t.Fatalf("provider_info: %v", err)
			}
			var cols []string
			for _, r := range rows {
				for k := range r {
					if !slices.Contains(cols, k) {
						cols = append(cols, k)
					}
				}
			}
			sort.Strings(cols)
			tbl := NewTable(OfstedProviders, cols)
			for i, r := range rows {
				cells := make([]Cell, len(cols))
				for j, col := range cols {
					if v := r[col]; v != nil {
						cells[j] = ValueCell(*v)
					} else {
						cells[j] = NullCell()
					}
				}
				tbl.AppendRow(cells, Pos{Line: i})
			}
			tbl.Freeze()
			ret.Metadata.Providers = tbl
		}
	}
	return ret
}

// expectedRows is the case's expected failing rows, by table, as sorted
// positions (expected_positions when row labels are not positions).
func expectedRows(t *testing.T, c confCase) map[string][]int {
	out := map[string][]int{}
	if c.ExpectedPositions != nil {
		for k, v := range c.ExpectedPositions {
			if len(v) > 0 {
				out[k] = slices.Sorted(slices.Values(v))
			}
		}
		return out
	}
	for k, vals := range c.Expected {
		var rows []int
		for _, raw := range vals {
			var n int
			if err := json.Unmarshal(raw, &n); err != nil {
				t.Fatalf("expected %s: %s", k, raw)
			}
			rows = append(rows, n)
		}
		if len(rows) > 0 {
			slices.Sort(rows)
			out[k] = rows
		}
	}
	return out
}

func gotRows(res Result) map[string][]int {
	out := map[string][]int{}
	for _, f := range res.Failures {
		out[f.Table.String()] = append(out[f.Table.String()], f.Row)
	}
	return out
}

func sameRows(a, b map[string][]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !slices.Equal(v, b[k]) {
			return false
		}
	}
	return true
}

func TestConformance(t *testing.T) {
	data, err := os.ReadFile("testdata/conformance/index.json")
	if err != nil {
		t.Fatal(err)
	}
	var ix confIndex
	if err := json.Unmarshal(data, &ix); err != nil {
		t.Fatal(err)
	}
	years := slices.Sorted(func(yield func(string) bool) {
		for y := range ix.Effective {
			if !yield(y) {
				return
			}
		}
	})
	var summary []string
	usedDiffs := map[string]bool{}
	totalCases, totalPassed, totalDiff := 0, 0, 0
	for _, ys := range years {
		y, err := stablehomes.ParseFinancialYear(ys)
		if err != nil {
			t.Fatal(err)
		}
		rules := map[string]*Rule{}
		for _, r := range rulesFor(y) {
			rules[r.Code] = r
		}
		codes := slices.Sorted(func(yield func(string) bool) {
			for c := range ix.Effective[ys] {
				if !yield(c) {
					return
				}
			}
		})
		implemented, cases, passed, listed := 0, 0, 0, 0
		for _, code := range codes {
			r := rules[code]
			if r == nil {
				continue
			}
			implemented++
			file := ix.Effective[ys][code]
			fileCases := loadConfCases(t, file)
			if msg := fileCases[0].Message; msg != "" && msg != r.Message {
				t.Errorf("%s %s: message %q, DfE/peer message %q", ys, code, r.Message, msg)
			}
			for i, c := range fileCases {
				cases++
				ret := buildReturn(t, c, y)
				rep, _ := validateRules(context.Background(), ret, y, []*Rule{r}, nil)
				res := rep.Results[0]
				got, want := gotRows(res), expectedRows(t, c)
				key := fmt.Sprintf("%s/%s/%d", ys, code, i)
				if d, ok := conformanceDifferences[fmt.Sprintf("%s#%d", file, i)]; ok {
					usedDiffs[fmt.Sprintf("%s#%d", file, i)] = true
					if !sameRows(got, d.Ours) {
						t.Errorf("%s (%s): listed difference, but we give %v, the list says %v (peer %v)", key, file, got, d.Ours, want)
					} else {
						listed++
					}
					continue
				}
				if sameRows(got, want) {
					passed++
				} else {
					t.Errorf("%s (%s): got %v, want %v (skipped: %q)", key, file, got, want, res.Skipped)
				}
			}
		}
		summary = append(summary, fmt.Sprintf("%s: rules implemented %d/%d; cases passed %d + listed differences %d / %d cases for implemented rules",
			ys, implemented, len(ix.Effective[ys]), passed, listed, cases))
		totalCases += cases
		totalPassed += passed
		totalDiff += listed
	}
	for _, s := range summary {
		t.Log("conformance " + s)
	}
	t.Logf("conformance all years: %d passed + %d listed differences / %d (year, rule, case) replays", totalPassed, totalDiff, totalCases)
	// Every listed difference must be used by an implemented rule.
	for key := range conformanceDifferences {
		if !usedDiffs[key] {
			t.Errorf("difference %s names no case of an implemented rule", key)
		}
	}
}
