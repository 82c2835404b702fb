package placements

// Category groups placement types the way the reform's family-first
// priorities read them (issue 4), from the SSDA903 placement type list in data/ssda903_placement_types.csv.
type Category string

// The placement categories.
const (
	CategoryWithParents          Category = "with-parents"
	CategoryKinshipFoster        Category = "kinship-foster"
	CategoryOtherFoster          Category = "other-foster"
	CategoryPlacedForAdoption    Category = "placed-for-adoption"
	CategoryChildrensHome        Category = "childrens-home"
	CategorySecure               Category = "secure"
	CategorySupportedIndependent Category = "supported-accommodation-and-independent-living"
	CategoryHealthOrCustody      Category = "health-or-custody"
	CategoryTemporary            Category = "temporary"
	CategoryOther                Category = "other"
)

// categoryOf maps the reference CSV's category column; R2 (NHS or health
// establishment) and R5 (young offender institution or prison) are health
// or custody settings rather than children's homes or secure children's
// homes, whatever group the CSV files them under.
var categoryOf = map[string]Category{
	"family":      CategoryWithParents,
	"kinship":     CategoryKinshipFoster,
	"foster":      CategoryOtherFoster,
	"adoption":    CategoryPlacedForAdoption,
	"residential": CategoryChildrensHome,
	"secure":      CategorySecure,
	"independent": CategorySupportedIndependent,
	"temporary":   CategoryTemporary,
	"other":       CategoryOther,
}

// Category returns the placement type's category ("" for an unknown code).
func (c Type) Category() Category {
	if f := typeFactsByCode[c]; f != nil {
		return f.category
	}
	return ""
}

// categoryFor works out a listed type's category from its data row.
func categoryFor(code string) Category {
	switch code {
	case "R2", "R5":
		return CategoryHealthOrCustody
	}
	return categoryOf[typeData[code]["category"]]
}
