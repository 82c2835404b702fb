package ssda903

// reviewsPermanenceRules are the rules on the Reviews and PrevPerm tables, OC2/OC3 follow-ups and the integrity rules, by collection year: the versions added
// or replacing an earlier one in the year starting in year, and the codes
// removed that year.
func reviewsPermanenceRules(year int) (add []*Rule, remove []string) {
	return nil, nil
}
