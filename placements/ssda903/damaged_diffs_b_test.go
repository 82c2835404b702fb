package ssda903

import (
	"slices"
	"testing"

	"github.com/stablehomes/stablehomes"
)

// damagedDifferencesB: the differences on the damaged returns decided by
// branch dmg-b (issue 14), keyed as agreementDifferences.
var damagedDifferencesB = map[string]struct{ Reason, Case string }{
	"damaged/392a": {Reason: damagedUASCReason + " With every Header row flagged from its own CHILD, the peer's 392a gives our rows " +
		"but for the episodes of children who are in the UASC table with a date UASC ceased while their Header row lost its CHILD: " +
		"the UASC table names them as UASC, so we exempt them; the peer reads the Header flag only.",
		Case: damagedUASCCase},
	"damaged/392b": {Reason: damagedUASCReason + " With every Header row flagged from its own CHILD, the peer's 392b gives our rows " +
		"but for an episode of a child in the UASC table whose Header row lost its CHILD (as for 392a).",
		Case: damagedUASCCase},
	"damaged/406": {Reason: damagedUASCReason + " With every Header row flagged from its own CHILD, the peer's 406 gives our rows " +
		"but for a child in the UASC table whose Header row lost its CHILD (as for 392a: we count the child as UASC, the peer does not).",
		Case: damagedUASCCase},
	"damaged/426": {Reason: damagedBlankKeyReason + " For 426 (V3 and V4 episodes merged on CHILD) one V3 and one V4 among the " +
		"episodes that lost their CHILD flag every V3 and V4 episode with none.",
		Case: damagedBlankKeyCase},
	"damaged/523": {Reason: damagedBlankKeyReason + " For 523 (PlacedAdoption merged with AD1 on CHILD) the AD1 row and the " +
		"decision rows with no CHILD are compared with each other and flagged.",
		Case: damagedBlankKeyCase},
	"damaged/525": {Reason: damagedBlankKeyReason + " For 525 (PlacedAdoption merged with AD1 on CHILD) the ceased decision rows " +
		"with no CHILD and the AD1 row with none are taken for one child's.",
		Case: damagedBlankKeyCase},
	"damaged/331": {Reason: damagedBlankKeyReason + " For 331 (adoption episodes merged with AD1 on CHILD) an episode and an AD1 row " +
		"that both lost their CHILD are compared.",
		Case: "331 rows with no CHILD are no one child's"},
	"damaged/577": {Reason: damagedOverlapReason, Case: damagedOverlapCase},
	"damaged/578": {Reason: damagedOverlapReason, Case: damagedOverlapCase},
	"damaged/388": {Reason: damagedTieReason, Case: damagedTieCase},
	// Episodes of one child with the same DECOM (or none valid): the order
	// decides which episode is "previous".
	"damaged/383": {Reason: damagedTieReason, Case: damagedTieCase},
	"damaged/432": {Reason: damagedTieReason, Case: damagedTieCase},
	"damaged/435": {Reason: damagedTieReason, Case: damagedTieCase},
	"damaged/501": {Reason: damagedTieReason, Case: damagedTieCase},
}

const damagedTieCase = "episodes of a child that start the same day are ordered by their cells, not their rows"

// damagedTieReason: the peer's stable sort on CHILD and DECOM only.
const damagedTieReason = "Where two episodes of a child start the same day, or neither has a valid DECOM, the peer keeps them in " +
	"the order of the file's rows, so its verdict changes when the rows of a return are reordered. We order such episodes by DEC " +
	"(a dated end first) and then by their cells, so a verdict never depends on row order (TestPropertyRowOrderDoesNotMatter). Every " +
	"row where our verdict differs on the damaged returns seen belongs to such a tie."

const damagedBlankKeyCase = "426 523 525 rows with no CHILD are no one child's"

// damagedBlankKeyReason: pandas merges join missing keys.
const damagedBlankKeyReason = "Every row only the peer flags has a blank CHILD. The peer pairs rows of one child by a pandas merge on " +
	"CHILD, which joins a missing key with every missing key, so all the rows that lost their CHILD are judged as one child's. A blank " +
	"CHILD names no child, so we pair no row with it (as the peer's own group-by rules do, which drop a missing key)."

