package dated_test

import (
	"errors"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/dated"
	"github.com/stablehomes/stablehomes/internal/gens"
)

var src = stablehomes.Source{Document: "test"}

func d(s string) stablehomes.Date { return stablehomes.MustParseDate(s) }

func TestAtAndGaps(t *testing.T) {
	tab := dated.Must("rates", []dated.Entry[int]{
		{From: d("2024-04-06"), To: d("2025-04-05"), Value: 2, Source: src},
		{From: d("2018-04-06"), To: d("2019-04-05"), Value: 1, Source: src},
		{From: d("2025-04-06"), To: d("2026-04-05"), Value: 3, Source: src},
	})
	for date, want := range map[string]int{"2018-04-06": 1, "2019-04-05": 1, "2024-04-06": 2, "2026-04-05": 3} {
		e, err := tab.At(d(date))
		if err != nil || e.Value != want {
			t.Errorf("At(%s) = %v, %v; want %d", date, e.Value, err, want)
		}
	}
	for _, date := range []string{"2018-04-05", "2019-04-06", "2022-01-01", "2026-04-06"} {
		_, err := tab.At(d(date))
		var re *dated.RangeError
		if !errors.As(err, &re) || !errors.Is(err, dated.ErrOutside) {
			t.Errorf("At(%s) = %v, want a RangeError", date, err)
		}
	}
	if _, err := dated.New("bad", []dated.Entry[int]{{From: d("2020-01-01"), Source: src}, {From: d("2021-01-01"), Source: src}}); err == nil {
		t.Error("an open entry before another must be refused")
	}
	if _, err := dated.New("bad", []dated.Entry[int]{{From: d("2020-01-01"), To: d("2020-12-31")}}); err == nil {
		t.Error("an entry without a source must be refused")
	}
}

// For any table built from consecutive spans, every date inside resolves
// to exactly the entry whose span holds it, and dates outside fail.
func TestTableProperties(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	props.Property("exactly one entry per covered date", prop.ForAll(func(lengths []int, probe int) bool {
		start := d("2000-01-01")
		var es []dated.Entry[int]
		cur := start
		for i, n := range lengths {
			es = append(es, dated.Entry[int]{From: cur, To: cur.AddDays(n - 1), Value: i, Source: src})
			cur = cur.AddDays(n)
		}
		tab, err := dated.New("t", es)
		if err != nil {
			return false
		}
		day := start.AddDays(probe)
		e, err := tab.At(day)
		if !day.Before(cur) {
			return err != nil
		}
		hits := 0
		for _, x := range es {
			if x.Contains(day) {
				hits++
			}
		}
		return err == nil && hits == 1 && e.Contains(day)
	}, gen.SliceOfN(5, gen.IntRange(1, 400)), gen.IntRange(0, 2500)))
	props.TestingRun(t)
}
