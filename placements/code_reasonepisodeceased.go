package placements

import (
	"github.com/stablehomes/stablehomes"
)

// ReasonEpisodeCeased is an SSDA903 reason episode ceased code (REC), as published.
type ReasonEpisodeCeased string

var reasonEpisodeCeasedList, _ = loadList("reason episode ceased", "reason_episode_ceased.csv")

// ParseReasonEpisodeCeased parses a reason episode ceased code valid in some collection year.
func ParseReasonEpisodeCeased(code string) (ReasonEpisodeCeased, error) {
	c, err := reasonEpisodeCeasedList.Parse(code)
	return ReasonEpisodeCeased(c), err
}

// ParseReasonEpisodeCeasedIn parses a reason episode ceased code valid in the collection year; an
// unknown or retired code is an error naming the year.
func ParseReasonEpisodeCeasedIn(code string, year stablehomes.FinancialYear) (ReasonEpisodeCeased, error) {
	c, err := reasonEpisodeCeasedList.ParseOn(code, year.Start())
	return ReasonEpisodeCeased(c), err
}

// ValidReasonEpisodeCeasedIn reports whether code is a reason episode ceased code valid in the year.
func ValidReasonEpisodeCeasedIn(code string, year stablehomes.FinancialYear) bool {
	return reasonEpisodeCeasedList.ValidOn(code, year.Start())
}

// ReasonEpisodeCeasedEntries lists every reason episode ceased code with its meaning, years and source.
func ReasonEpisodeCeasedEntries() []CodeEntry { return codeEntries(reasonEpisodeCeasedList) }

// String returns the code.
func (c ReasonEpisodeCeased) String() string { return string(c) }

// Title returns the code's meaning ("" for an unknown code).
func (c ReasonEpisodeCeased) Title() string {
	e, _ := reasonEpisodeCeasedList.Lookup(string(c))
	return e.Title
}

// MarshalText writes the code.
func (c ReasonEpisodeCeased) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText accepts only a listed code.
func (c *ReasonEpisodeCeased) UnmarshalText(b []byte) error {
	v, err := reasonEpisodeCeasedList.ParseText(b)
	if err != nil {
		return err
	}
	*c = ReasonEpisodeCeased(v)
	return nil
}
