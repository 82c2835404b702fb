package ssda903

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/stablehomes/stablehomes"
)

// RowRef is a failing row: its table, its 0-based row index in that table,
// and where it came from.
type RowRef struct {
	Table TableID
	Row   int
	Pos   Pos
}

// Result is one rule's outcome.
type Result struct {
	Rule Rule
	// Skipped says why the rule did not run ("" when it ran).
	Skipped string
	// Failures are the failing rows, sorted by table then row, each once.
	Failures []RowRef
}

// Passed reports a rule that ran and found nothing.
func (r Result) Passed() bool { return r.Skipped == "" && len(r.Failures) == 0 }

// Report is Validate's answer: one Result per rule of the year, in the
// registry's order (deterministic).
type Report struct {
	Year    stablehomes.FinancialYear
	Results []Result
}

// Failed lists the results with failures.
func (r Report) Failed() []Result {
	var out []Result
	for _, res := range r.Results {
		if len(res.Failures) > 0 {
			out = append(out, res)
		}
	}
	return out
}

// Skipped lists the results of rules that could not run.
func (r Report) Skipped() []Result {
	var out []Result
	for _, res := range r.Results {
		if res.Skipped != "" {
			out = append(out, res)
		}
	}
	return out
}

// Summary is a one-line count, free of personal data.
func (r Report) Summary() string {
	rows := 0
	for _, res := range r.Results {
		rows += len(res.Failures)
	}
	return fmt.Sprintf("%s: %d rules, %d with failures (%d rows), %d skipped",
		r.Year, len(r.Results), len(r.Failed()), rows, len(r.Skipped()))
}

// Validate runs every rule that applies in collection year y (RulesFor) on
// the return. The return's own Year is not consulted for choosing rules, but
// its collection period (Return.Start/End) is what date rules measure
// against, so set ret.Year (or the metadata dates) to the same year.
//
// Validate stops promptly when ctx is cancelled and returns an error
// wrapping ctx.Err() with the rules finished so far.
func Validate(ctx context.Context, ret *Return, y stablehomes.FinancialYear) (Report, error) {
	return validateRules(ctx, ret, y, rulesFor(y), nil)
}

// ValidateOptions tune ValidateWith. The zero value validates as Validate.
type ValidateOptions struct {
	// Progress, when set, is called after each rule with the number of
	// rules finished and the number that apply in the year, from the
	// calling goroutine (a program showing progress on a terminal).
	Progress func(done, total int)
}

// ValidateWith is Validate with options.
func ValidateWith(ctx context.Context, ret *Return, y stablehomes.FinancialYear, opts ValidateOptions) (Report, error) {
	return validateRules(ctx, ret, y, rulesFor(y), opts.Progress)
}

// ErrNoSuchRule is returned by ValidateRule for a code that has no version
// applying in the year asked.
var ErrNoSuchRule = errors.New("ssda903: no rule with that code applies in the collection year")

// ValidateRule runs a single rule on the return if it applies in year y;
// otherwise it returns an error wrapping ErrNoSuchRule.
func ValidateRule(ctx context.Context, ret *Return, y stablehomes.FinancialYear, code string) (Result, error) {
	for _, r := range rulesFor(y) {
		if r.Code == code {
			rep, err := validateRules(ctx, ret, y, []*Rule{r}, nil)
			if err != nil {
				return Result{}, err
			}
			return rep.Results[0], nil
		}
	}
	return Result{}, fmt.Errorf("%w (rule %s, %s)", ErrNoSuchRule, code, y)
}

