package ssda903

import (
	"hash/maphash"

	"github.com/stablehomes/stablehomes"
)

// Shared derived facts of one validation, keyed by child.
//
// Every CHILD value of every table is interned once per validation: a
// child's key is a small integer, the same in every table, and each table
// gets a slice giving the key of each row. Rules keep per-child facts in
// slices indexed by key (childMarks, []int, ...) instead of string-keyed
// maps, which at a million episodes cost more in hashing and cache misses
// than the checks themselves. A key is the interned String() of the CHILD
// cell, so a blank CHILD has the key of "" (as a string-keyed map would
// treat it); ByChild and Sequences leave blank CHILD rows out, as before.

// childKeys is the interning table of one validation.
type childKeys struct {
	index keyIndex
	names []string
	rows  [numTables][]int32 // per table, the key of each row (built on first use)
	built [numTables]bool
}

// keyIndex finds a CHILD value's key: an open-addressing hash table whose
// slots hold the top 32 bits of the value's hash and its key + 1 (0 is an
// empty slot). At a million children it takes 8 MB where a
// map[string]int32 took about four times that, and a lookup of a child not yet
// seen (every row of Header) reads a few slots, most often without reading
// an interned string.
type keyIndex struct {
	seed  maphash.Seed
	slots []uint64
	n     int
}

// maxLoad is the share of slots the index fills before it grows: at a
// million children 7/8 keeps it at 8 MB where 3/4 takes 16, and with a
// 32-bit hash tag in each slot a longer probe rarely reads a string.
const maxLoadNum, maxLoadDen = 7, 8

// init sizes the index for about n values.
func (x *keyIndex) init(n int) {
	size := 16
	for size*maxLoadNum < n*maxLoadDen {
		size *= 2
	}
	x.seed, x.slots, x.n = maphash.MakeSeed(), make([]uint64, size), 0
}

// find returns the key of s among names, or the slot where s would go and
// its hash (for add).
func (x *keyIndex) find(names []string, s string) (key int32, slot int, h uint64, ok bool) {
	if x.slots == nil {
		return 0, 0, 0, false
	}
	h = maphash.String(x.seed, s)
	tag := h >> 32
	mask := len(x.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		e := x.slots[i]
		if e == 0 {
			return 0, i, h, false
		}
		if e>>32 == tag && names[uint32(e)-1] == s {
			return int32(uint32(e) - 1), i, h, true
		}
	}
}

// lookup is the key of s, if interned.
func (x *keyIndex) lookup(names []string, s string) (int32, bool) {
	k, _, _, ok := x.find(names, s)
	return k, ok
}

// add records names[key] (not yet in the index, hash h) at slot, as find
// gave them.
func (x *keyIndex) add(names []string, key int32, slot int, h uint64) {
	x.slots[slot] = h>>32<<32 | uint64(uint32(key)+1)
	x.n++
	if maxLoadDen*x.n > maxLoadNum*len(x.slots) {
		old := x.slots
		x.slots = make([]uint64, 2*len(old))
		mask := len(x.slots) - 1
		for _, e := range old {
			if e == 0 {
				continue
			}
			i := int(maphash.String(x.seed, names[uint32(e)-1])) & mask
			for x.slots[i] != 0 {
				i = (i + 1) & mask
			}
			x.slots[i] = e
		}
	}
}

// keysOf returns the key of each row of table id (nil for a missing
// table). Built once per validation.
func (c *Check) keysOf(id TableID) []int32 {
	k := &c.keys
	if id >= numTables {
		return nil
	}
	if k.built[id] {
		return k.rows[id]
	}
	if k.index.slots == nil {
		// Most children are in Header; the others grow the index a little.
		hint := 1024
		for _, t := range []TableID{Header, HeaderLast} {
			hint += c.Table(t).Len()
		}
		k.index.init(hint)
		k.names = make([]string, 0, hint)
	}
	t := c.Table(id)
	out := make([]int32, t.Len())
	col := t.Column("CHILD")
	prev, prevKey := "", int32(-1)
	for i := range out {
		c.poll(i)
		s := col.Cell(i).String()
		// Rows of one child usually come together: skip the hash then.
		if prevKey >= 0 && s == prev {
			out[i] = prevKey
			continue
		}
		// Tables usually list children in the order Header does, so the
		// next child is often the one interned after the previous: a
		// sequential read of names instead of a hash and a cache miss in
		// a map of a million children.
		var key int32
		if next := prevKey + 1; int(next) < len(k.names) && k.names[next] == s {
			key = next
		} else {
			var ok bool
			var slot int
			var h uint64
			key, slot, h, ok = k.index.find(k.names, s)
			if !ok {
				key = int32(len(k.names))
				k.names = append(k.names, s)
				k.index.add(k.names, key, slot, h)
			}
		}
		out[i] = key
		prev, prevKey = s, key
	}
	k.rows[id], k.built[id] = out, true
	return out
}

// childKey is the key of row i's CHILD in table id.
func (c *Check) childKey(id TableID, i int) int32 { return c.keysOf(id)[i] }

