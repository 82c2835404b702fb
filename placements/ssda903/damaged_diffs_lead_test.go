package ssda903

// damagedDifferencesLead: a difference found by the lead on damaged returns
// made by damage.py with seeds 17-19 (not committed), keyed as
// agreementDifferences.
var damagedDifferencesLead = map[string]struct{ Reason, Case string }{
	"damaged/407": {Reason: damagedBlankKeyReason + " For 407 (episodes ending in a special guardianship order merged with Header " +
		"on CHILD) an episode that lost its CHILD is judged by the peer against every Header row that lost its CHILD, and those " +
		"aged 18 by its DEC are flagged; we take no date of birth for it. In its whole run the peer also judges open episodes, " +
		"whose blank DEC its rule 365 has set to 31 March.",
		Case: "407 an episode with no CHILD takes no date of birth"},
}

func init() {
	for k, v := range damagedDifferencesLead {
		agreementDifferences[k] = v
	}
}
