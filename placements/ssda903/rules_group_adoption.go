package ssda903

import "slices"

// adoptionMissingRules are the rules on the AD1, PlacedAdoption and Missing tables, and the 1xx/3xx/4xx/5xx rules on episodes that go with them, by collection year: the versions added
// or replacing an earlier one in the year starting in year, and the codes
// removed that year.
func adoptionMissingRules(year int) (add []*Rule, remove []string) {
	add = append(add, adoptionTableRules(year)...) // branch rules-a
	return add, remove
}

// adoptionTableRules are the AD1 and PlacedAdoption rules new in the
// collection year starting in year (one version each, unchanged 2022-23 to
// 2026-27 in the peer's rule folders; none removed).
func adoptionTableRules(year int) []*Rule {
	if year != 2022 {
		return nil
	}
	return []*Rule{
		rule112(), rule113(), rule114(), rule151(), rule175(), rule176(), rule177(), rule333(),
		rule511(), rule514(), rule517(), rule518(), rule519(), rule520(), rule524(), ruleINT31(),
		rule115(), rule116(), rule119(), rule120(), rule522(), rule523(), rule525(),
	}
}

// THE ADOPTION TABLES ON THEIR OWN (branch rules-a).
//
// AD1 holds, for a child adopted in the year, the dates of the decision that
// adoption is in the child's best interests (DATE_INT) and of matching
// (DATE_MATCH), whether the adopters were the child's foster carers
// (FOSTER_CARE 0/1), how many adopt (NB_ADOPTR 1/2), their sexes (SEX_ADOPTR
// M1, F1 one adopter; MM, FF, MF a couple) and their legal status
// (LS_ADOPTR L0, L11, L12, L2, L3, L4). PlacedAdoption holds the decision
// that the child should be placed for adoption (DATE_PLACED) and its
// reversal (DATE_PLACED_CEASED with REASON_PLACED_CEASED RD1-RD4). Codes and
// rule texts: DfE, children looked after return technical specifications
// and validation rules
// (https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications).
// What each legal status allows is read from the rules' own messages: L0 a
// single adopter (514), L11 a different-sex married couple (520), L12 a
// same-sex married couple (524), L2 civil partners (519), L3 a different-sex
// couple (517), L4 a same-sex couple (518). That each rule applies unchanged
// 2022-23 to 2026-27 follows the peer validator's per-year rule folders
// (data-to-insight/csc-validator-be-903, lac2022_23 onwards); it is not
// checked against each year's DfE document (unconfirmed).

var (
	fosterCareCodes     = codes("0", "1")
	adopterCountCodes   = codes("1", "2")
	adopterSexCodes     = codes("M1", "F1", "MM", "FF", "MF")
	adopterLegalCodes   = codes("L0", "L11", "L12", "L2", "L3", "L4")
	placedCeasedReasons = codes("RD1", "RD2", "RD3", "RD4")
	singleAdopterSexes  = codes("M1", "F1")
	sameSexCouples      = codes("MM", "FF")
	coupleSexes         = codes("MM", "FF", "MF")
	differentSexCouples = codes("MF")
)

const adoptionRuleTopic = "adoption"

// adoptionRowRule judges each row of an adoption table (AD1 or
// PlacedAdoption) on its own; the rule is skipped, with the reason, when
// the table or one of the columns it reads is not supplied.
func adoptionRowRule(code, msg string, table TableID, fields []string, fails func(row *rowCursor) bool) *Rule {
	needs := []need{needTable(table)}
	for _, f := range fields {
		needs = append(needs, needColumn(table, f))
	}
	return &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{table}, Topic: adoptionRuleTopic,
		needs: needs, rowLocal: true,
		check: func(c *Check) { eachRow(c, table, fails) }}
}

// invalidDate: a value given that is not a dd/mm/yyyy date (day and month
// may be unpadded, as spreadsheets export them).
func invalidDate(v Cell) bool {
	_, ok := v.DateOK()
	return v.Has() && !ok
}

// adoptionDateRule: col, when given, is a valid date.
func adoptionDateRule(code, msg string, table TableID, col string) *Rule {
	return adoptionRowRule(code, msg, table, []string{col}, func(row *rowCursor) bool { return invalidDate(row.cell(col)) })
}

