package funding_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/google/uuid"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/commands"
	"github.com/leanovate/gopter/gen"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/funding"
	"github.com/stablehomes/stablehomes/internal/gens"
	"github.com/stablehomes/stablehomes/internal/schematest"
)

func la(code string) stablehomes.LocalAuthority {
	a, err := stablehomes.LookupLA(code)
	if err != nil {
		panic(err)
	}
	return a
}

var ffc = "families-first-for-children"

func ev(n int, kind funding.Kind, date string, year int, auth string, amount stablehomes.Money) funding.Event {
	e := funding.Event{ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte(fmt.Sprint("event", n))), Kind: kind, Date: stablehomes.MustParseDate(date),
		Programme: ffc, Year: stablehomes.FinancialYearStarting(year), Amount: amount}
	if auth != "" {
		e.Authority = la(auth)
	}
	return e
}

func TestLedgerRules(t *testing.T) {
	l := funding.NewLedger()
	must := func(e funding.Event) {
		t.Helper()
		if err := l.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	must(ev(1, funding.Allocate, "2023-09-01", 2023, "838", 20_000_000_00))
	must(ev(2, funding.Allocate, "2023-09-01", 2023, "925", 20_000_000_00))
	cases := []struct {
		e    funding.Event
		rule stablehomes.Rule
	}{
		{ev(3, funding.Allocate, "2023-09-01", 2023, "336", 5_000_000_01), funding.RuleEnvelope},  // £45m less £40m leaves £5m
		{ev(4, funding.Allocate, "2023-09-01", 2023, "330", 100), funding.RuleEligible},           // Birmingham is not a pathfinder
		{ev(5, funding.Allocate, "2023-09-01", 2023, "335", 100), funding.RuleEligible},           // Walsall joined in wave 2, April 2024
		{ev(6, funding.Spend, "2023-10-01", 2023, "838", 20_000_000_01), funding.RuleNoOverspend}, // a penny over
		{ev(7, funding.Allocate, "2023-09-01", 2022, "838", 100), funding.RuleKnownProgramme},     // before the programme
		{ev(8, funding.Allocate, "2023-09-01", 2023, "838", 0), funding.RuleAmountPositive},
		{ev(1, funding.Allocate, "2023-09-01", 2023, "838", 100), funding.RuleUniqueID},
	}
	for _, c := range cases {
		before := l.Report()
		err := l.Apply(c.e)
		if !errors.Is(err, c.rule) {
			t.Errorf("event %v: %v, want %s", c.e.ID, err, c.rule.ID)
		}
		if !reflect.DeepEqual(before, l.Report()) {
			t.Errorf("a refused event changed the ledger")
		}
	}
	must(ev(9, funding.Allocate, "2024-05-01", 2024, "335", 1_000_000_00))
	must(ev(10, funding.CloseYear, "2024-04-30", 2023, "", 0))
	if err := l.Apply(ev(11, funding.Spend, "2024-05-01", 2023, "838", 1)); !errors.Is(err, funding.RuleYearOpen) {
		t.Errorf("spend in a closed year: %v", err)
	}
	if got := l.Unallocated(ffc); got != 4_000_000_00 {
		t.Errorf("unallocated %v, want £4,000,000.00", got)
	}
}

func TestReplayGivesTheSameReport(t *testing.T) {
	l := funding.NewLedger()
	for i, e := range []funding.Event{
		ev(1, funding.Allocate, "2023-09-01", 2023, "838", 10_000_00),
		ev(2, funding.Allocate, "2023-09-01", 2023, "925", 10_000_00),
		ev(3, funding.Spend, "2023-10-01", 2023, "838", 2_500_00),
	} {
		if err := l.Apply(e); err != nil {
			t.Fatal(i, err)
		}
	}
	r := ev(4, funding.Reallocate, "2023-11-01", 2023, "838", 1_000_00)
	r.From = la("925")
	if err := l.Apply(r); err != nil {
		t.Fatal(err)
	}
	again, err := funding.Replay(l.Events())
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(l.Report())
	b, _ := json.Marshal(again.Report())
	if !bytes.Equal(a, b) {
		t.Errorf("replay differs:\n%s\n%s", a, b)
	}
}

// model is the simple model the stateful test checks the ledger against:
// allocations and spend per authority for one programme-year.
type model struct {
	alloc, spent map[string]stablehomes.Money
	total        stablehomes.Money
	closed       bool
	n            int
}

var authorities = []string{"838", "925", "336", "846", "394"}

const envelope = stablehomes.Money(45_000_000_00)

type cmd struct {
	kind   funding.Kind
	auth   int
	from   int
	amount stablehomes.Money
}

func (c cmd) event(n int) funding.Event {
	e := ev(n, c.kind, "2023-09-01", 2023, "", c.amount)
	if c.kind != funding.CloseYear {
		e.Authority = la(authorities[c.auth])
	}
	if c.kind == funding.Reallocate {
		e.From = la(authorities[c.from])
	}
	return e
}

func (c cmd) Run(sut commands.SystemUnderTest) commands.Result {
	l := sut.(*ledgerUnderTest)
	l.n++
	return l.Apply(c.event(l.n))
}

func (c cmd) NextState(state commands.State) commands.State {
	s := state.(model)
	next := model{alloc: map[string]stablehomes.Money{}, spent: map[string]stablehomes.Money{}, total: s.total, closed: s.closed, n: s.n + 1}
	for k, v := range s.alloc {
		next.alloc[k] = v
	}
	for k, v := range s.spent {
		next.spent[k] = v
	}
	if s.closed {
		return next
	}
	a := authorities[c.auth]
	switch c.kind {
	case funding.Allocate:
		if c.amount > 0 && s.total+c.amount <= envelope {
			next.alloc[a] += c.amount
			next.total += c.amount
		}
	case funding.Spend:
		if c.amount > 0 && c.amount <= s.alloc[a]-s.spent[a] {
			next.spent[a] += c.amount
		}
	case funding.Reallocate:
		f := authorities[c.from]
		if c.amount > 0 && f != a && c.amount <= s.alloc[f]-s.spent[f] {
			next.alloc[f] -= c.amount
			next.alloc[a] += c.amount
		}
	case funding.CloseYear:
		next.closed = true
	}
	return next
}

func (c cmd) PreCondition(commands.State) bool { return true }

func (c cmd) PostCondition(state commands.State, result commands.Result) *gopter.PropResult {
	s := state.(model)
	l := lastLedger
	var sum stablehomes.Money
	for _, a := range authorities {
		alloc, spent := l.Balance(ffc, stablehomes.FinancialYearStarting(2023), la(a))
		if alloc != s.alloc[a] || spent != s.spent[a] || spent > alloc || alloc < 0 {
			return &gopter.PropResult{Status: gopter.PropFalse}
		}
		sum += alloc
	}
	// Conservation: allocated plus unallocated is the envelope.
	if sum+l.Unallocated(ffc) != envelope || l.Allocated(ffc) != sum {
		return &gopter.PropResult{Status: gopter.PropFalse}
	}
	return &gopter.PropResult{Status: gopter.PropTrue}
}

func (c cmd) String() string {
	return fmt.Sprintf("%s %s %s (from %s)", c.kind, authorities[c.auth], c.amount, authorities[c.from])
}

type ledgerUnderTest struct {
	*funding.Ledger
	n int
}

var lastLedger *ledgerUnderTest

var ledgerCommands = &commands.ProtoCommands{
	NewSystemUnderTestFunc: func(commands.State) commands.SystemUnderTest {
		lastLedger = &ledgerUnderTest{Ledger: funding.NewLedger()}
		return lastLedger
	},
	InitialStateGen: gen.Const(model{alloc: map[string]stablehomes.Money{}, spent: map[string]stablehomes.Money{}}),
	GenCommandFunc: func(commands.State) gopter.Gen {
		amount := gen.OneGenOf(gen.Int64Range(-5, 20_000_000_00), gen.Int64Range(1, 5_000_00))
		return gopter.CombineGens(gen.Weighted([]gen.WeightedGen{
			{Weight: 5, Gen: gen.Const(funding.Allocate)}, {Weight: 4, Gen: gen.Const(funding.Spend)},
			{Weight: 3, Gen: gen.Const(funding.Reallocate)}, {Weight: 1, Gen: gen.Const(funding.CloseYear)},
		}), gen.IntRange(0, len(authorities)-1), gen.IntRange(0, len(authorities)-1), amount).Map(func(v []any) commands.Command {
			return cmd{kind: v[0].(funding.Kind), auth: v[1].(int), from: v[2].(int), amount: stablehomes.Money(v[3].(int64))}
		})
	},
}

func TestLedgerAgainstModel(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	props.Property("conservation and no overspend hold after every event", commands.Prop(ledgerCommands))
	props.TestingRun(t)
}

func TestSchemas(t *testing.T) { schematest.Check(t, funding.PayloadTypes()) }

func TestCatalogue(t *testing.T) {
	for _, p := range funding.Programmes() {
		if err := p.Validate(); err != nil {
			t.Errorf("%s: %v", p.ID, err)
		}
		gov := 0
		for _, f := range p.Figures {
			if f.Government {
				gov++
			}
			if f.Source.Document == "" {
				t.Errorf("%s: a figure without a source", p.ID)
			}
		}
		if gov > 1 {
			t.Errorf("%s: %d figures marked as the government's", p.ID, gov)
		}
	}
	fostering, _ := funding.ProgrammeByID("foster-carer-recruitment-retention")
	if len(fostering.Figures) < 3 || fostering.Envelope != 25_000_000_00 {
		t.Errorf("fostering keeps every published figure: %+v", fostering.Figures)
	}
}

func FuzzDecodeEvent(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/event/*.json")
	for _, file := range files {
		b, _ := os.ReadFile(file)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := funding.DecodeEvent(bytes.NewReader(b))
		var vs stablehomes.Violations
		if err != nil && !errors.As(err, &vs) {
			t.Fatalf("not violations: %v", err)
		}
		if err == nil {
			_ = funding.NewLedger().Apply(e) // must not panic
		}
	})
}

// One million events: allocations to the pathfinder's 17 authorities, then
// spend against them, over and over.
func BenchmarkApplyMillionEvents(b *testing.B) {
	auths := []string{"838", "925", "336", "846", "394", "390", "894", "860", "805", "205"}
	events := make([]funding.Event, 0, 1_000_000)
	for i := 0; len(events) < 1_000_000; i++ {
		a := la(auths[(i/2)%len(auths)])
		id := uuid.NewSHA1(uuid.NameSpaceOID, []byte(fmt.Sprint(i)))
		if i%2 == 0 {
			events = append(events, funding.Event{ID: id, Kind: funding.Allocate, Date: stablehomes.MustDate(2023, 9, 1), Programme: ffc, Year: stablehomes.FinancialYearStarting(2023), Authority: a, Amount: 40})
		} else {
			events = append(events, funding.Event{ID: id, Kind: funding.Spend, Date: stablehomes.MustDate(2023, 9, 2), Programme: ffc, Year: stablehomes.FinancialYearStarting(2023), Authority: a, Amount: 30})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		l := funding.NewLedger()
		for _, e := range events {
			if err := l.Apply(e); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ns/event")
}

// The 2025-26 and 2026-29 lines: the ledger holds their years and caps.
func TestProgrammesTo2029(t *testing.T) {
	for _, id := range []string{"families-first-partnership-2025-26", "families-first-partnership-transformation-2025-26", "families-first-partnership-2026-29",
		"children-and-families-grant", "childrens-homes-foster-care-capital", "fostering-places-2026-28", "regional-care-cooperatives-capital", "kinship-allowance-pilot"} {
		if _, ok := funding.ProgrammeByID(id); !ok {
			t.Errorf("%s missing from the catalogue", id)
		}
	}
	l := funding.NewLedger()
	n := 100
	event := func(prog string, year int, auth string, amount stablehomes.Money) funding.Event {
		n++
		return funding.Event{ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte(fmt.Sprint("2029 event", n))), Kind: funding.Allocate, Date: stablehomes.MustDate(2026, 5, 1),
			Programme: prog, Year: stablehomes.FinancialYearStarting(year), Authority: la(auth), Amount: amount}
	}
	ffp := "families-first-partnership-2026-29"
	// £2.4bn caps the three years together: £800m in each is the whole envelope.
	for _, y := range []int{2026, 2027, 2028} {
		if err := l.Apply(event(ffp, y, "886", 800_000_000_00)); err != nil {
			t.Fatalf("%d: %v", y, err)
		}
	}
	if err := l.Apply(event(ffp, 2028, "886", 1)); !errors.Is(err, funding.RuleEnvelope) {
		t.Errorf("a penny past £2.4bn: %v", err)
	}
	if err := l.Apply(event(ffp, 2029, "886", 1)); !errors.Is(err, funding.RuleKnownProgramme) {
		t.Errorf("2029-30 is not in the settlement: %v", err)
	}
	if err := l.Apply(event("families-first-partnership-2025-26", 2025, "886", 523_000_000_00)); err != nil {
		t.Errorf("2025-26 envelope: %v", err)
	}
	if err := l.Apply(event("families-first-partnership-2025-26", 2026, "886", 1)); !errors.Is(err, funding.RuleKnownProgramme) {
		t.Errorf("2025-26 programme in 2026-27: %v", err)
	}
	// Kinship Zones pay only the seven authorities, from 27 February 2026.
	if err := l.Apply(event("kinship-allowance-pilot", 2026, "303", 1_000_000_00)); err != nil { // Bexley
		t.Errorf("Bexley: %v", err)
	}
	if err := l.Apply(event("kinship-allowance-pilot", 2026, "886", 1)); !errors.Is(err, funding.RuleEligible) { // Kent
		t.Errorf("Kent is not a Kinship Zone: %v", err)
	}
	if err := l.Apply(event("childrens-homes-foster-care-capital", 2027, "886", 560_000_000_01)); !errors.Is(err, funding.RuleEnvelope) {
		t.Errorf("past £560m capital: %v", err)
	}
	if got := l.Unallocated(ffp); got != 0 {
		t.Errorf("unallocated %v", got)
	}
	caf, _ := funding.ProgrammeByID("children-and-families-grant")
	var sum stablehomes.Money
	for _, f := range caf.Figures {
		if f.Government {
			t.Errorf("no published total for the Children and Families Grant, yet %v is marked the government's", f.Amount)
		}
		if f.Source.Derived != "" {
			sum = f.Amount
		}
	}
	if sum != caf.Envelope || sum != (253_500_000+94_500_000+33_300_000+7_600_000+13_400_000+12_100_000)*100 {
		t.Errorf("Children and Families Grant: envelope %v, sum of its grants %v", caf.Envelope, sum)
	}
	prev, _ := funding.ProgrammeByID("childrens-social-care-prevention-grant")
	for _, f := range prev.Figures {
		if f.Amount == 253_500_000_00 {
			t.Error("£253.5m belongs to the Children and Families Grant, not the prevention grant")
		}
	}
}
