package ssda903

// base2022 is the 2022-23 base set, grouped by topic in the order that
// matters most to the reform.
func base2022() []*Rule {
	noProvider := temporaryPlaces.with("Z1")
	return []*Rule{
		// Placements: type and provider.
		rule146(placeCodes2022),
		rule178(noProvider),
		rule213(temporaryPlaces),
		rule526(noProvider),
		rule527(), rule528(), rule529(), rule530(), rule531(), rule550(),
		// Distance and location.
		rule1015(),
	}
}
