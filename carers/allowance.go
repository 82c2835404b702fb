package carers

import (
	"errors"

	"github.com/stablehomes/stablehomes"
)

// Errors from the allowance functions. None quotes a date of birth.
var (
	// ErrBeforeBirth: the date judged is before the child's date of birth.
	ErrBeforeBirth = errors.New("carers: the date judged is before the child's date of birth")
	// ErrAdult: the child is 18 or over on the date judged. Children stop
	// being in care at 18 and there is no minimum allowance for a young
	// person staying put; Staying Put is funded separately.
	ErrAdult = errors.New("carers: the child is 18 or over on the date judged: no National Minimum Allowance applies (Staying Put is funded separately)")
	// ErrAllowanceArea: the region is not London, South East or Rest of England.
	ErrAllowanceArea = errors.New("carers: unknown NMA region (want london, south-east or rest-of-england)")
	// ErrPeriod: a period ends before it starts.
	ErrPeriod = errors.New("carers: the period ends before it starts")
)

// WeeklyMinimum returns the weekly National Minimum Allowance for a child
// born on dob, on the date on, in region r: the child's age band is their
// age that day, the table the one for the tax year (6 April to 5 April)
// holding that day. It uses the tables the library ships; see
// Schedule.WeeklyMinimum to use a loaded table.
func WeeklyMinimum(r AllowanceArea, dob, on stablehomes.Date) (stablehomes.Money, error) {
	return defaultSchedule().WeeklyMinimum(r, dob, on)
}

// MinimumForPeriod returns the minimum owed for a stay of whole nights from
// from (the first night) up to to (the day the child leaves, not a night
// of the stay), each night at the weekly rate in force that night for the
// child's age that night, divided by seven, and rounded once at the end
// (half up). A stay crossing a birthday or 6 April changes rate on that
// night.
func MinimumForPeriod(r AllowanceArea, dob, from, to stablehomes.Date) (stablehomes.Money, error) {
	return defaultSchedule().MinimumForPeriod(r, dob, from, to)
}

// WeeklyMinimum is the package function of the same name on this schedule.
func (s Schedule) WeeklyMinimum(r AllowanceArea, dob, on stablehomes.Date) (stablehomes.Money, error) {
	i := r.index()
	if i < 0 {
		return 0, ErrAllowanceArea
	}
	if on.Before(dob) {
		return 0, ErrBeforeBirth
	}
	band := bandOf(dob.AgeOn(on))
	if band < 0 {
		return 0, ErrAdult
	}
	y := taxYearStart(on) - s.first
	if y < 0 || y >= len(s.tables) || s.tables[y].Year.IsZero() {
		return 0, s.missing(stablehomes.TaxYearOf(on))
	}
	return s.tables[y].Weekly[i][band], nil
}

// taxYearStart is the calendar year in which the tax year holding d began.
func taxYearStart(d stablehomes.Date) int {
	y := d.Year()
	if d.Month() < 4 || (d.Month() == 4 && d.Day() < 6) {
		y--
	}
	return y
}

// MinimumForPeriod is the package function of the same name on this schedule.
func (s Schedule) MinimumForPeriod(r AllowanceArea, dob, from, to stablehomes.Date) (stablehomes.Money, error) {
	if to.Before(from) {
		return 0, ErrPeriod
	}
	acc := stablehomes.NewProRata(7)
	// Walk the stay in runs of nights with one rate: a run ends at the next
	// birthday or the next 6 April, whichever comes first.
	for night := from; night.Before(to); {
		rate, err := s.WeeklyMinimum(r, dob, night)
		if err != nil {
			return 0, err
		}
		end := to
		if next := nextBirthday(dob, night); next.Before(end) {
			end = next
		}
		if next := stablehomes.TaxYearOf(night).Next().Start(); next.Before(end) {
			end = next
		}
		acc.Add(rate, int64(night.DaysUntil(end)))
		night = end
	}
	return acc.Total()
}

// nextBirthday returns the first birthday of a child born on dob after d
// (29 February birthdays fall on 1 March in common years).
func nextBirthday(dob, d stablehomes.Date) stablehomes.Date {
	return dob.AddYears(dob.AgeOn(d) + 1)
}