// adoptionCodeRule: col, when given (even as ""), is one of valid.
func adoptionCodeRule(code, msg string, table TableID, col string, valid codeSet) *Rule {
	return adoptionRowRule(code, msg, table, []string{col}, func(row *rowCursor) bool {
		v := row.cell(col)
		return v.Has() && !valid.has(v)
	})
}

// adopterSexRule: adopters of legal status ls have a SEX_ADOPTR in want (a
// blank SEX_ADOPTR is not in it).
func adopterSexRule(code, msg, ls string, want codeSet) *Rule {
	return adoptionRowRule(code, msg, AD1, []string{"LS_ADOPTR", "SEX_ADOPTR"}, func(row *rowCursor) bool {
		return row.cell("LS_ADOPTR").Is(ls) && !want.has(row.cell("SEX_ADOPTR"))
	})
}

func rule112() *Rule {
	return adoptionDateRule("112", "Date should be placed for adoption is not a valid date.", AD1, "DATE_INT")
}

func rule113() *Rule {
	return adoptionDateRule("113", "Date matching child and adopter(s) is not a valid date.", AD1, "DATE_MATCH")
}

func rule114() *Rule {
	return adoptionCodeRule("114", "Data entry to record the status of former carer(s) of an adopted child is invalid.", AD1, "FOSTER_CARE", fosterCareCodes)
}

// 151: the six AD1 items are all given or all blank.
func rule151() *Rule {
	return adoptionRowRule("151", "All data items relating to a childs adoption must be coded or left blank.", AD1, ad1Fields,
		func(row *rowCursor) bool { return anyHas(row, ad1Fields) && !allHave(row, ad1Fields) })
}

func rule175() *Rule {
	return adoptionCodeRule("175", "The number of adopter(s) code is not a valid code.", AD1, "NB_ADOPTR", adopterCountCodes)
}

func rule176() *Rule {
	return adoptionCodeRule("176", "The gender of adopter(s) at the date of adoption code is not a valid code.", AD1, "SEX_ADOPTR", adopterSexCodes)
}

func rule177() *Rule {
	return adoptionCodeRule("177", "The legal status of adopter(s) code is not a valid code.", AD1, "LS_ADOPTR", adopterLegalCodes)
}

// 333: given a matching date, the best-interests decision is given and on
// or before it (a DATE_INT that is not a date counts as not given).
func rule333() *Rule {
	return adoptionRowRule("333", "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).", AD1,
		[]string{"DATE_INT", "DATE_MATCH"}, func(row *rowCursor) bool {
			match, ok := row.date("DATE_MATCH")
			if !ok {
				return false
			}
			decided, ok := row.date("DATE_INT")
			return !ok || decided.After(match)
		})
}

// 511: two adopters are a couple (MM, FF or MF), not M1 or F1.
func rule511() *Rule {
	return adoptionRowRule("511", "If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.", AD1,
		[]string{"NB_ADOPTR", "SEX_ADOPTR"}, func(row *rowCursor) bool {
			return row.cell("NB_ADOPTR").Is("2") && singleAdopterSexes.has(row.cell("SEX_ADOPTR"))
		})
}

// 514: a single adopter (L0) is M1 or F1.
func rule514() *Rule {
	return adopterSexRule("514", "Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.", "L0", singleAdopterSexes)
}

// 517: an unmarried different-sex couple (L3) is MF.
func rule517() *Rule {
	return adopterSexRule("517", "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.", "L3", differentSexCouples)
}

// 518: an unmarried same-sex couple (L4) is MM or FF.
func rule518() *Rule {
	return adopterSexRule("518", "If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.", "L4", sameSexCouples)
}

// 519: civil partners (L2) are a couple (MM, FF or MF).
func rule519() *Rule {
	return adopterSexRule("519", "Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.", "L2", coupleSexes)
}

// 520: a different-sex married couple (L11) is MF.
func rule520() *Rule {
	return adopterSexRule("520", "Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.", "L11", differentSexCouples)
}

// 524: a same-sex married couple (L12) is MM or FF.
func rule524() *Rule {
	return adopterSexRule("524", "If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females", "L12", sameSexCouples)
}

// INT31: one AD1 row per child.
func ruleINT31() *Rule {
	r := intDuplicates("INT31", AD1)
	r.needs = append(r.needs, needColumn(AD1, "CHILD"))
	return r
}

func rule115() *Rule {
	return adoptionDateRule("115", "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.", PlacedAdoption, "DATE_PLACED")
}

func rule116() *Rule {
	return adoptionDateRule("116", "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.", PlacedAdoption, "DATE_PLACED_CEASED")
}

