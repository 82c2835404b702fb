package dashboard

import "hash/maphash"

// childIndex numbers children by identifier. A return has hundreds of
// thousands of children, and a map keyed by a 64-bit hash of the
// identifier is several times faster there than one keyed by the string;
// the rare hash collision is caught by comparing identifiers and resolved
// in a small map keyed by string.
type childIndex struct {
	seed    maphash.Seed
	byHash  map[uint64]int32
	collide map[string]int32
	ids     []string
}

func newChildIndex(size int) *childIndex {
	return &childIndex{seed: maphash.MakeSeed(), byHash: make(map[uint64]int32, size)}
}

// find returns the number of a known child.
func (x *childIndex) find(id string) (int32, bool) {
	return x.findWithHash(maphash.String(x.seed, id), id)
}

func (x *childIndex) findWithHash(h uint64, id string) (int32, bool) {
	k, ok := x.byHash[h]
	if !ok {
		return 0, false
	}
	if x.ids[k] == id {
		return k, true
	}
	k, ok = x.collide[id]
	return k, ok
}

// add numbers a child, or returns its number if known.
func (x *childIndex) add(id string) int32 { return x.addWithHash(maphash.String(x.seed, id), id) }

func (x *childIndex) addWithHash(h uint64, id string) int32 {
	k, ok := x.byHash[h]
	if !ok {
		k = int32(len(x.ids))
		x.byHash[h] = k
		x.ids = append(x.ids, id)
		return k
	}
	if x.ids[k] == id {
		return k
	}
	if k, ok := x.collide[id]; ok {
		return k
	}
	if x.collide == nil {
		x.collide = map[string]int32{}
	}
	k = int32(len(x.ids))
	x.collide[id] = k
	x.ids = append(x.ids, id)
	return k
}
