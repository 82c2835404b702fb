package ssda903

// conformanceDifferences is the single reviewed list of peer cases where we
// deliberately give a different answer, keyed "year/rule/case index" (case
// index within the case file). Ours is the answer we test instead, by table
// and sorted row positions; Reason says why the peer is wrong or why we
// read the rule differently.
var conformanceDifferences = map[string]struct {
	Reason string
	Ours   map[string][]int
}{}
