package workforce

import (
	"reflect"
	"strconv"
	"testing"

	"github.com/google/uuid"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
	"github.com/stablehomes/stablehomes/internal/schematest"
)

// TestSchemaAgreement runs the schema/Go agreement property for every
// payload type the package lists. A payload type without a generator here
// is an error, so a new one cannot be left out.
func TestSchemaAgreement(t *testing.T) {
	valid := map[string]gopter.Gen{
		"practitioner":      genValidPractitioner(),
		"agency-engagement": genValidAgencyEngagement(),
		"apprentice":        genValidApprentice(),
	}
	schematest.AgreementAll(t, PayloadTypes(), valid)
}

// The generators below build payloads the package calls valid by
// construction: each draws the free choices and derives the rest so that
// Validate accepts the result (warnings allowed). None filters.

// genValidRegistrationNumber generates canonical numbers: "SW" then 1 to 6
// digits, the first not 0.
func genValidRegistrationNumber() gopter.Gen {
	return gen.IntRange(1, 999999).Map(func(n int) RegistrationNumber {
		return RegistrationNumber("SW" + strconv.Itoa(n))
	})
}

// rolesWhere returns the role codes, the strategy's alias included, whose
// need for registration is as asked.
func rolesWhere(registration bool) []Role {
	var out []Role
	for _, r := range append(Roles(), ChildProtectionLeadPractitioner) {
		if r.RequiresRegistration() == registration {
			out = append(out, r)
		}
	}
	return out
}

// oneOf generates the elements of xs, which must not be empty.
func oneOf[T any](xs []T) gopter.Gen {
	return gen.IntRange(0, len(xs)-1).Map(func(i int) T { return xs[i] })
}

// genValidTraining generates 0 to 3 completed courses, any course on any
// date; none gives a practitioner with no training member.
func genValidTraining() gopter.Gen {
	course := gopter.CombineGens(
		oneOf([]TrainingCourse{ASYE, EarlyCareerDevelopmentProgramme, LeadChildProtectionPractitionerTraining}),
		gens.Date(stablehomes.MustDate(1990, 1, 1), stablehomes.MustDate(2035, 12, 31)),
	).Map(func(v []any) Training {
		return Training{Course: v[0].(TrainingCourse), CompletedOn: v[1].(stablehomes.Date)}
	})
	return gen.IntRange(0, 3).FlatMap(func(n any) gopter.Gen {
		return gen.SliceOfN(n.(int), course)
	}, reflect.TypeFor[[]Training]())
}

// genValidPractitioner generates practitioner records that hang together:
//
//   - never registered: no number and no registration dates;
//   - registered: a number and a date first registered, no end;
//   - suspended or removed: a number, a date first registered and the
//     date it stopped being in force, not before the first;
//   - a role that needs registration only when registered and not on an
//     apprenticeship contract; otherwise a role that does not need it.
//
// Employer, contract and training are free: any authority, any contract,
// any courses.
func genValidPractitioner() gopter.Gen {
	registered, unregistered := rolesWhere(true), rolesWhere(false)
	return gopter.CombineGens(
		gens.UUID(),
		oneOf([]RegistrationStatus{Registered, Suspended, Removed, NeverRegistered}),
		genValidRegistrationNumber(),
		gens.Date(stablehomes.MustDate(1985, 1, 1), stablehomes.MustDate(2032, 12, 31)), // first registered
		gen.IntRange(0, 6000), // days from first registered to the end of a suspended or removed registration
		gens.AnyLocalAuthority(),
		oneOf([]ContractType{Permanent, FixedTerm, Agency, Apprenticeship}),
		genValidTraining(),
		gen.IntRange(0, 1<<16), // picks the role
	).Map(func(v []any) Practitioner {
		p := Practitioner{
			ID:                 v[0].(uuid.UUID),
			RegistrationStatus: v[1].(RegistrationStatus),
			Employer:           v[5].(stablehomes.LocalAuthority),
			ContractType:       v[6].(ContractType),
			Training:           v[7].([]Training),
		}
		if p.RegistrationStatus != NeverRegistered {
			p.RegistrationNumber = v[2].(RegistrationNumber)
			p.FirstRegistered = v[3].(stablehomes.Date)
		}
		if p.RegistrationStatus == Suspended || p.RegistrationStatus == Removed {
			p.RegistrationEnded = p.FirstRegistered.AddDays(v[4].(int))
		}
		roles := unregistered
		if p.RegistrationStatus == Registered && p.ContractType != Apprenticeship {
			roles = append(registered, unregistered...)
		}
		p.Role = roles[v[8].(int)%len(roles)]
		return p
	})
}

