package placements

import (
	"fmt"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/bulk"
	"github.com/stablehomes/stablehomes/internal/gens"
	"github.com/stablehomes/stablehomes/internal/schematest"
)

// Every payload the generators below call valid passes the schema and the
// Go decoder, and every mutation of one that the schema rejects the Go
// decoder rejects too (issue 9).
func TestSchemaAgreement(t *testing.T) {
	valid := map[string]gopter.Gen{
		"placement": genPlacement(),
		"need":      genNeed(),
		"option":    genOption(),
		"ranked":    genRanked(),
	}
	schematest.AgreementAll(t, PayloadTypes(), valid)
}

var samplePostcodes = []Postcode{"TW3 1ES", "M1 1AE", "LS1 4AP", "SW1A 2AA", "B33 8TH", "CR2 6XH"}

// genPlacement builds placements that break no rule (warnings allowed):
// a type and provider valid in the start's collection year; an age that
// the type allows (16 or 17 in supported or independent accommodation,
// registered where the rules require it); an Ofsted URN exactly where the
// type needs one, or the adoption-agency placeholder; an end date, when
// there is one, on or after the start; optional distance and postcodes.
func genPlacement() gopter.Gen {
	from, to := stablehomes.MustDate(2019, 4, 1), stablehomes.MustDate(2026, 3, 31)
	return gopter.CombineGens(
		gens.Date(from, to),     // 0 start
		gen.IntRange(0, 1000),   // 1 type pick
		gen.IntRange(0, 6574),   // 2 age in days at the start (under 18)
		gen.IntRange(0, 1000),   // 3 provider pick
		gen.IntRange(-1, 3650),  // 4 days to the end (-1: open)
		gen.IntRange(-1, 9999),  // 5 distance in tenths (-1: not known)
		gen.IntRange(-1, 5),     // 6 home postcode
		gen.IntRange(-1, 5),     // 7 placement postcode
		gen.UInt8(),             // 8 flags
		gen.IntRange(0, 999999), // 9 URN digits
		gen.IntRange(0, 1000),   // 10 authority pick
	).Map(func(v []any) Placement {
		start := v[0].(stablehomes.Date)
		year := stablehomes.FinancialYearOf(start)
		var types []Type
		for _, e := range TypeEntries() {
			t := Type(e.Code)
			if ValidTypeIn(e.Code, year) && !(t == "P2" && !start.Before(RuleP2Open.From)) {
				types = append(types, t)
			}
		}
		typ := types[v[1].(int)%len(types)]
		flags := v[8].(uint8)
		age := v[2].(int)
		if typ.Category() == CategorySupportedIndependent {
			age = 16*366 + age%(365) // 16 or 17 on the start date
		}
		dob := start.AddDays(-age)
		// 6,574 days is 18 years or a day short of it, depending on leap
		// days: move the birth on until the child is under 18 on the start
		// date, as the rules count age (29 February birthdays on 1 March).
		for dob.AgeOn(start) >= 18 {
			dob = dob.AddDays(1)
		}
		p := Placement{
			ID: fmt.Sprintf("P-%d", v[9].(int)), ChildID: fmt.Sprintf("C-%d", v[2].(int)),
			DateOfBirth: dob, StartDate: start, Type: typ,
			SupportedAccommodationRegistered: typ.Category() == CategorySupportedIndependent && typ != "K3" || flags&1 != 0 && typ.Category() == CategorySupportedIndependent,
			OutOfArea:                        flags&2 != 0, SiblingsSeparated: flags&4 != 0, SchoolMove: flags&8 != 0, ReasonRecorded: flags&16 != 0,
		}
		las := stablehomes.CurrentLocalAuthorities(start)
		p.ResponsibleAuthority = las[v[10].(int)%len(las)]
		if typ.Category() != CategoryTemporary && typ.Category() != CategoryOther {
			var provs []Provider
			for _, e := range ProviderEntries() {
				if ValidProviderIn(e.Code, year) {
					provs = append(provs, Provider(e.Code))
				}
			}
			p.Provider = provs[v[3].(int)%len(provs)]
		}
		if adult := p.DateOfBirth.AddYears(18); v[4].(int) >= 0 {
			p.EndDate = start.AddDays(v[4].(int))
			if p.EndDate.After(adult) {
				p.EndDate = adult
			}
			// An ended placement says why, with codes of its end's year.
			endYear := stablehomes.FinancialYearOf(p.EndDate)
			var recs []ReasonEpisodeCeased
			for _, e := range ReasonEpisodeCeasedEntries() {
				if ValidReasonEpisodeCeasedIn(e.Code, endYear) {
					recs = append(recs, ReasonEpisodeCeased(e.Code))
				}
			}
			p.EndReason = recs[v[9].(int)%len(recs)]
			if flags&128 != 0 && typ.Category() != CategoryTemporary {
				var changes []ReasonPlacementChange
				for _, e := range ReasonPlacementChangeEntries() {
					if ValidReasonPlacementChangeIn(e.Code, endYear) {
						changes = append(changes, ReasonPlacementChange(e.Code))
					}
				}
				p.ChangeReason = changes[v[2].(int)%len(changes)]
			}
		}
		p.Distance = mustDistanceTenths(v[5].(int))
		if i := v[6].(int); i >= 0 {
			p.HomePostcode = samplePostcodes[i]
		}
		if i := v[7].(int); i >= 0 {
			p.PlacementPostcode = samplePostcodes[i]
		}
		switch {
		case flags&32 != 0 && typ.NeedsOfstedURN(start):
			p.OutsideEngland = true // no URN outside England
		case typ.NeedsOfstedURN(start):
			p.OfstedURN = URN(fmt.Sprintf("SC%06d", v[9].(int)))
		case flags&64 != 0:
			p.OfstedURN = URNPlaceholder
		}
		return p
	})
}

