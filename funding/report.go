package funding

import (
	"github.com/stablehomes/stablehomes"
)

// Report is the ledger's totals, by programme, year and authority. It is
// JSON-serialisable and the same for any ledger built from the same events.
// Amounts are written in JSON as integers of pence, and each member's name
// says so (envelopePence: 4500000000 is £45,000,000.00).
type Report struct {
	Programmes []ProgrammeReport `json:"programmes"`
}

// ProgrammeReport is one programme's totals.
type ProgrammeReport struct {
	ID          string            `json:"id"`
	Envelope    stablehomes.Money `json:"envelopePence"`
	Allocated   stablehomes.Money `json:"allocatedPence"`
	Spent       stablehomes.Money `json:"spentPence"`
	Unallocated stablehomes.Money `json:"unallocatedPence"`
	Years       []YearReport      `json:"years"`
}

// YearReport is one financial year of a programme.
type YearReport struct {
	Year        stablehomes.FinancialYear `json:"year"`
	Closed      bool                      `json:"closed,omitempty"`
	Allocated   stablehomes.Money         `json:"allocatedPence"`
	Spent       stablehomes.Money         `json:"spentPence"`
	Headroom    stablehomes.Money         `json:"headroomPence"`
	Authorities []AuthorityLine           `json:"authorities,omitempty"`
}

// AuthorityLine is an authority's allocation and spend in a year.
type AuthorityLine struct {
	Authority stablehomes.LocalAuthority `json:"authority"`
	Allocated stablehomes.Money          `json:"allocatedPence"`
	Spent     stablehomes.Money          `json:"spentPence"`
}

// Report totals the ledger, programmes in catalogue order, authorities by
// GSS code.
func (l *Ledger) Report() Report {
	l.mu.Lock()
	defer l.mu.Unlock()
	var r Report
	for _, p := range Programmes() {
		if _, ok := l.programmes[p.ID]; !ok {
			continue
		}
		pr := ProgrammeReport{ID: p.ID, Envelope: p.Envelope}
		for _, y := range p.Years {
			yk := yearKey{p.ID, int16(y.StartYear())}
			yr := YearReport{Year: y, Closed: l.closed[yk], Headroom: l.headroomLocked(p, y)}
			keys := sortedKeys(l.allocated, func(a, b allocKey) bool { return a.authority < b.authority })
			for _, k := range keys {
				if k.yearKey != yk {
					continue
				}
				line := AuthorityLine{Authority: l.authorities[k.authority], Allocated: l.allocated[k], Spent: l.spent[k]}
				yr.Allocated += line.Allocated
				yr.Spent += line.Spent
				if line.Allocated != 0 || line.Spent != 0 {
					yr.Authorities = append(yr.Authorities, line)
				}
			}
			pr.Allocated += yr.Allocated
			pr.Spent += yr.Spent
			pr.Years = append(pr.Years, yr)
		}
		pr.Unallocated = p.Envelope - pr.Allocated
		r.Programmes = append(r.Programmes, pr)
	}
	return r
}
