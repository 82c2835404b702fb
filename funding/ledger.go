package funding

import (
	"sort"
	"sync"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
)

// Rules the ledger enforces.
var (
	RuleEventRequired  = stablehomes.Rule{ID: "funding.event-required", Title: "An event names its ID, kind, date, programme, year and, where it moves money, the authority and a positive amount", Source: ledgerSource}
	RuleAmountPositive = stablehomes.Rule{ID: "funding.amount-positive", Title: "Amounts allocated, spent or reallocated are positive", Source: ledgerSource}
	RuleKnownProgramme = stablehomes.Rule{ID: "funding.known-programme", Title: "An event is for a programme in the catalogue, in a year the programme spans", Source: ledgerSource}
	RuleEnvelope       = stablehomes.Rule{ID: "funding.within-envelope", Title: "Nothing is allocated beyond the programme's envelope for the year (or, where only a total is published, for all its years together)", Source: ledgerSource}
	RuleNoOverspend    = stablehomes.Rule{ID: "funding.no-overspend", Title: "No authority spends or gives up more than it has been allocated and not yet spent", Source: ledgerSource}
	RuleEligible       = stablehomes.Rule{ID: "funding.eligible-authority", Title: "Only a pilot's participating authorities, from the date they joined, receive its money", Source: ledgerSource}
	RuleYearOpen       = stablehomes.Rule{ID: "funding.year-open", Title: "Events for a closed financial year are refused", Source: ledgerSource}
	RuleUniqueID       = stablehomes.Rule{ID: "funding.unique-id", Title: "Each event ID is used once", Source: ledgerSource}
)

// Rules lists the rules the package checks.
func Rules() []stablehomes.Rule {
	return []stablehomes.Rule{RuleEventRequired, RuleAmountPositive, RuleKnownProgramme, RuleEnvelope, RuleNoOverspend, RuleEligible, RuleYearOpen, RuleUniqueID}
}

type yearKey struct {
	programme string
	year      int16
}

type allocKey struct {
	yearKey
	authority string // GSS code
}

// Ledger records allocations, spend and reallocations of the reform's
// programmes. Apply refuses a bad event with Violations and leaves the
// ledger unchanged. A Ledger is safe for concurrent use.
type Ledger struct {
	mu          sync.Mutex
	programmes  map[string]Programme
	allocated   map[allocKey]stablehomes.Money
	spent       map[allocKey]stablehomes.Money
	yearTotal   map[yearKey]stablehomes.Money
	progTotal   map[string]stablehomes.Money
	closed      map[yearKey]bool
	ids         map[uuid.UUID]struct{}
	authorities map[string]stablehomes.LocalAuthority
	// The event log is held compactly, without pointers, so that a ledger of
	// millions of events costs the garbage collector nothing to scan;
	// Events rebuilds the full events.
	log      []compactEvent
	laIndex  map[string]int32
	laList   []stablehomes.LocalAuthority
	progList []string
	progIdx  map[string]int16
}

type compactEvent struct {
	id        uuid.UUID
	amount    stablehomes.Money
	date      stablehomes.Date
	year      int16
	programme int16
	authority int32 // index into laList, -1 for none
	from      int32
	kind      kindByte
}

// kindByte is a Kind held in a byte in the compact log.
type kindByte uint8

var kindList = []Kind{Allocate, Spend, Reallocate, CloseYear}

func kind8(k Kind) kindByte {
	for i, x := range kindList {
		if x == k {
			return kindByte(i)
		}
	}
	return 0
}

func (l *Ledger) laRef(a stablehomes.LocalAuthority) int32 {
	if a.IsZero() {
		return -1
	}
	if i, ok := l.laIndex[a.GSSCode]; ok {
		return i
	}
	i := int32(len(l.laList))
	l.laIndex[a.GSSCode] = i
	l.laList = append(l.laList, a)
	return i
}

func (l *Ledger) laAt(i int32) stablehomes.LocalAuthority {
	if i < 0 {
		return stablehomes.LocalAuthority{}
	}
	return l.laList[i]
}

func (l *Ledger) progRef(id string) int16 {
	if i, ok := l.progIdx[id]; ok {
		return i
	}
	i := int16(len(l.progList))
	l.progIdx[id] = i
	l.progList = append(l.progList, id)
	return i
}

// NewLedger returns an empty ledger over the catalogue's programmes.
func NewLedger() *Ledger { return NewLedgerFor(Programmes()) }

// NewLedgerFor returns an empty ledger over the given programmes.
func NewLedgerFor(ps []Programme) *Ledger {
	l := &Ledger{programmes: map[string]Programme{}, allocated: map[allocKey]stablehomes.Money{}, spent: map[allocKey]stablehomes.Money{},
		yearTotal: map[yearKey]stablehomes.Money{}, progTotal: map[string]stablehomes.Money{}, closed: map[yearKey]bool{},
		ids: map[uuid.UUID]struct{}{}, authorities: map[string]stablehomes.LocalAuthority{},
		laIndex: map[string]int32{}, progIdx: map[string]int16{}}
	for _, p := range ps {
		l.programmes[p.ID] = p
	}
	return l
}

// Replay builds a ledger from an event list, refusing the first bad event
// (with its index in the error's path).
func Replay(events []Event) (*Ledger, error) {
	l := NewLedger()
	for i, e := range events {
		if err := l.Apply(e); err != nil {
			if vs, ok := err.(stablehomes.Violations); ok {
				return l, vs.Prefix(stablehomes.PointerIndex("", i))
			}
			return l, err
		}
	}
	return l, nil
}

