package ssda903

import (
	"slices"

	"github.com/stablehomes/stablehomes"
)

// Rule is one version of one DfE validation rule: its code (146, 178,
// 1015...), DfE's message, the fields and tables it concerns, the collection
// years this version applies (From..To; To zero = still applies), and the
// check. Rules are values: RulesFor(year) lists exactly what Validate runs,
// and every Rule a function returns is a copy (changing it, or the slices it
// holds, changes nothing the package does).
type Rule struct {
	Code    string
	Message string
	Fields  []string
	Tables  []TableID
	// Topic is the rule index's main topic (placement, location_distance...).
	Topic string
	// From and To are the first and last collection years of this version
	// (set by the year registry: a later version or a removal ends it).
	From, To stablehomes.FinancialYear

	needs []need
	check func(*Check)
	// rowLocal marks rules that judge each row on its own, so removing a
	// row never changes another row's verdict (a property test checks it).
	rowLocal bool
}

// AppliesIn reports whether this version of the rule applies in year y.
func (r Rule) AppliesIn(y stablehomes.FinancialYear) bool {
	if y.Compare(r.From) < 0 {
		return false
	}
	return r.To.IsZero() || y.Compare(r.To) <= 0
}

// Source is the rule as a stablehomes.Rule value (ID "ssda903.<code>").
func (r Rule) Source() stablehomes.Rule {
	return stablehomes.Rule{
		ID:    "ssda903." + r.Code,
		Title: r.Message,
		Source: stablehomes.Source{
			Document: "DfE SSDA903 validation rules, as implemented by data-to-insight/csc-validator-be-903 (MIT)",
			Section:  "rule " + r.Code,
			URL:      "https://github.com/data-to-insight/csc-validator-be-903",
		},
		From: r.From.Start(),
		To:   toDate(r.To),
	}
}

// clone is the rule as a caller may hold it: a copy with its own slices.
func (r *Rule) clone() Rule {
	c := *r
	c.Fields = slices.Clone(r.Fields)
	c.Tables = slices.Clone(r.Tables)
	return c
}

func toDate(y stablehomes.FinancialYear) stablehomes.Date {
	if y.IsZero() {
		return stablehomes.Date{}
	}
	return y.End()
}

// need is something a rule requires beyond its own tables; without it the
// rule is skipped and the report says why.
type need struct {
	table  TableID // a table that must be supplied (even empty)
	column string  // with column: a column that table must carry
	meta   metaNeed
}

type metaNeed uint8

const (
	noMeta metaNeed = iota
	needProviders
	needLocalAuthority
)

func needTable(t TableID) need              { return need{table: t} }
func needColumn(t TableID, col string) need { return need{table: t, column: col} }
func needMeta(m metaNeed) need              { return need{table: numTables, meta: m} }

// missing says why the need is not met, or "".
func (n need) missing(ret *Return) string {
	switch n.meta {
	case needProviders:
		if ret.Metadata.Providers == nil {
			return "the Ofsted provider list (Metadata.Providers) was not supplied"
		}
		return ""
	case needLocalAuthority:
		if ret.Metadata.LocalAuthority == "" {
			return "the responsible local authority (Metadata.LocalAuthority) was not supplied"
		}
		return ""
	}
	t := ret.Table(n.table)
	if t == nil {
		if n.table.IsLast() {
			return "last year's return (" + n.table.String() + ") was not supplied"
		}
		return "table " + n.table.String() + " was not supplied"
	}
	if n.column != "" && !t.HasColumn(n.column) {
		switch n.column {
		case ColPlacementLA, ColPlacementLocation, ColPlacementDistance:
			return n.table.String() + " has no " + n.column + ": supply it or a postcode lookup"
		}
		return n.table.String() + " has no column " + n.column
	}
	return ""
}
