package stablehomes_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/gens"
)

func TestMoneyString(t *testing.T) {
	cases := map[stablehomes.Money]string{
		0:                         "£0.00",
		5:                         "£0.05",
		-350:                      "-£3.50",
		123456:                    "£1,234.56",
		19400:                     "£194.00",
		100000000:                 "£1,000,000.00",
		-123456789:                "-£1,234,567.89",
		math.MaxInt64:             "£92,233,720,368,547,758.07",
		math.MinInt64:             "-£92,233,720,368,547,758.08",
		stablehomes.Pounds(12, 5): "£12.05",
	}
	for m, want := range cases {
		if got := m.String(); got != want {
			t.Errorf("Money(%d).String() = %q, want %q", int64(m), got, want)
		}
	}
}

func TestMoneyJSON(t *testing.T) {
	b, _ := json.Marshal(stablehomes.Money(19400))
	if string(b) != "19400" {
		t.Fatalf("Marshal = %s", b)
	}
	var m stablehomes.Money
	for _, in := range []string{"1.5", `"19400"`, "1e3", "9007199254740992", "null"} {
		if err := json.Unmarshal([]byte(in), &m); err == nil && in != "null" {
			t.Errorf("Unmarshal(%s) accepted", in)
		}
	}
	if err := json.Unmarshal([]byte("-250"), &m); err != nil || m != -250 {
		t.Errorf("Unmarshal(-250) = %d, %v", m, err)
	}
}

func TestProRateRounding(t *testing.T) {
	cases := []struct {
		m        stablehomes.Money
		num, den int64
		want     stablehomes.Money
	}{
		{19400, 3, 7, 8314}, // 8314.285… rounds down
		{19400, 1, 7, 2771}, // 2771.43
		{5, 1, 2, 3},        // 2.5 rounds half up
		{-5, 1, 2, -3},      // symmetric for refunds
		{7, 1, 2, 4},        // 3.5 → 4
		{100, 0, 7, 0},
		{math.MaxInt64, 1, 1, math.MaxInt64},
	}
	for _, c := range cases {
		got, err := c.m.ProRate(c.num, c.den)
		if err != nil || got != c.want {
			t.Errorf("%d.ProRate(%d, %d) = %d, %v; want %d", c.m, c.num, c.den, got, err, c.want)
		}
	}
	if _, err := stablehomes.Money(1).ProRate(1, 0); !errors.Is(err, stablehomes.ErrDivideByZero) {
		t.Errorf("ProRate by zero: %v", err)
	}
	if _, err := stablehomes.Money(math.MaxInt64).ProRate(2, 1); !errors.Is(err, stablehomes.ErrOverflow) {
		t.Errorf("ProRate overflow: %v", err)
	}
}

// bigRound is an independent computation of m×num/den, halves away from zero.
func bigRound(m, num, den int64) *big.Int {
	n := new(big.Int).Mul(big.NewInt(m), big.NewInt(num))
	d := big.NewInt(den)
	neg := (n.Sign() < 0) != (d.Sign() < 0)
	n.Abs(n)
	d.Abs(d)
	q, r := new(big.Int).QuoRem(n, d, new(big.Int))
	if new(big.Int).Mul(r, big.NewInt(2)).Cmp(d) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	if neg {
		q.Neg(q)
	}
	return q
}

func TestMoneyProperties(t *testing.T) {
	props := gopter.NewProperties(gens.Params(t))
	anyMoney := gen.Int64().Map(func(v int64) stablehomes.Money { return stablehomes.Money(v) })
	props.Property("add then sub is the identity, or overflow is reported", prop.ForAll(func(a, b stablehomes.Money) bool {
		s, err := a.Add(b)
		exact := new(big.Int).Add(big.NewInt(int64(a)), big.NewInt(int64(b)))
		if !exact.IsInt64() {
			return errors.Is(err, stablehomes.ErrOverflow)
		}
		back, err2 := s.Sub(b)
		return err == nil && err2 == nil && back == a
	}, anyMoney, anyMoney))
	props.Property("sub reports overflow exactly when the result does not fit", prop.ForAll(func(a, b stablehomes.Money) bool {
		_, err := a.Sub(b)
		exact := new(big.Int).Sub(big.NewInt(int64(a)), big.NewInt(int64(b)))
		return (err != nil) == !exact.IsInt64()
	}, anyMoney, anyMoney))
	props.Property("mul reports overflow exactly when the result does not fit", prop.ForAll(func(a stablehomes.Money, k int64) bool {
		p, err := a.Mul(k)
		exact := new(big.Int).Mul(big.NewInt(int64(a)), big.NewInt(k))
		if !exact.IsInt64() {
			return errors.Is(err, stablehomes.ErrOverflow)
		}
		return err == nil && int64(p) == exact.Int64()
	}, anyMoney, gen.OneGenOf(gen.Int64(), gen.Int64Range(-1000, 1000))))
	props.Property("ProRate equals the exact rational rounded half up", prop.ForAll(func(m stablehomes.Money, num, den int64) bool {
		got, err := m.ProRate(num, den)
		want := bigRound(int64(m), num, den)
		if !want.IsInt64() {
			return err != nil
		}
		return err == nil && int64(got) == want.Int64()
	}, gens.Money(-1e12, 1e12), gen.Int64Range(-100000, 100000), gen.Int64Range(1, 1000)))
	props.Property("pro-rating is additive within a penny", prop.ForAll(func(weekly stablehomes.Money, a, b int64) bool {
		whole, _ := weekly.ProRate(a+b, 7)
		x, _ := weekly.ProRate(a, 7)
		y, _ := weekly.ProRate(b, 7)
		d := whole - x - y
		return d >= -1 && d <= 1
	}, gens.Money(0, 1e9), gen.Int64Range(0, 4000), gen.Int64Range(0, 4000)))
	props.Property("ProRata rounds once: split parts sum to the whole exactly", prop.ForAll(func(weekly stablehomes.Money, a, b int64) bool {
		acc := stablehomes.NewProRata(7)
		acc.Add(weekly, a)
		acc.Add(weekly, b)
		split, err1 := acc.Total()
		whole, err2 := weekly.ProRate(a+b, 7)
		return err1 == nil && err2 == nil && split == whole
	}, gens.Money(-1e9, 1e9), gen.Int64Range(0, 4000), gen.Int64Range(0, 4000)))
	props.TestingRun(t)
}

func FuzzMoneyJSON(f *testing.F) {
	for _, s := range []string{"0", "19400", "-350", "1.5", `"12"`, "9007199254740991", "1e2"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var m stablehomes.Money
		if err := json.Unmarshal(b, &m); err != nil {
			return
		}
		out, _ := json.Marshal(m)
		var back stablehomes.Money
		if err := json.Unmarshal(out, &back); err != nil || back != m {
			t.Fatalf("round trip of %d failed: %s %v", m, out, err)
		}
		_ = m.String()
	})
}

func BenchmarkMoneyString(b *testing.B) {
	b.ReportAllocs()
	m := stablehomes.Money(123456789)
	for b.Loop() {
		_ = m.String()
	}
}

func BenchmarkMoneyAppendText(b *testing.B) {
	b.ReportAllocs()
	m := stablehomes.Money(123456789)
	buf := make([]byte, 0, 32)
	for b.Loop() {
		buf, _ = m.AppendText(buf[:0])
	}
}

func ExampleMoney_ProRate() {
	weekly := stablehomes.Pounds(194, 0)
	threeNights, _ := weekly.ProRate(3, 7)
	fmt.Println(weekly, threeNights)
	// Output: £194.00 £83.14
}
