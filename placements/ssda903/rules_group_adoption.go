package ssda903

// adoptionMissingRules are the rules on the AD1, PlacedAdoption and Missing tables, and the 1xx/3xx/4xx/5xx rules on episodes that go with them, by collection year: the versions added
// or replacing an earlier one in the year starting in year, and the codes
// removed that year.
func adoptionMissingRules(year int) (add []*Rule, remove []string) {
	return nil, nil
}
