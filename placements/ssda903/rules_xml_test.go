package ssda903

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"testing"
)

// 359 flags a child past the 18th birthday at the collection end; on the
// birthday itself (31 March) the child is not yet "following" it. Found on
// the XML return fake_xml (episode 298: DOB 31/03/2007, open at 31/03/2025).
func TestRule359BirthdayOnCollectionEnd(t *testing.T) {
	ret := &Return{Year: fy2024}
	ret.SetTable(table(Header, []string{"CHILD", "DOB"},
		[]string{"1", "31/03/2007"}, // 18 on 31/03/2025: not past it
		[]string{"2", "30/03/2007"}, // 18 the day before: past it
		[]string{"3", "01/01/2006"}, // past it, but V2 in K2
	))
	ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "DEC", "LS", "PLACE"},
		[]string{"1", "01/06/2024", "", "J2", "U4"},
		[]string{"2", "01/06/2024", "", "J2", "U4"},
		[]string{"3", "01/06/2024", "", "V2", "K2"},
		[]string{"2", "01/04/2024", "01/06/2024", "J2", "U4"}, // ended: fine
	))
	if got := failingRows(t, ret, "359"); !slices.Equal(got[Episodes], []int{1}) {
		t.Errorf("got %v", got)
	}
}

// The XML return fake_xml's postcodes are made up, and the material has no
// postcode lookup for it (testdata/peer-runs/README.md). The peer looks every
// postcode up in the ONS directory it ships, which by chance holds a few of
// them; we judge with what we are given. These placement postcodes are the
// ones the peer's verdicts show it found (derived: PL_POST of every episode
// the peer's 169 passes outside V3/V4 and its 420 flags in V3/V4); of the
// home postcodes its 392c shows only E17 4NR found beside a found placement
// postcode. The peer's rows for 169, 179, 392a, 392c and 420 are ours
// changed by exactly those postcodes; its whole run repeated with an empty
// lookup (peer commit 10ad07c, pandas 1.5.3) gives our rows for 169, 179,
// 392a and 420 and flags every episode in 392c.
var fakeXMLPeerFoundPL = []string{"B16 8TA", "B23 5LD", "B25 8NS", "B4 6HP", "E10 5UQ", "E14 5HR", "E8 9AJ", "G15 6QT", "L2 2PW", "L30 4WQ",
	"M14 5HF", "M18 8WL", "M20 3PR", "M24 1QX", "M26 3WL", "M27 8QJ", "M28 7ER", "N1 7ZG", "N7 9AT", "W4 1XD", "W9 1HB"}

var fakeXMLPeerFoundHome = []string{"E17 4NR"}

func testFakeXMLPostcodes(t *testing.T) {
	run := peerRuns[3]
	if run.dir != "fake_xml" {
		t.Fatal("peerRuns order changed")
	}
	ret := loadPeerRun(t, run, fy2024)
	data, err := os.ReadFile("testdata/peer-runs/fake_xml/peer-verdicts.json")
	if err != nil {
		t.Fatal(err)
	}
	var pv peerVerdicts
	if err := json.Unmarshal(data, &pv); err != nil {
		t.Fatal(err)
	}
	rep, err := Validate(context.Background(), ret, fy2024)
	if err != nil {
		t.Fatal(err)
	}
	ours := map[string][]int{}
	for _, r := range rep.Results {
		ours[r.Rule.Code] = gotRows(r)[Episodes.String()]
	}
	set := func(l []string) map[string]bool {
		m := map[string]bool{}
		for _, p := range l {
			m[NormalisePostcode(p)] = true
		}
		return m
	}
	pl, home := set(fakeXMLPeerFoundPL), set(fakeXMLPeerFoundHome)
	ep := ret.Table(Episodes)
	uasc := ret.UASCChildren()
	var plFound, bothFound, shortPLFound, notBoth []int
	for i := range ep.Len() {
		short := ep.Cell(i, "LS").Is("V3") || ep.Cell(i, "LS").Is("V4")
		p := pl[NormalisePostcode(ep.Cell(i, "PL_POST").String())]
		h := home[NormalisePostcode(ep.Cell(i, "HOME_POST").String())]
		switch {
		case p && short:
			shortPLFound = append(shortPLFound, i)
		case p:
			plFound = append(plFound, i)
			if h && !uasc[ep.Cell(i, "CHILD").String()] {
				bothFound = append(bothFound, i)
			}
		}
		if !(p && h) {
			notBoth = append(notBoth, i)
		}
	}
	union := func(a, b []int) []int { return slices.Sorted(slices.Values(append(slices.Clone(a), b...))) }
	peer := func(code string) []int { return slices.Sorted(slices.Values(pv.Rules[code].Rows["Episodes"])) }
	for _, code := range []string{"169", "179"} {
		// Without a lookup no episode has PL_LA or PL_LOCATION; the peer
		// derives them for the episodes placed at a postcode it found.
		if got, want := ours[code], union(peer(code), plFound); !slices.Equal(got, want) {
			t.Errorf("%s: ours %v, the peer's with the found postcodes %v", code, got, want)
		}
	}
	if got, want := ours["392a"], union(peer("392a"), bothFound); !slices.Equal(got, want) {
		t.Errorf("392a: ours %v, the peer's with the found postcodes %v", got, want)
	}
	if len(ours["420"]) != 0 || !slices.Equal(peer("420"), shortPLFound) {
		t.Errorf("420: ours %v, peer %v, V3/V4 at a found postcode %v", ours["420"], peer("420"), shortPLFound)
	}
	// Without a lookup 392c judges the shape, and every postcode here is
	// well formed; the peer flags each episode it could not find both
	// postcodes of.
	if len(ours["392c"]) != 0 || !slices.Equal(peer("392c"), notBoth) {
		t.Errorf("392c: ours %v, peer %d rows, episodes without both postcodes found %d", ours["392c"], len(peer("392c")), len(notBoth))
	}
}