const damagedOverlapCase = "577 578 a missing period inside an episode that a shorter one overlaps"

// damagedOverlapReason: the peer's period of care ends with the last-started episode.
const damagedOverlapReason = "The peer chains a child's episodes (in DECOM order) into one period of care while each starts on or " +
	"before the previous one's DEC, and takes the period's end from the DEC of its last-started episode. Where episodes overlap " +
	"(on a damaged return, when a swapped or junk CHILD puts several children's episodes under one value), an episode that " +
	"started earlier can end later, so the peer finds a missing period outside care while an episode of care covers it. We " +
	"judge a missing start against each episode and a missing end against periods of episodes that run on (DEC equal to the " +
	"next DECOM); every row where our verdict differs (other than those equal to the peer's rule run alone) is such a child's."

const damagedUASCCase = "392a 392b 406 UASC status is the child's own, a blank CHILD names none"

// damagedUASCReason: the peer's CSV reader defect described in
// testdata/peer-runs/README.md (branch agree97).
const damagedUASCReason = "The peer's CSV reader sets Header's UASC flag from a left merge of Header with the UASC table on CHILD, " +
	"assigned back by row position; where CHILD is blank in both tables the merge joins every blank with every blank, grows, and " +
	"the flags land on other children's rows. We flag a Header row when its own CHILD is in the UASC table, and a blank CHILD is no child's."

func init() {
	for k, v := range damagedDifferencesB {
		agreementDifferences[k] = v
	}
}

// TestDamagedReadingsB checks the readings branch dmg-b adopted for blank
// and junk cells (issue 14), on data built for each.
func TestDamagedReadingsB(t *testing.T) {
	fy := stablehomes.FinancialYearStarting(2024)
	t.Run("388 judges an undated episode first and skips a DEC that is no date", func(t *testing.T) {
		ret := &Return{Year: fy}
		ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "REC"},
			[]string{"1", "", "01/06/2024", "X1"},            // no start: judged before 02/06: no continuation, 388
			[]string{"1", "02/06/2024", "01/07/2024", "E11"}, // last, not X1: fine
			[]string{"2", "01/05/2024", "31/02/2024", "X1"},  // DEC no date: not judged
			[]string{"2", "01/08/2024", "", "X1"},            // open and X1: 388
			[]string{"", "01/05/2024", "01/06/2024", "X1"},   // no child: not judged
		))
		if got := failingRows(t, ret, "388"); !slices.Equal(got[Episodes], []int{0, 3}) {
			t.Errorf("got %v", got)
		}
	})
}

func TestDamagedReadings504B(t *testing.T) {
	ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
	ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "REC", "CIN"},
		[]string{"1", "01/05/2024", "01/06/2024", "X1", "N1"},
		[]string{"1", "01/06/2024", "01/07/2024", "X1", ""},   // blank: no match, 504
		[]string{"1", "01/07/2024", "01/08/2024", "X1", "N1"}, // after a blank: 504
		[]string{"1", "01/08/2024", "", "", "N1"},             // as the one it continues: fine
		[]string{"2", "01/05/2024", "01/06/2024", "X1", "N2"},
		[]string{"2", "02/06/2024", "", "", "N3"}, // not contiguous: a new period
	))
	if got := failingRows(t, ret, "504"); !slices.Equal(got[Episodes], []int{1, 2}) {
		t.Errorf("got %v", got)
	}
}

func TestDamagedReadingsPrevPermB(t *testing.T) {
	ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
	ret.SetTable(table(PrevPerm, []string{"CHILD", "PREV_PERM", "LA_PERM", "DATE_PERM"},
		[]string{"1", "Z1", "", "31/02/2024"}, // not a real date: 632
		[]string{"2", "Z1", "", "ZZ/02/2020"}, // unknown day, real month: fine
		[]string{"3", "Z1", "", ""},           // episodes undated: 634 does not judge
		[]string{"4", "Z1", "", ""},           // care began before the year: 634
	))
	ret.SetTable(table(Episodes, []string{"CHILD", "DECOM"},
		[]string{"1", "01/05/2024"}, // first episode: flagged
		[]string{"1", "01/07/2024"}, // a later one: not
		[]string{"2", "01/05/2024"},
		[]string{"3", ""},
		[]string{"4", "01/05/2020"},
	))
	got := failingRows(t, ret, "632")
	if !slices.Equal(got[Episodes], []int{0}) || !slices.Equal(got[PrevPerm], []int{0}) {
		t.Errorf("632 got %v", got)
	}
	got = failingRows(t, ret, "634")
	if !slices.Equal(got[Episodes], []int{4}) || !slices.Equal(got[PrevPerm], []int{3}) {
		t.Errorf("634 got %v", got)
	}
}

