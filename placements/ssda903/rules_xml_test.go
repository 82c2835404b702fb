package ssda903

import (
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