func validateRules(ctx context.Context, ret *Return, y stablehomes.FinancialYear, rules []*Rule, progress func(done, total int)) (Report, error) {
	in := newInputs(ret, y)
	in.ctx = ctx
	rep := Report{Year: y, Results: make([]Result, 0, len(rules))}
	stoppedErr := func(err error) error {
		return fmt.Errorf("ssda903: validation stopped after %d of %d rules: %w", len(rep.Results), len(rules), err)
	}
	add := func(res Result) {
		rep.Results = append(rep.Results, res)
		if progress != nil {
			progress(len(rep.Results), len(rules))
		}
	}
	if ctx.Done() == nil {
		// Never cancelled: run in the caller's goroutine.
		for _, r := range rules {
			res, err := runRule(r, in)
			if err != nil {
				return rep, stoppedErr(err)
			}
			add(res)
		}
		return rep, nil
	}
	// A context that can be cancelled: the rules run in a goroutine, so that
	// Validate returns as soon as ctx is done whatever the rule running then
	// is doing; that rule stops at its next poll (every 4096 rows in the
	// shared helpers), and no further rule starts. The goroutine only reads
	// the return and writes its own results.
	type outcome struct {
		res   Result
		err   error
		panic any
	}
	out := make(chan outcome, len(rules)) // never blocks the worker
	go func() {
		defer close(out)
		for _, r := range rules {
			if ctx.Err() != nil {
				return
			}
			var o outcome
			func() {
				defer func() { o.panic = recover() }()
				o.res, o.err = runRule(r, in)
			}()
			out <- o
			if o.err != nil || o.panic != nil {
				return
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return rep, stoppedErr(ctx.Err())
		case o, ok := <-out:
			switch {
			case !ok && len(rep.Results) == len(rules):
				return rep, nil
			case !ok:
				return rep, stoppedErr(ctx.Err())
			case o.panic != nil:
				panic(o.panic) // a bug in a rule: as if it ran here
			case o.err != nil:
				return rep, stoppedErr(o.err)
			}
			add(o.res)
		}
	}
}

// runRule runs one rule, or says why it was skipped.
func runRule(r *Rule, in *inputs) (Result, error) {
	res := Result{Rule: r.clone()}
	for _, n := range r.needs {
		if why := n.missing(in.Ret); why != "" {
			res.Skipped = why
			return res, nil
		}
	}
	// Rules run one after another: each collects its failures in the
	// buffer the previous one used.
	c := &Check{inputs: in, fails: in.failBuf[:0]}
	if err := runCheck(r, c); err != nil {
		return res, err
	}
	res.Failures = normalise(in.Ret, c.fails)
	in.failBuf = c.fails[:0]
	return res, nil
}

// runCheck runs one rule's check, returning the context's error when a
// poll inside it saw the validation cancelled (any other panic is a bug and
// goes on).
func runCheck(r *Rule, c *Check) (err error) {
	defer func() {
		if p := recover(); p != nil {
			s, ok := p.(stopped)
			if !ok {
				panic(p)
			}
			err = s.err
		}
	}()
	r.check(c)
	return nil
}

// newInputs starts the shared views of one validation (each built when a
// rule first asks for it).
func newInputs(ret *Return, y stablehomes.FinancialYear) *inputs {
	return &inputs{Ret: ret, Year: y, views: map[TableID]*ChildIndex{}}
}

// normalise sorts failures by table and row, drops repeats and fills in
// positions.
func normalise(ret *Return, fails []failRef) []RowRef {
	slices.Sort(fails) // by table, then row
	fails = slices.Compact(fails)
	if len(fails) == 0 {
		return nil
	}
	out := make([]RowRef, len(fails))
	for i, f := range fails {
		out[i] = RowRef{Table: f.table(), Row: f.row()}
		if t := ret.Table(out[i].Table); t != nil && out[i].Row < t.Len() {
			out[i].Pos = t.Pos(out[i].Row)
		}
	}
	return out
}

// failRef is a failing row as a rule reports it: the table in the high 32
// bits, the row in the low 32 (a table holds fewer than 2^31 rows), so that
// failures sort by table then row as plain integers, and a rule's list
// takes 8 bytes a row instead of RowRef's 48 until normalise builds the
// result.
type failRef uint64

func makeFailRef(t TableID, row int) failRef { return failRef(t)<<32 | failRef(uint32(row)) }

func (f failRef) table() TableID { return TableID(f >> 32) }
func (f failRef) row() int       { return int(uint32(f)) }
