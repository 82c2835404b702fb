package funding_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"github.com/google/uuid"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/funding"
	"github.com/stablehomes/stablehomes/internal/gens"
	"github.com/stablehomes/stablehomes/internal/schematest"
)

// validGens maps each payload type to a generator of values that are valid
// by construction: the committed schema passes them and the Go decoder
// accepts them (warnings allowed).
var validGens = map[string]gopter.Gen{
	"event":     validEvent(),
	"programme": validProgramme(),
}

func TestSchemaAgreement(t *testing.T) {
	schematest.AgreementAll(t, funding.PayloadTypes(), validGens)
}

// eventKinds are the kinds the event generator draws from;
// TestGeneratorCodes keeps them equal to the committed schema's list.
var eventKinds = []funding.Kind{funding.Allocate, funding.Spend, funding.Reallocate, funding.CloseYear}

func TestGeneratorCodes(t *testing.T) {
	var doc struct {
		Defs map[string]struct {
			Enum []string `json:"enum"`
		} `json:"$defs"`
	}
	for _, p := range funding.PayloadTypes() {
		if p.Name == "event" {
			if err := json.Unmarshal(p.Schema, &doc); err != nil {
				t.Fatal(err)
			}
		}
	}
	var schema, generated []string
	schema = append(schema, doc.Defs["funding.Kind"].Enum...)
	for _, k := range eventKinds {
		generated = append(generated, string(k))
	}
	slices.Sort(schema)
	slices.Sort(generated)
	if !slices.Equal(schema, generated) {
		t.Errorf("event kinds: the schema lists %v, the generator draws from %v", schema, generated)
	}
}

// The span of dates and financial years the generators draw from: the
// reform's programmes run from 2022-23; a few years either side.
var (
	firstDay = stablehomes.MustDate(2015, 4, 1)
	lastDay  = stablehomes.MustDate(2036, 3, 31)
)

// genYear generates financial years from 2015-16 to 2035-36.
func genYear() gopter.Gen {
	return gen.IntRange(firstDay.Year(), lastDay.Year()-1).Map(stablehomes.FinancialYearStarting)
}

// genText generates free text: empty (an optional member left out) or a
// few words, sometimes with non-ASCII letters, quotes or the word null.
func genText() gopter.Gen {
	word := gen.OneConstOf("pilot", "wave", "£45m", "2023-24", "Families", "First", "co-operative", "Zürich", "\"quoted\"", "null", "naïve", "é")
	return gen.IntRange(0, 6).FlatMap(func(n any) gopter.Gen {
		return gen.SliceOfN(n.(int), word).Map(func(ws []string) string {
			s := ""
			for i, w := range ws {
				if i > 0 {
					s += " "
				}
				s += w
			}
			return s
		})
	}, reflect.TypeOf(""))
}

// genNonEmpty generates text of at least one word.
func genNonEmpty() gopter.Gen {
	return gopter.CombineGens(gen.Identifier(), genText()).Map(func(v []any) string {
		if v[1].(string) == "" {
			return v[0].(string)
		}
		return v[0].(string) + " " + v[1].(string)
	})
}

// genProgrammeID generates programme IDs: one of the catalogue's or any
// other slug (an event names its programme; only a ledger knows which
// exist).
func genProgrammeID() gopter.Gen {
	var ids []string
	for _, p := range funding.Programmes() {
		ids = append(ids, p.ID)
	}
	return gen.OneGenOf(
		gen.IntRange(0, len(ids)-1).Map(func(i int) string { return ids[i] }),
		gen.Identifier(),
	)
}

// twoAuthorities generates two different authorities in existence on a
// date: the one money goes to and the one it is taken from.
func twoAuthorities(on stablehomes.Date) gopter.Gen {
	las := stablehomes.CurrentLocalAuthorities(on)
	return gopter.CombineGens(gen.IntRange(0, len(las)-1), gen.IntRange(0, len(las)-2)).Map(func(v []any) [2]stablehomes.LocalAuthority {
		i, j := v[0].(int), v[1].(int)
		if j >= i {
			j++ // skip i: j is any other index
		}
		return [2]stablehomes.LocalAuthority{las[i], las[j]}
	})
}

// validEvent generates events valid by construction:
//   - any kind, a non-nil ID, a date and a financial year from 2015 to
//     2036 (the year is often the one holding the date, not always: a
//     year is closed after it ends), a non-empty programme ID;
//   - allocate and spend: a positive amount (genAmount) and an authority in existence
//     on the date;
//   - reallocate: also the authority the money comes from, a different one;
//   - close-year: the year alone (the amount is 0 and no authority).
func validEvent() gopter.Gen {
	return gopter.CombineGens(oneKind(), gens.Date(firstDay, lastDay)).FlatMap(func(v any) gopter.Gen {
		kind, date := v.([]any)[0].(funding.Kind), v.([]any)[1].(stablehomes.Date)
		year := gen.OneGenOf(gen.Const(stablehomes.FinancialYearOf(date)), genYear())
		return gopter.CombineGens(gens.UUID(), genProgrammeID(), year, twoAuthorities(date), genAmount()).Map(func(v []any) funding.Event {
			e := funding.Event{ID: v[0].(uuid.UUID), Kind: kind, Date: date, Programme: v[1].(string), Year: v[2].(stablehomes.FinancialYear)}
			las := v[3].([2]stablehomes.LocalAuthority)
			switch kind {
			case funding.Reallocate:
				e.From = las[1]
				fallthrough
			case funding.Allocate, funding.Spend:
				e.Authority, e.Amount = las[0], v[4].(stablehomes.Money)
			}
			return e
		})
	}, reflect.TypeOf(funding.Event{}))
}