func TestDamagedReadings387B(t *testing.T) {
	ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
	ret.SetTable(table(Header, []string{"CHILD", "DOB"},
		[]string{"1", "01/01/2005"}, []string{"2", ""}, []string{"3", "01/01/2015"}, []string{"", "01/01/2005"}))
	ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "REC"},
		[]string{"1", "01/05/2024", "01/06/2024", "E5"}, // 19: fine
		[]string{"2", "01/05/2024", "01/06/2024", "E5"}, // DOB unknown: 387
		[]string{"3", "01/05/2024", "01/06/2024", "E6"}, // 9: 387
		[]string{"4", "01/05/2024", "01/06/2024", "E6"}, // no Header row: 387
		[]string{"2", "01/05/2024", "", "E5"},           // open: not judged
		[]string{"", "01/05/2024", "01/06/2024", "E5"},  // no child: no DOB, 387
	))
	if got := failingRows(t, ret, "387"); !slices.Equal(got[Episodes], []int{1, 2, 3, 5}) {
		t.Errorf("got %v", got)
	}
}

func TestDamagedReadings552B(t *testing.T) {
	ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
	ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "PLACE"},
		[]string{"1", "01/05/2024", "A3"}, // decision after placement: 552
		[]string{"", "01/05/2024", "A3"},  // no child: pairs with no decision
	))
	ret.SetTable(table(PlacedAdoption, []string{"CHILD", "DATE_PLACED"},
		[]string{"1", "01/06/2024"}, []string{"", "01/06/2024"}))
	got := failingRows(t, ret, "552")
	if !slices.Equal(got[Episodes], []int{0}) || !slices.Equal(got[PlacedAdoption], []int{0}) {
		t.Errorf("got %v", got)
	}
}

func TestDamagedReadingsMissingB(t *testing.T) {
	ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
	ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC"},
		[]string{"1", "01/05/2024", "-1"}, // DEC no date: open, as a blank DEC
		[]string{"2", "01/05/2024", "01/06/2024"},
		[]string{"3", "01/05/2024", "01/06/2024"},
		[]string{"3", "01/09/2024", ""}, // back in care after a gap
	))
	ret.SetTable(table(Missing, []string{"CHILD", "MIS_START", "MIS_END"},
		[]string{"1", "10/05/2024", "20/05/2024"}, // inside child 1's episode: fine
		[]string{"2", "", "20/05/2024"},           // no start: 581 only
		[]string{"2", "YES", ""},                  // start no date: 581 only
		[]string{"2", "10/07/2024", ""},           // after care ended: 578, 581, 577
		[]string{"3", "10/07/2024", ""},           // no end, begun in the gap: 577, 578, 581
		[]string{"3", "10/09/2024", ""},           // no end, in the open period: fine
	))
	for code, want := range map[string][]int{"577": {3, 4}, "578": {3, 4}, "581": {1, 2, 3, 4}} {
		if got := failingRows(t, ret, code); !slices.Equal(got[Missing], want) {
			t.Errorf("%s got %v, want %v", code, got, want)
		}
	}
}

func TestDamagedReadings621B(t *testing.T) {
	ret := &Return{Year: stablehomes.FinancialYearStarting(2024)}
	ret.SetTable(table(Header, []string{"CHILD", "DOB", "MC_DOB"},
		[]string{"1", "01/01/2005", "01/01/2024"}, // fine
		[]string{"2", "", "01/01/2024"},           // DOB unknown: 621
		[]string{"3", "01/01/2005", "01/01/2004"}, // child born first: 621
		[]string{"4", "", "x"},                    // MC_DOB no date: not judged
	))
	if got := failingRows(t, ret, "621"); !slices.Equal(got[Header], []int{1, 2}) {
		t.Errorf("got %v", got)
	}
}
