package workforce

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/dated"
)

// PriceCap is one cap a region agreed: the most an authority in the region
// pays per hour or per day for an agency worker in a role, from a date.
// The statutory guidance leaves the figures to each region (covering pay,
// employer National Insurance and apprenticeship levy), so the library
// ships none: an authority or regional partnership supplies its table.
type PriceCap struct {
	Region stablehomes.Region
	Role   Role
	Unit   RateUnit // PerHour or PerDay
	From   stablehomes.Date
	To     stablehomes.Date // zero: still in force
	Cap    stablehomes.Money
	Source stablehomes.Source // the regional agreement
}

// PriceCaps is an immutable set of regional caps, looked up by region,
// role, unit and date. Build one with NewPriceCaps or ReadPriceCaps.
type PriceCaps struct {
	tables map[capKey]*dated.Table[stablehomes.Money]
}

type capKey struct {
	region stablehomes.Region
	role   Role
	unit   RateUnit
}

// NewPriceCaps checks the caps (known region, role and unit, a positive
// cap, a source, no overlapping spans) and builds the set.
func NewPriceCaps(caps []PriceCap) (*PriceCaps, error) {
	groups := map[capKey][]dated.Entry[stablehomes.Money]{}
	for i, c := range caps {
		switch {
		case !c.Region.IsValid():
			return nil, fmt.Errorf("workforce: price cap %d: unknown region", i)
		case !c.Role.IsValid():
			return nil, fmt.Errorf("workforce: price cap %d: unknown role", i)
		case c.Unit != PerHour && c.Unit != PerDay:
			return nil, fmt.Errorf("workforce: price cap %d: unit must be hour or day", i)
		case c.Cap <= 0:
			return nil, fmt.Errorf("workforce: price cap %d: cap must be positive", i)
		}
		k := capKey{c.Region, c.Role.Canonical(), c.Unit}
		groups[k] = append(groups[k], dated.Entry[stablehomes.Money]{From: c.From, To: c.To, Value: c.Cap, Source: c.Source})
	}
	pc := &PriceCaps{tables: make(map[capKey]*dated.Table[stablehomes.Money], len(groups))}
	for k, es := range groups {
		t, err := dated.New("price cap "+k.region.Name()+" "+string(k.role)+" per "+string(k.unit), es)
		if err != nil {
			return nil, fmt.Errorf("workforce: %w", err)
		}
		pc.tables[k] = t
	}
	return pc, nil
}

// CapFor returns the cap in force on d for the region, role and unit, or
// an error when the region supplied none (wrapping dated.ErrOutside when
// the caps do not cover d, ErrNoCap when there are none for the role).
func (pc *PriceCaps) CapFor(region stablehomes.Region, role Role, unit RateUnit, d stablehomes.Date) (PriceCap, error) {
	if pc != nil {
		if t, ok := pc.tables[capKey{region, role.Canonical(), unit}]; ok {
			e, err := t.At(d)
			if err != nil {
				return PriceCap{}, err
			}
			return PriceCap{Region: region, Role: role.Canonical(), Unit: unit, From: e.From, To: e.To, Cap: e.Value, Source: e.Source}, nil
		}
	}
	return PriceCap{}, ErrNoCap
}

// ErrNoCap reports that no cap was supplied for a region, role and unit.
var ErrNoCap = errors.New("workforce: no price cap supplied for the region, role and unit")

// PriceCapsHeader is the header ReadPriceCaps expects.
const PriceCapsHeader = "region_code,role,unit,from,to,cap_pence,document,section,url"

// ReadPriceCaps reads caps from CSV with the header PriceCapsHeader:
// region as ONS code, role code, unit hour or day, dates YYYY-MM-DD (to
// may be empty), cap in pence and the source of the regional agreement.
func ReadPriceCaps(r io.Reader) (*PriceCaps, error) {
	rows, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("workforce: price caps: %w", err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != PriceCapsHeader {
		return nil, errors.New("workforce: price caps: header must be " + PriceCapsHeader)
	}
	caps := make([]PriceCap, 0, len(rows)-1)
	for i, row := range rows[1:] {
		c := PriceCap{Region: stablehomes.Region(row[0]), Role: Role(row[1]), Unit: RateUnit(row[2]),
			Source: stablehomes.Source{Document: row[6], Section: row[7], URL: row[8]}}
		if c.From, err = stablehomes.ParseDate(row[3]); err != nil {
			return nil, fmt.Errorf("workforce: price caps row %d: from: %w", i+2, err)
		}
		if row[4] != "" {
			if c.To, err = stablehomes.ParseDate(row[4]); err != nil {
				return nil, fmt.Errorf("workforce: price caps row %d: to: %w", i+2, err)
			}
		}
		p, err := strconv.ParseInt(row[5], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("workforce: price caps row %d: cap_pence is not a whole number", i+2)
		}
		c.Cap = stablehomes.Money(p)
		caps = append(caps, c)
	}
	return NewPriceCaps(caps)
}