// genAmount generates positive amounts: pennies to £100, or up to £100m.
func genAmount() gopter.Gen {
	return gen.OneGenOf(gens.Money(1, 100_00), gens.Money(1, 100_000_000_00))
}

func oneKind() gopter.Gen {
	return gen.IntRange(0, len(eventKinds)-1).Map(func(i int) funding.Kind { return eventKinds[i] })
}

// validProgramme generates programme documents valid by construction:
//   - a non-empty ID (genProgrammeID) and name, a positive envelope;
//   - one to five consecutive financial years;
//   - per-year splits left out, or one per year, adding up to the envelope;
//   - one to four cited figures, the government's or not, with or without
//     a note, each source with a document and optional section, URL and
//     unconfirmed note;
//   - a national programme with no participants, or a pilot with one to
//     eight, each an authority in existence on the day it joins (a day in
//     the programme's years), with or without a group;
//   - with or without an unconfirmed note.
func validProgramme() gopter.Gen {
	return gopter.CombineGens(genYear(), gen.IntRange(1, 5)).FlatMap(func(v any) gopter.Gen {
		var years []stablehomes.FinancialYear
		for y, i := v.([]any)[0].(stablehomes.FinancialYear), 0; i < v.([]any)[1].(int); y, i = y.Next(), i+1 {
			years = append(years, y)
		}
		return gopter.CombineGens(
			genProgrammeID(), genNonEmpty(), gens.Money(1, 1_000_000_000_00),
			gen.Bool(), gen.SliceOfN(len(years), gen.IntRange(1, 100)),
			gen.IntRange(1, 4).FlatMap(func(n any) gopter.Gen { return gen.SliceOfN(n.(int), genFigure()) }, reflect.TypeOf([]funding.Figure(nil))),
			gen.Bool(), genParticipants(years[0].Start(), years[len(years)-1].End()),
			genText(),
		).Map(func(v []any) funding.Programme {
			p := funding.Programme{ID: v[0].(string), Name: v[1].(string), Envelope: v[2].(stablehomes.Money), Years: years,
				Figures: v[5].([]funding.Figure), Pilot: v[6].(bool), Unconfirmed: v[8].(string)}
			if v[3].(bool) {
				p.PerYear = split(p.Envelope, v[4].([]int))
			}
			if p.Pilot {
				p.Participants = v[7].([]funding.Participant)
			}
			return p
		})
	}, reflect.TypeOf(funding.Programme{}))
}

// split divides total into parts in proportion to weights, the remainder
// going to the last part, so the parts add up to total.
func split(total stablehomes.Money, weights []int) []stablehomes.Money {
	sum := 0
	for _, w := range weights {
		sum += w
	}
	parts := make([]stablehomes.Money, len(weights))
	left := total
	for i, w := range weights[:len(weights)-1] {
		parts[i] = total * stablehomes.Money(w) / stablehomes.Money(sum)
		left -= parts[i]
	}
	parts[len(parts)-1] = left
	return parts
}

// genFigure generates a published figure: a positive amount, the
// government's or not, an optional note, a cited source.
func genFigure() gopter.Gen {
	return gopter.CombineGens(gens.Money(1, 1_000_000_000_00), gen.Bool(), genText(), genSource()).Map(func(v []any) funding.Figure {
		return funding.Figure{Amount: v[0].(stablehomes.Money), Government: v[1].(bool), Note: v[2].(string), Source: v[3].(stablehomes.Source)}
	})
}

// genSource generates a source: a document, the rest optional.
func genSource() gopter.Gen {
	url := gen.OneConstOf("", "https://www.gov.uk/government/publications/x", "https://example.org/a?b=c&d=e")
	return gopter.CombineGens(genNonEmpty(), genText(), url, genText()).Map(func(v []any) stablehomes.Source {
		return stablehomes.Source{Document: v[0].(string), Section: v[1].(string), URL: v[2].(string), Unconfirmed: v[3].(string)}
	})
}

// genParticipants generates one to eight pilot participants joining
// between from and to, each an authority in existence on its day.
func genParticipants(from, to stablehomes.Date) gopter.Gen {
	one := gens.Date(from, to).FlatMap(func(d any) gopter.Gen {
		day := d.(stablehomes.Date)
		return gopter.CombineGens(gens.LocalAuthority(day), genText()).Map(func(v []any) funding.Participant {
			return funding.Participant{Authority: v[0].(stablehomes.LocalAuthority), From: day, Group: v[1].(string)}
		})
	}, reflect.TypeOf(funding.Participant{}))
	return gen.IntRange(1, 8).FlatMap(func(n any) gopter.Gen { return gen.SliceOfN(n.(int), one) }, reflect.TypeOf([]funding.Participant(nil)))
}