// lookupChild is the key of a CHILD value, false when no table interned so
// far holds it. Intern every table whose children may be asked about
// first: Check's own facts intern Header, Header_last, UASC, UASC_last and
// Episodes before answering.
func (c *Check) lookupChild(child string) (int32, bool) {
	if c.cur > 0 && c.keys.names[c.cur-1] == child {
		return c.cur - 1, true
	}
	// Rules that walk children (ByChild's, or a table's rows) mostly ask
	// in interning order: try the child after the last one found.
	names := c.keys.names
	if h := c.last; int(h) < len(names) && names[h] == child {
		c.last = h + 1
		return h, true
	}
	k, ok := c.keys.index.lookup(c.keys.names, child)
	if ok {
		c.last = k + 1
	}
	return k, ok
}

// internAll interns the CHILD values of every table of the return, so that
// every key exists and numChildren is final. Facts sized by numChildren call
// it first.
func (c *Check) internAll() {
	for id := range numTables {
		c.keysOf(id)
	}
}

// numChildren is the number of distinct CHILD values in the return.
func (c *Check) numChildren() int {
	c.internAll()
	return len(c.keys.names)
}

// childMarks is a set of children by key: marks[k] is true for a child in
// the set. Make one with c.marks() or c.childrenWhere.
type childMarks []bool

// marks returns an empty set sized for every child of the return.
func (c *Check) marks() childMarks { return make(childMarks, c.numChildren()) }

// row reports whether row i of table id belongs to a child in the set.
func (m childMarks) row(c *Check, id TableID, i int) bool { return m[c.childKey(id, i)] }

// has reports whether the child with this CHILD value is in the set.
func (m childMarks) has(c *Check, child string) bool {
	k, ok := c.lookupChild(child)
	return ok && m[k]
}

// childrenWhere is the keyed childSet: the children of table id's rows that
// pass keep (nil keeps all); a missing table gives an empty set.
func (c *Check) childrenWhere(id TableID, keep func(i int) bool) childMarks {
	m := c.marks()
	for i, k := range c.keysOf(id) {
		if keep == nil || keep(i) {
			m[k] = true
		}
	}
	return m
}

// rowsOf groups table id's rows by child key, all rows included (blank
// CHILD under the key of ""): rowsOf(id).of(k) lists child k's rows in
// table order. It shares ByChild's rows (4 bytes a child on top, where a
// [][]int by key took 24 and a copy of every row); cached for the
// validation; callers must not change the slices.
func (c *Check) rowsOf(id TableID) *keyedRows {
	if id >= numTables {
		return &keyedRows{}
	}
	if g := c.groups[id]; g != nil {
		return g
	}
	ix := c.ByChild(id)
	g := &keyedRows{ix: ix, blankKey: -1}
	if k, ok := c.keys.index.lookup(c.keys.names, ""); ok {
		// The key of "" holds the blank rows, which ByChild leaves out,
		// and any rows whose CHILD is the value "".
		g.blankKey = k
		for i, key := range c.keysOf(id) {
			if key == k {
				g.blank = append(g.blank, int32(i))
			}
		}
	}
	c.groups[id] = g
	return g
}

// keyedRows is rowsOf's grouping.
type keyedRows struct {
	ix       *ChildIndex
	blankKey int32   // the key of "", or -1
	blank    []int32 // the rows with that key
}

// of lists the rows of the child with key k, in table order.
func (g *keyedRows) of(k int32) []int32 {
	if k == g.blankKey {
		return g.blank
	}
	if n := g.ix.indexOf(k); n >= 0 {
		return g.ix.Rows.At(n)
	}
	return nil
}

// dobAt is DOB for row i of table id (the child's date of birth from
// Header, Header_last as a fallback), without hashing.
func (c *Check) dobAt(id TableID, i int) (stablehomes.Date, bool) {
	c.buildDOBs()
	d := c.dobKeyed[c.childKey(id, i)]
	return d, !d.IsZero()
}

func (c *Check) buildDOBs() {
	if c.dobKeyed != nil {
		return
	}
	dobs := make([]stablehomes.Date, c.numChildren())
	// Header wins over Header_last; within a table the later row wins.
	for _, id := range []TableID{HeaderLast, Header} {
		t := c.Table(id)
		dob := t.Column("DOB")
		keys := c.keysOf(id)
		for i := range t.Len() {
			if d, ok := dob.Cell(i).DateOK(); ok {
				dobs[keys[i]] = d
			}
		}
	}
	c.dobKeyed = dobs
}

// poll stops the validation (see validateRules) when its context is
// cancelled, checking once every 4096 calls with i the loop's index. Long
// loops in rules call it with their row index; the shared helpers
// (eachRow, seqRule, the facts above) already do.
func (c *Check) poll(i int) {
	// Inlined into every row loop: the context is looked at in one row of
	// 4096.
	if i&4095 == 0 {
		c.pollContext()
	}
}

func (c *Check) pollContext() {
	if c.ctx != nil && c.ctx.Err() != nil {
		panic(stopped{c.ctx.Err()})
	}
}

// stopped is the panic value poll raises; validateRules recovers it.
type stopped struct{ err error }