// 119: the reversal's date and reason are both given or both blank.
func rule119() *Rule {
	return adoptionRowRule("119", "If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.", PlacedAdoption,
		[]string{"REASON_PLACED_CEASED", "DATE_PLACED_CEASED"}, func(row *rowCursor) bool {
			return row.cell("DATE_PLACED_CEASED").Has() != row.cell("REASON_PLACED_CEASED").Has()
		})
}

func rule120() *Rule {
	return adoptionCodeRule("120", "The reason for the reversal of the decision that the child should be placed for adoption code is not valid.", PlacedAdoption, "REASON_PLACED_CEASED", placedCeasedReasons)
}

// 522: the reversal is not before the decision (both valid dates).
func rule522() *Rule {
	return adoptionRowRule("522", "Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.", PlacedAdoption,
		[]string{"DATE_PLACED", "DATE_PLACED_CEASED"}, func(row *rowCursor) bool {
			placed, ok1 := row.date("DATE_PLACED")
			ceased, ok2 := row.date("DATE_PLACED_CEASED")
			return ok1 && ok2 && ceased.Before(placed)
		})
}

// adoptionPairRule flags a PlacedAdoption row and an AD1 row of the same
// child when bad holds for the pair (every pair of the child's rows is
// judged).
func adoptionPairRule(code, msg string, fields, paCols, adCols []string, bad func(pa *Table, p int, ad *Table, a int) bool) *Rule {
	needs := []need{needTable(PlacedAdoption), needTable(AD1), needColumn(PlacedAdoption, "CHILD"), needColumn(AD1, "CHILD")}
	for _, f := range paCols {
		needs = append(needs, needColumn(PlacedAdoption, f))
	}
	for _, f := range adCols {
		needs = append(needs, needColumn(AD1, f))
	}
	return &Rule{Code: code, Message: msg, Fields: fields, Tables: []TableID{PlacedAdoption, AD1}, Topic: adoptionRuleTopic, needs: needs,
		check: func(c *Check) {
			pa, ad := c.Table(PlacedAdoption), c.Table(AD1)
			paIx, adIx := c.ByChild(PlacedAdoption), c.ByChild(AD1)
			// AD1 is small (one row per child adopted): index it by child
			// once; PlacedAdoption's groups are walked in order.
			adRows := make(map[string][]int32, adIx.Children.Len())
			for k, ch := range adIx.Children.All() {
				adRows[ch] = adIx.Rows.At(k)
			}
			var adFailed []bool // per row of the child's AD1 group, reused
			for k, ch := range paIx.Children.All() {
				as := adRows[ch]
				if len(as) == 0 {
					continue
				}
				adFailed = slices.Grow(adFailed[:0], len(as))[:len(as)]
				clear(adFailed)
				for _, p := range paIx.Rows.At(k) {
					failed := false
					for j, a := range as {
						if bad(pa, int(p), ad, int(a)) {
							failed, adFailed[j] = true, true
						}
					}
					if failed {
						c.Fail(PlacedAdoption, int(p))
					}
				}
				for j, a := range as {
					if adFailed[j] {
						c.Fail(AD1, int(a))
					}
				}
			}
		}}
}

// 523: the decision to place (PlacedAdoption DATE_PLACED) is the same day
// as the best-interests decision (AD1 DATE_INT), where both are valid
// dates.
func rule523() *Rule {
	return adoptionPairRule("523", "Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).",
		[]string{"DATE_PLACED", "DATE_INT"}, []string{"DATE_PLACED"}, []string{"DATE_INT"},
		func(pa *Table, p int, ad *Table, a int) bool {
			placed, ok1 := date(pa, p, "DATE_PLACED")
			decided, ok2 := date(ad, a, "DATE_INT")
			return ok1 && ok2 && placed != decided
		})
}

// 525: a child whose decision to place was reversed (DATE_PLACED_CEASED
// given) has no adoption details (any AD1 item given).
func rule525() *Rule {
	return adoptionPairRule("525", "A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.",
		append([]string{"DATE_PLACED_CEASED"}, ad1Fields...), []string{"DATE_PLACED_CEASED"}, ad1Fields,
		func(pa *Table, p int, ad *Table, a int) bool {
			return pa.Cell(p, "DATE_PLACED_CEASED").Has() && anyHasAt(ad, a, ad1Fields)
		})
}
