package ssda903

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// A code set's packed table answers exactly as its map: for every code of
// every set the rules use, and for strings near them (one byte changed,
// cut, lengthened, a NUL added), and for random short strings.
func TestCodeSetHasMatchesItsMap(t *testing.T) {
	sets := []codeSet{placeCodes2022, placeCodes2024, placeCodes2025, providerCodes, legalStatusCodes, rneCodes,
		recCodes, placeChangeCodes, accomCodes, ethnicCodes, laPermCodes, noURN2025, zeroOrOne, codes(""),
		codes("A", "A\x00", "AB"), codes("TOOLONGCODE", "X1"), codes()}
	r := rand.New(rand.NewPCG(1, 2))
	packed := 0
	for _, s := range sets {
		if s.tab != nil {
			packed++
		}
		var probes []string
		for c := range s.m {
			probes = append(probes, c, c+"\x00", c+"1", strings.ToLower(c))
			if len(c) > 0 {
				probes = append(probes, c[:len(c)-1], c[1:], string(c[0]+1)+c[1:])
			}
		}
		for range 2000 {
			b := make([]byte, r.IntN(9))
			const alphabet = "0123456789ABEKLPRSTUVXZ\x00"
			for i := range b {
				b[i] = alphabet[r.IntN(len(alphabet))]
			}
			probes = append(probes, string(b))
		}
		for _, p := range probes {
			_, want := s.m[p]
			if got := s.has(ValueCell(p)); got != want {
				t.Fatalf("has(%q) = %v, want %v", p, got, want)
			}
			if s.has(NullCell()) || s.has(Cell{}) {
				t.Fatal("a blank cell is in a set")
			}
		}
	}
	if packed < len(sets)-2 {
		t.Errorf("only %d of %d sets packed", packed, len(sets))
	}
}
