package stablehomes

import (
	"errors"
	"math"
	"math/bits"
	"strconv"
)

// Money is an amount in pence, held as an exact integer: allowances,
// fees, grants and envelopes never pass through floating point. In JSON a
// Money is an integer number of pence (19400 for £194.00).
//
// Arithmetic that can overflow is checked: [Money.Add], [Money.Sub] and
// [Money.Mul] return [ErrOverflow] rather than wrap round.
type Money int64

// Pounds returns pounds and pence as Money: Pounds(194, 0) is £194.00.
// For a negative amount give a negative pounds part.
func Pounds(pounds, pence int64) Money {
	if pounds < 0 {
		return Money(pounds*100 - pence)
	}
	return Money(pounds*100 + pence)
}

// ErrOverflow reports that a money calculation went outside the range of
// an int64 number of pence (about ±£92 million million).
var ErrOverflow = errors.New("money: amount overflows")

// ErrDivideByZero reports a pro-rating with a zero denominator.
var ErrDivideByZero = errors.New("money: pro-rating by zero")

// MaxJSONMoney is the largest amount, in pence, that the JSON Schema
// allows: 2^53-1, the largest integer every JSON reader (JavaScript's
// included) holds exactly.
const MaxJSONMoney Money = 1<<53 - 1

// Pence returns the amount as a plain number of pence.
func (m Money) Pence() int64 { return int64(m) }

// Add returns m+n, or ErrOverflow.
func (m Money) Add(n Money) (Money, error) {
	s := m + n
	if (n > 0 && s < m) || (n < 0 && s > m) {
		return 0, ErrOverflow
	}
	return s, nil
}

// Sub returns m-n, or ErrOverflow.
func (m Money) Sub(n Money) (Money, error) {
	s := m - n
	if (n > 0 && s > m) || (n < 0 && s < m) {
		return 0, ErrOverflow
	}
	return s, nil
}

// Mul returns m×k, or ErrOverflow.
func (m Money) Mul(k int64) (Money, error) {
	if m == 0 || k == 0 {
		return 0, nil
	}
	p := int64(m) * k
	if p/k != int64(m) || (int64(m) == -1 && k == math.MinInt64) || (k == -1 && int64(m) == math.MinInt64) {
		return 0, ErrOverflow
	}
	return Money(p), nil
}

// ProRate returns m×num/den, rounded once to the nearest penny with halves
// rounded up (away from zero, so a refund pro-rates to exactly minus the
// charge). It is the library's one rounding rule: for example a weekly
// allowance for 3 nights is ProRate(3, 7). The intermediate product is
// exact (128-bit), so only the result can overflow.
func (m Money) ProRate(num, den int64) (Money, error) {
	if den == 0 {
		return 0, ErrDivideByZero
	}
	neg := (m < 0) != ((num < 0) != (den < 0))
	if m == 0 || num == 0 {
		return 0, nil
	}
	q, ok := mulDivRound(abs64(int64(m)), abs64(num), abs64(den))
	if !ok || q > math.MaxInt64 {
		return 0, ErrOverflow
	}
	if neg {
		return -Money(q), nil
	}
	return Money(q), nil
}

func abs64(v int64) uint64 {
	if v < 0 {
		return uint64(-v) // math.MinInt64 maps to 1<<63, which is right
	}
	return uint64(v)
}

// mulDivRound computes a×b/c rounded half up, reporting false on overflow.
func mulDivRound(a, b, c uint64) (uint64, bool) {
	hi, lo := bits.Mul64(a, b)
	if hi >= c {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, c)
	// Round half up: add one when the remainder is at least half of c.
	if r >= c-r {
		if q == math.MaxUint64 {
			return 0, false
		}
		q++
	}
	return q, true
}

// String formats the amount the way a finance officer writes it:
// £1,234.56, -£3.50, £0.00.
func (m Money) String() string {
	var b [32]byte
	return string(m.appendTo(b[:0]))
}

func (m Money) appendTo(b []byte) []byte {
	u := abs64(int64(m))
	if m < 0 {
		b = append(b, '-')
	}
	b = append(b, "£"...)
	pounds, pence := u/100, u%100
	var digits [20]byte
	d := strconv.AppendUint(digits[:0], pounds, 10)
	for i, c := range d {
		if i > 0 && (len(d)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	return append(b, '.', byte('0'+pence/10), byte('0'+pence%10))
}

// MarshalJSON writes the amount as an integer number of pence.
func (m Money) MarshalJSON() ([]byte, error) {
	return strconv.AppendInt(nil, int64(m), 10), nil
}

// UnmarshalJSON accepts only an integer number of pence: no fractions, no
// exponents, no strings.
func (m *Money) UnmarshalJSON(b []byte) error {
	v, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		return errMoneyJSON
	}
	if v > int64(MaxJSONMoney) || v < -int64(MaxJSONMoney) {
		return errMoneyRange
	}
	*m = Money(v)
	return nil
}

var (
	errMoneyJSON  = errors.New("money: want an integer number of pence")
	errMoneyRange = errors.New("money: amount is beyond ±(2^53-1) pence")
)

// ProRata adds up amounts that are each owed for a fraction of a common
// unit, and rounds once at the end. Adding a weekly rate for 3 nights and
// another for 4 nights, over 7, gives the same total as one rate for 7
// nights would: nothing is lost to rounding each part. The zero value is
// not ready: use NewProRata.
type ProRata struct {
	den int64
	num [2]uint64 // 128-bit numerator: hi, lo (non-negative parts only)
	neg [2]uint64 // 128-bit sum of negative parts
	err error
}

// NewProRata returns an accumulator of amounts in units of 1/den.
func NewProRata(den int64) ProRata {
	if den <= 0 {
		return ProRata{err: ErrDivideByZero}
	}
	return ProRata{den: den}
}

// Add adds amount×units/den to the total.
func (p *ProRata) Add(amount Money, units int64) {
	if p.err != nil || amount == 0 || units == 0 {
		return
	}
	hi, lo := bits.Mul64(abs64(int64(amount)), abs64(units))
	acc := &p.num
	if (amount < 0) != (units < 0) {
		acc = &p.neg
	}
	var carry uint64
	acc[1], carry = bits.Add64(acc[1], lo, 0)
	acc[0], carry = bits.Add64(acc[0], hi, carry)
	if carry != 0 {
		p.err = ErrOverflow
	}
}

// Total returns the sum, rounded once to the nearest penny, halves up.
func (p ProRata) Total() (Money, error) {
	if p.err != nil {
		return 0, p.err
	}
	neg := false
	hi, lo := p.num[0], p.num[1]
	if hi < p.neg[0] || (hi == p.neg[0] && lo < p.neg[1]) {
		neg = true
		hi, lo = p.neg[0], p.neg[1]
		var b uint64
		lo, b = bits.Sub64(lo, p.num[1], 0)
		hi, _ = bits.Sub64(hi, p.num[0], b)
	} else {
		var b uint64
		lo, b = bits.Sub64(lo, p.neg[1], 0)
		hi, _ = bits.Sub64(hi, p.neg[0], b)
	}
	c := uint64(p.den)
	if hi >= c {
		return 0, ErrOverflow
	}
	q, r := bits.Div64(hi, lo, c)
	if r >= c-r {
		q++
	}
	if q > math.MaxInt64 {
		return 0, ErrOverflow
	}
	if neg {
		return -Money(q), nil
	}
	return Money(q), nil
}

// AppendText appends the String form to b, without allocating when b has
// room.
func (m Money) AppendText(b []byte) ([]byte, error) { return m.appendTo(b), nil }
