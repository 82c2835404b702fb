package carers

import (
	"fmt"

	"github.com/stablehomes/stablehomes"
)

// UpliftRow is the change in one cell of the table between two years.
type UpliftRow struct {
	Area     AllowanceArea
	Band     AgeBand
	From, To stablehomes.Money
}

// BasisPoints returns the change as hundredths of a percent, rounded half
// up: 355 is 3.55%.
func (u UpliftRow) BasisPoints() int64 {
	bp, _ := (u.To - u.From).ProRate(10000, int64(u.From))
	return int64(bp)
}

// Percent formats the change to two decimals: "3.55%".
func (u UpliftRow) Percent() string {
	bp := u.BasisPoints()
	sign := ""
	if bp < 0 {
		sign, bp = "-", -bp
	}
	return fmt.Sprintf("%s%d.%02d%%", sign, bp/100, bp%100)
}

// Above reports whether the change is strictly greater than an inflation
// figure given in basis points (CPI of 4.6% is 460), compared exactly:
// (To-From)/From > inflation/10000.
func (u UpliftRow) Above(inflationBP int64) bool {
	return int64(u.To-u.From)*10000 > inflationBP*int64(u.From)
}

// UpliftTable is the change between two years' tables, cell by cell.
type UpliftTable struct {
	From, To stablehomes.TaxYear
	Rows     []UpliftRow // London, South East, Rest of England; bands youngest first
}

// AboveInflation reports whether every cell rose by more than the
// inflation figure (basis points), and lists the cells that did not: "above
// inflation" becomes a checked claim.
func (u UpliftTable) AboveInflation(inflationBP int64) (bool, []UpliftRow) {
	var not []UpliftRow
	for _, r := range u.Rows {
		if !r.Above(inflationBP) {
			not = append(not, r)
		}
	}
	return len(not) == 0, not
}

// Uplift compares this schedule's tables for two tax years.
func (s Schedule) Uplift(from, to stablehomes.TaxYear) (UpliftTable, error) {
	a, err := s.TableFor(from)
	if err != nil {
		return UpliftTable{}, err
	}
	b, err := s.TableFor(to)
	if err != nil {
		return UpliftTable{}, err
	}
	u := UpliftTable{From: from, To: to}
	for _, r := range AllowanceAreas() {
		for j, band := range AgeBands() {
			u.Rows = append(u.Rows, UpliftRow{Area: r, Band: band, From: a.Weekly[r.index()][j], To: b.Weekly[r.index()][j]})
		}
	}
	return u, nil
}

// Uplift compares the shipped tables for two tax years: the percentage
// change per region and band. Compare it with an inflation figure with
// UpliftTable.AboveInflation.
func Uplift(from, to stablehomes.TaxYear) (UpliftTable, error) {
	return defaultSchedule().Uplift(from, to)
}
