package ssda903

// socialWorkerDoLoRules are the rules on the SWEpisodes table (SW rules) and the DoLo table (7xx rules), by collection year: the versions added
// or replacing an earlier one in the year starting in year, and the codes
// removed that year.
func socialWorkerDoLoRules(year int) (add []*Rule, remove []string) {
	return nil, nil
}
