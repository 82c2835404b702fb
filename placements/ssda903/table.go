package ssda903

import (
	"fmt"
	"strings"

	"github.com/stablehomes/stablehomes"
)

// TableID names one table of the return. The current year's tables come
// first; each has a previous-year twin (Last) holding last year's return,
// which rules comparing years (502, 503A-J, the UASC history in 164/392a)
// need.
type TableID uint8

// The tables of the SSDA903 return (names as published; V903
// lac_validator/config.py column_names, https://github.com/data-to-insight/csc-validator-be-903;
// DfE, https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications).
const (
	Header TableID = iota
	Episodes
	UASC
	OC2
	OC3
	Missing
	Reviews
	AD1
	PlacedAdoption
	PrevPerm
	SWEpisodes // from 2023-24
	DoLo       // deprivation of liberty orders, from 2026-27
	numCurrent
)

// The previous year's versions of the tables.
const (
	HeaderLast TableID = iota + numCurrent
	EpisodesLast
	UASCLast
	OC2Last
	OC3Last
	MissingLast
	ReviewsLast
	AD1Last
	PlacedAdoptionLast
	PrevPermLast
	SWEpisodesLast
	DoLoLast
	numTables
)

// OfstedProviders identifies the Ofsted provider list a caller may supply
// in Metadata.Providers (not a table of the return).
const OfstedProviders TableID = 200

var tableNames = [numCurrent]string{
	"Header", "Episodes", "UASC", "OC2", "OC3", "Missing", "Reviews", "AD1",
	"PlacedAdoption", "PrevPerm", "SWEpisodes", "DoLo",
}

// Tables lists every table, current year first.
func Tables() []TableID {
	out := make([]TableID, numTables)
	for i := range out {
		out[i] = TableID(i)
	}
	return out
}

// IsLast reports whether t is a previous-year table.
func (t TableID) IsLast() bool { return t >= numCurrent && t < numTables }

// Last returns the previous-year twin of a current table (and t itself for a
// previous-year table).
func (t TableID) Last() TableID {
	if t < numCurrent {
		return t + numCurrent
	}
	return t
}

// Current returns the current-year table of a previous-year twin.
func (t TableID) Current() TableID {
	if t.IsLast() {
		return t - numCurrent
	}
	return t
}

// Valid reports whether t is one of the known tables.
func (t TableID) Valid() bool { return t < numTables }

// String is the published name, with "_last" for previous-year tables
// (the peer validator's convention).
func (t TableID) String() string {
	switch {
	case t < numCurrent:
		return tableNames[t]
	case t < numTables:
		return tableNames[t-numCurrent] + "_last"
	case t == OfstedProviders:
		return "provider_info"
	}
	return fmt.Sprintf("TableID(%d)", uint8(t))
}

// ParseTableID reads a table name ("Episodes", "Header_last"), ignoring case
// and underscores inside the name ("placed_adoption", "SW_Episodes").
func ParseTableID(s string) (TableID, error) {
	key := strings.ToLower(s)
	last := false
	if k, ok := strings.CutSuffix(key, "_last"); ok {
		key, last = k, true
	}
	key = strings.ReplaceAll(key, "_", "")
	for i, n := range tableNames {
		if strings.ToLower(n) == key {
			if last {
				return TableID(i).Last(), nil
			}
			return TableID(i), nil
		}
	}
	return 0, fmt.Errorf("ssda903: unknown table name (want one of %s)", strings.Join(tableNames[:], ", "))
}

// Derived episode columns: the placement's upper-tier authority, IN/OUT of the
// responsible authority, and straight-line distance in miles. DfE derives them
// from postcodes; a file may carry them (DfE, https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications).
const (
	ColPlacementLA       = "PL_LA"
	ColPlacementLocation = "PL_LOCATION"
	ColPlacementDistance = "PL_DISTANCE"
)

// columnSpec is one table's published columns for a run of collection years.
type columnSpec struct {
	required []string
	optional []string // accepted when present (derived or XML-only fields)
	from     int      // first collection year (start year), 0 = always
}

// V903 lac_validator/config.py column_names; SWEpisodes from 2023-24 and DoLo
// from 2026-27 (DfE, https://www.gov.uk/government/publications/children-looked-after-return-2026-to-2027-technical-specifications). UASC in Header is XML-only (the
// peer adds it for CSV); derived episode fields are optional.
var columnSpecs = [numCurrent]columnSpec{
	Header:         {required: []string{"CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"}, optional: []string{"UASC"}},
	Episodes:       {required: []string{"CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"}, optional: []string{ColPlacementLA, ColPlacementLocation, ColPlacementDistance}},
	Reviews:        {required: []string{"CHILD", "DOB", "REVIEW", "REVIEW_CODE"}},
	UASC:           {required: []string{"CHILD", "SEX", "DOB", "DUC"}},
	OC2:            {required: []string{"CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"}},
	OC3:            {required: []string{"CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"}},
	AD1:            {required: []string{"CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"}},
	PlacedAdoption: {required: []string{"CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"}},
	PrevPerm:       {required: []string{"CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"}},
	Missing:        {required: []string{"CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"}},
	SWEpisodes:     {required: []string{"CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"}, from: 2023},
	DoLo:           {required: []string{"CHILD", "DOLO_START", "DOLO_END"}, optional: []string{"DOB"}, from: 2026},
}

// Columns returns the published columns of table t in collection year y
// (required first, then optional ones a file may carry), and false when the
// table is not part of that year's return.
func Columns(t TableID, y stablehomes.FinancialYear) (required, optional []string, ok bool) {
	if !t.Valid() {
		return nil, nil, false
	}
	if t.IsLast() {
		y = y.Prev()
	}
	s := columnSpecs[t.Current()]
	if s.from != 0 && y.StartYear() < s.from {
		return nil, nil, false
	}
	return s.required, s.optional, true
}