// genNeed builds needs naming a child and a current home authority.
func genNeed() gopter.Gen {
	on := stablehomes.MustDate(2025, 6, 1)
	return gopter.CombineGens(gen.IntRange(1, 99999), gens.LocalAuthority(on), gen.Bool(), gen.Bool(), gen.Bool()).Map(func(v []any) Need {
		n := Need{ChildID: fmt.Sprintf("C-%d", v[0].(int)), HomeAuthority: v[1].(stablehomes.LocalAuthority), Siblings: v[2].(bool), Disability: v[3].(bool)}
		if v[4].(bool) {
			n.Date = on
		}
		return n
	})
}

// genOption builds options with an ID and an s22C preference; distance
// and authority are optional.
func genOption() gopter.Gen {
	return gopter.CombineGens(genOptions(), gens.AnyLocalAuthority(), gen.Bool()).Map(func(v []any) Option {
		os := v[0].([]Option)
		o := Option{ID: "home-x", Preference: PreferFosterParent}
		if len(os) > 0 {
			o = os[0]
		}
		if v[2].(bool) {
			o.Authority = v[1].(stablehomes.LocalAuthority)
		}
		return o
	})
}

// genRanked takes the first of Rank's answer for a generated need and
// options: every Ranked the library produces is a valid payload.
func genRanked() gopter.Gen {
	return gopter.CombineGens(genNeed(), genOption(), genOptions()).Map(func(v []any) Ranked {
		first := v[1].(Option)
		first.ID = "home-first" // genOptions names its options home-000...: no two share an ID
		return mustRank(v[0].(Need), append([]Option{first}, v[2].([]Option)...))[0]
	})
}

// Seeds that once made the placement generator produce a placement its own
// rules refuse: 1796163181717071197 gave a child exactly 18 on the start
// date (6,574 days old across four leap days), failing one CI run in ~70.
var placementRegressionSeeds = []int64{1796163181717071197}

func TestPlacementGeneratorRegressions(t *testing.T) {
	for _, seed := range placementRegressionSeeds {
		props := gopter.NewProperties(gens.Seeded(seed))
		props.Property("every generated placement is valid", prop.ForAll(func(p Placement) bool {
			if err := p.Validate(); !bulk.Accepts(err) {
				t.Logf("seed %d: %+v\n%v", seed, p, err)
				return false
			}
			return true
		}, genPlacement()))
		props.TestingRun(t)
	}
}