// Apply checks an event against the ledger and applies it, or returns the
// Violations and changes nothing.
func (l *Ledger) Apply(e Event) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	var vs stablehomes.Violations
	e.validate(&vs)
	if len(vs) > 0 {
		return vs
	}
	if _, dup := l.ids[e.ID]; dup {
		vs.Add("/id", "funding.unique-id", "an event with this ID was already applied", stablehomes.SeverityError, RuleUniqueID)
		return vs
	}
	p, ok := l.programmes[e.Programme]
	if !ok || !p.Spans(e.Year) {
		vs.Add("/programme", "funding.known-programme", "no such programme in this financial year", stablehomes.SeverityError, RuleKnownProgramme)
		return vs
	}
	yk := yearKey{e.Programme, int16(e.Year.StartYear())}
	if l.closed[yk] {
		vs.Add("/year", "funding.year-open", "the programme's financial year is closed", stablehomes.SeverityError, RuleYearOpen)
		return vs
	}
	to := allocKey{yk, e.Authority.GSSCode}
	switch e.Kind {
	case Allocate:
		if !p.Eligible(e.Authority, e.Date) {
			vs.Add("/authority", "funding.eligible-authority", "the authority does not take part in this pilot on the event's date", stablehomes.SeverityError, RuleEligible)
		}
		if head := l.headroomLocked(p, e.Year); e.Amount > head {
			vs.Add("/amount", "funding.within-envelope", "the allocation of "+e.Amount.String()+" exceeds the "+head.String()+" left in the envelope", stablehomes.SeverityError, RuleEnvelope)
		}
	case Spend:
		if avail := l.allocated[to] - l.spent[to]; e.Amount > avail {
			vs.Add("/amount", "funding.no-overspend", "the spend of "+e.Amount.String()+" exceeds the "+avail.String()+" allocated and unspent", stablehomes.SeverityError, RuleNoOverspend)
		}
	case Reallocate:
		from := allocKey{yk, e.From.GSSCode}
		if !p.Eligible(e.Authority, e.Date) {
			vs.Add("/authority", "funding.eligible-authority", "the receiving authority does not take part in this pilot on the event's date", stablehomes.SeverityError, RuleEligible)
		}
		if avail := l.allocated[from] - l.spent[from]; e.Amount > avail {
			vs.Add("/amount", "funding.no-overspend", "the reallocation of "+e.Amount.String()+" exceeds the "+avail.String()+" the giving authority has unspent", stablehomes.SeverityError, RuleNoOverspend)
		}
	}
	if len(vs) > 0 {
		return vs
	}
	switch e.Kind {
	case Allocate:
		l.allocated[to] += e.Amount
		l.yearTotal[yk] += e.Amount
		l.progTotal[e.Programme] += e.Amount
	case Spend:
		l.spent[to] += e.Amount
	case Reallocate:
		l.allocated[allocKey{yk, e.From.GSSCode}] -= e.Amount
		l.allocated[to] += e.Amount
		l.authorities[e.From.GSSCode] = e.From
	case CloseYear:
		l.closed[yk] = true
	}
	if !e.Authority.IsZero() {
		l.authorities[e.Authority.GSSCode] = e.Authority
	}
	l.ids[e.ID] = struct{}{}
	l.log = append(l.log, compactEvent{id: e.ID, amount: e.Amount, date: e.Date, year: int16(e.Year.StartYear()),
		programme: l.progRef(e.Programme), authority: l.laRef(e.Authority), from: l.laRef(e.From), kind: kind8(e.Kind)})
	return nil
}

// headroomLocked is what may still be allocated for a programme-year: the
// year's published split less its allocations, capped by the whole
// envelope less all allocations.
func (l *Ledger) headroomLocked(p Programme, y stablehomes.FinancialYear) stablehomes.Money {
	head := p.Envelope - l.progTotal[p.ID]
	if split, ok := p.YearEnvelope(y); ok {
		head = min(head, split-l.yearTotal[yearKey{p.ID, int16(y.StartYear())}])
	}
	return head
}

// Events returns a copy of the events applied, in order.
func (l *Ledger) Events() []Event {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]Event, len(l.log))
	for i, c := range l.log {
		out[i] = Event{ID: c.id, Kind: kindList[c.kind], Date: c.date, Programme: l.progList[c.programme],
			Year: stablehomes.FinancialYearStarting(int(c.year)), Authority: l.laAt(c.authority), From: l.laAt(c.from), Amount: c.amount}
	}
	return out
}

// Unallocated returns the programme's envelope less everything allocated
// (all years).
func (l *Ledger) Unallocated(programme string) stablehomes.Money {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.programmes[programme].Envelope - l.progTotal[programme]
}

// Allocated returns the total allocated for a programme across its years.
func (l *Ledger) Allocated(programme string) stablehomes.Money {
	l.mu.Lock()
	defer l.mu.Unlock()
	var total stablehomes.Money
	for k, v := range l.allocated {
		if k.programme == programme {
			total += v
		}
	}
	return total
}

// Balance returns an authority's allocation and spend for a programme-year.
func (l *Ledger) Balance(programme string, y stablehomes.FinancialYear, la stablehomes.LocalAuthority) (allocated, spent stablehomes.Money) {
	l.mu.Lock()
	defer l.mu.Unlock()
	k := allocKey{yearKey{programme, int16(y.StartYear())}, la.GSSCode}
	return l.allocated[k], l.spent[k]
}

func sortedKeys[K comparable](m map[K]stablehomes.Money, less func(a, b K) bool) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}
