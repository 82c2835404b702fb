package ssda903

// changes2023 are the rule versions new or changed in 2023-24.
func changes2023() []*Rule {
	return []*Rule{
		rule370(16), rule371("H5", 16),
		rule217t(), rule230(),
		rule347(), rule1016(), ruleSW01STG1(), ruleSW12STG2(),
	}
}

// changes2024 are the rule versions new or changed in 2024-25 (removals
// are in the registry).
func changes2024() []*Rule {
	return []*Rule{
		rule146(placeCodes2024),
		rule218(noURN2024), rule222(noURN2024),
		rule371("K3", 16),
		rule503D(map[string]codeSet{"H5": codes("K3")}),
		rule101("The child or young person’s reported sex is not valid.", sexCodes2024),
		rule174("Mother's child date of birth is recorded but sex shows that the child is a male.", "M"),
		rule231(), rule232(), rule393("F"), rule612("F"), rule607("F"),
	}
}

// changes2025 are the rule versions new or changed in 2025-26.
func changes2025() []*Rule {
	return []*Rule{
		rule146(placeCodes2025),
		// The peer's 2025-26 178 leaves T4 out of its no-provider list
		// while 213 and 526 include it (reference §1.7); we follow each
		// rule's own list so the cases agree, and note it in DIFFERENCES.
		rule178(temporaryPlaces.without("T4").with("Z11", "Z12", "Z13", "Z14")),
		rule213(temporaryPlaces.with("Z11", "Z12", "Z13", "Z14")),
		rule526(temporaryPlaces.with("Z11", "Z12", "Z13", "Z14")),
		rule218(noURN2025), rule222(noURN2025),
		rule454(),
		rule226("Reason for placement change is not required for temporary placements."),
		rule233(), rule234(),
		rule383(true),
		rule348(), rule444(),
		rule503D(map[string]codeSet{"H5": codes("K3"), "Z1": otherPlaces2025}),
	}
}

// changes2026 are the rule versions new or changed in 2026-27.
func changes2026() []*Rule {
	return []*Rule{
		rule707(), rule709(), rule710(),
	}
}