// genValidAgencyEngagement generates engagements the record rules and the
// agency rules in force on the start date accept (Validate, without price
// caps): a role that needs registration, an authority that existed on the
// start date, registered by the start, an end not before the start, a
// positive rate. From the agency rules' commencement (31 October 2024)
// the worker also has at least AgencyMinYears of experience, the charge
// is per hour or day, practice references were taken, and any permanent
// post left in the same region is outside the cooling-off period or
// excused by a recorded exception. Before it, none of that is required
// of an engagement that ended before 1 October 2025 (RuleAgencyExisting).
func genValidAgencyEngagement() gopter.Gen {
	commencement := RuleAgencyExperience.From
	start := gens.Date(stablehomes.MustDate(2015, 1, 1), stablehomes.MustDate(2032, 12, 31))
	return start.FlatMap(func(s any) gopter.Gen {
		start := s.(stablehomes.Date)
		inForce := !start.Before(commencement)
		return gopter.CombineGens(
			gens.UUID(),
			gens.UUID(),
			gens.LocalAuthority(start),
			oneOf(rolesWhere(true)),
			gen.IntRange(0, 12000), // days registered before the start, beyond any minimum
			gen.OneGenOf(gen.Const(-1), gen.IntRange(0, 1500)), // days from start to end; -1: no end
			gens.Money(1, 250000),
			oneOf([]RateUnit{PerHour, PerDay, PerPackage}),
			gen.UInt8(),          // flags
			gen.IntRange(0, 4),   // last permanent post: 0 none, 1 same region, 2 same region excused, 3 elsewhere, 4 long ago
			gen.IntRange(0, 900), // days left before the start
			gen.IntRange(0, 1<<16),
		).Map(func(v []any) AgencyEngagement {
			e := AgencyEngagement{
				ID:             v[0].(uuid.UUID),
				PractitionerID: v[1].(uuid.UUID),
				Authority:      v[2].(stablehomes.LocalAuthority),
				Role:           v[3].(Role),
				StartDate:      start,
				Rate:           v[6].(stablehomes.Money),
				RateUnit:       v[7].(RateUnit),
			}
			e.FirstRegistered = start.AddDays(-v[4].(int))
			if inForce {
				// At least AgencyMinYears whole years by the start.
				e.FirstRegistered = yearsBefore(start, AgencyMinYears).AddDays(-v[4].(int))
				if e.RateUnit == PerPackage {
					e.RateUnit = PerDay
				}
			}
			if d := v[5].(int); d >= 0 {
				e.EndDate = start.AddDays(d)
			}
			if limit := RuleAgencyExisting.From.AddDays(-1); !inForce && (e.EndDate.IsZero() || e.EndDate.After(limit)) {
				e.EndDate = limit // ended before existing engagements had to comply
			}
			f := v[8].(uint8)
			e.ProjectTeam, e.CapExceptionApproved = f&1 != 0, f&2 != 0
			e.PracticeReferencesTaken = inForce || f&4 != 0
			if f&8 != 0 {
				e.CoolingOffException = []CoolingOffException{Redundancy, LeftDuringProbation}[f>>4&1]
			}
			e.LastPermanentLeftOn = start.AddDays(-v[10].(int))
			pick := v[11].(int)
			switch v[9].(int) {
			case 0: // no permanent post
				e.LastPermanentLeftOn = stablehomes.Date{}
			case 1: // same region, left before the cooling-off period (a
				// month is at most 31 days); any time before commencement
				if inForce {
					e.LastPermanentLeftOn = start.AddDays(-31*CoolingOffMonths - 1 - v[10].(int))
				}
				e.LastPermanentEmployer = inRegion(e.Authority.Region, e.LastPermanentLeftOn, pick, true)
			case 2: // same region, any time, with an exception recorded
				e.LastPermanentEmployer = inRegion(e.Authority.Region, e.LastPermanentLeftOn, pick, true)
				if e.CoolingOffException == "" {
					e.CoolingOffException = Redundancy
				}
			case 3: // another region, any time
				e.LastPermanentEmployer = inRegion(e.Authority.Region, e.LastPermanentLeftOn, pick, false)
			case 4: // the same authority, long ago
				e.LastPermanentEmployer = e.Authority
				e.LastPermanentLeftOn = start.AddYears(-1).AddDays(-v[10].(int))
			}
			return e
		})
	}, reflect.TypeFor[AgencyEngagement]())
}

// yearsBefore returns the latest date from which there are n whole years
// of experience on the date on (n years back, a day earlier still when on
// is 29 February and n years back is a common year).
func yearsBefore(on stablehomes.Date, n int) stablehomes.Date {
	d := on.AddYears(-n)
	for ExperienceBetween(d, on).Years < n {
		d = d.AddDays(-1)
	}
	return d
}

// inRegion picks an authority that existed on d and is (same) or is not
// (!same) in region r.
func inRegion(r stablehomes.Region, d stablehomes.Date, pick int, same bool) stablehomes.LocalAuthority {
	var las []stablehomes.LocalAuthority
	for _, la := range stablehomes.CurrentLocalAuthorities(d) {
		if (la.Region == r) == same {
			las = append(las, la)
		}
	}
	return las[pick%len(las)]
}

// genValidApprentice generates apprentices: employed by an authority that
// existed when the programme started, in a role that needs no
// registration, with no registration number, and an expected end after
// the start. The end is usually about the 3 years of the programme; a
// shorter one, which Validate only warns about, is drawn too.
func genValidApprentice() gopter.Gen {
	start := gens.Date(stablehomes.MustDate(2016, 1, 1), stablehomes.MustDate(2032, 12, 31))
	return start.FlatMap(func(s any) gopter.Gen {
		start := s.(stablehomes.Date)
		return gopter.CombineGens(
			gens.UUID(),
			gens.LocalAuthority(start),
			oneOf(rolesWhere(false)),
			gen.Weighted([]gen.WeightedGen{
				{Weight: 3, Gen: gen.IntRange(3*365-60, 4*365)}, // days: about three years
				{Weight: 1, Gen: gen.IntRange(1, 3*365)},        // short: a warning
			}),
		).Map(func(v []any) Apprentice {
			return Apprentice{
				ID:             v[0].(uuid.UUID),
				Employer:       v[1].(stablehomes.LocalAuthority),
				ProgrammeStart: start,
				ExpectedEnd:    start.AddDays(v[3].(int)),
				Role:           v[2].(Role),
			}
		})
	}, reflect.TypeFor[Apprentice]())
}
