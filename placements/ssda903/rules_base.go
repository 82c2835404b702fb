package ssda903

// base2022 is the 2022-23 base set, grouped by topic in the order that
// matters most to the reform.
func base2022() []*Rule {
	noProvider := temporaryPlaces.with("Z1")
	return append([]*Rule{
		// Placements: type and provider.
		rule146(placeCodes2022),
		rule178(noProvider),
		rule213(temporaryPlaces),
		rule526(noProvider),
		rule527(), rule528(), rule529(), rule530(), rule531(), rule550(),
		// Placements: Ofsted URN.
		rule218(noURN2022), rule222(noURN2022),
		rule219(), rule221(), rule224(), rule227(), rule228(), rule229(), rule1008(),
		// Placements: minimum ages and adoption.
		rule370(15), rule371("H5", 14), rule372(), rule373(), rule374(),
		rule217(), rule335(), rule336(), rule408(), rule521(), rule551(), rule557(),
		// Placements: temporary placements.
		rule375(), rule376(), rule377(), rule379(), rule380(), rule381(), rule383(false),
		// Distance and location.
		rule164(), rule392a(), rule392b(), rule392c(), rule392d(), rule398(), rule406(),
		rule411(), rule420(), rule452(), rule453(), rule169(), rule179(), rule214(),
		// Carried over from last year's open episode.
		rule503A(), rule503B(), rule503C(), rule503D(nil), rule503E(), rule503F(), rule503G(), rule503H(), rule503J(),
		rule1015(),
		// Dates, overlaps and continuity.
		rule141(), rule147(), rule148(), rule353(), rule354(), rule355(), rule356(), rule385(),
		rule142(), rule388(), rule501(), rule431(), rule433(),
		rule502(), rule562(), ruleNoE(), ruleEPI(),
		// Codes and reasons.
		rule143(), rule144(), rule145(), rule149(), rule1009(),
		rule225(), rule226("Reason for placement change is not required."),
		// Legal status.
		rule358(), rule359(), rule361(), rule362(), rule363(), rule364(), rule365(), rule367(),
		rule378(), rule382(), rule384(), rule399(), rule426(), rule445(), rule446(), rule451(), rule554(),
		// Reasons for new and ceased episodes.
		rule357(), rule386(), rule387(), rule389(), rule390(), rule407(), rule432(),
		rule434(), rule435(), rule436(), rule437(), rule460(), rule516(), rule580(),
		// Care leavers (OC3).
		rule131(), rule132(), rule133(), rule134(), rule153(), rule344(), rule345(), rule391(),
		rule3001(), rule1000(), rule1002(), rule1007(), rule1010(), rule1011(), rule1012(),
		// Health and outcomes (OC2).
		rule157(), rule158(), rule159(), rule180(), rule181(), rule182(), rule185(), rule186(),
		rule188(), rule189(), rule190(), rule191(), rule192(), rule193(), rule196(), rule197a(),
		rule197B(), rule198(), rule542(), rule543(), rule544(), rule545(), rule546(), rule547(),
		// The child: Header and UASC.
		rule101("Gender code is not valid.", sexCodes2022), rule102(), rule103(), rule104(), rule105(),
		rule168(), rule171(), rule174("Mother's child date of birth is recorded but gender shows that the child is a male.", "1"),
		rule209(), rule301(), rule302(), rule303(), rule304(), rule202(), rule203(), rule204(), rule207(),
		rule351(), rule352(), rule393("2"), rule442(), rule504(), rule611(), rule612("2"),
		rule620(), rule621(), rule624(), rule625(), rule626(), rule628(),
		rule601(), rule602(), rule607("2"), rule630(), rule632(), rule634(),
		rule117(), rule118(), rule184(), rule165(), rule187(), rule215(),
		rule331(), rule334(), rule366(), rule552(), rule553(), rule555(), rule556(),
		rule575(), rule577(), rule578(), rule581(), rule582(), rule1003(),
		rule199(), rule1001(), rule205A(), rule205B(), rule205C(), rule205D(), rule1014(),
		rule208(), rule210(), rule558(),
	},
		// Integrity between tables.
		integrityRules()...)
}
