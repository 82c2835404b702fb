package placements

import (
	"github.com/stablehomes/stablehomes"
)

// ReasonNewEpisode is an SSDA903 reason for new episode code (RNE), as published.
type ReasonNewEpisode string

var reasonNewEpisodeList, _ = loadList("reason for new episode", "reason_new_episode.csv")

// ParseReasonNewEpisode parses a reason for new episode code valid in some collection year.
func ParseReasonNewEpisode(code string) (ReasonNewEpisode, error) {
	c, err := reasonNewEpisodeList.Parse(code)
	return ReasonNewEpisode(c), err
}

// ParseReasonNewEpisodeIn parses a reason for new episode code valid in the collection year; an
// unknown or retired code is an error naming the year.
func ParseReasonNewEpisodeIn(code string, year stablehomes.FinancialYear) (ReasonNewEpisode, error) {
	c, err := reasonNewEpisodeList.ParseOn(code, year.Start())
	return ReasonNewEpisode(c), err
}

// ValidReasonNewEpisodeIn reports whether code is a reason for new episode code valid in the year.
func ValidReasonNewEpisodeIn(code string, year stablehomes.FinancialYear) bool {
	return reasonNewEpisodeList.ValidOn(code, year.Start())
}

// ReasonNewEpisodeEntries lists every reason for new episode code with its meaning, years and source.
func ReasonNewEpisodeEntries() []CodeEntry { return codeEntries(reasonNewEpisodeList) }

// String returns the code.
func (c ReasonNewEpisode) String() string { return string(c) }

// Title returns the code's meaning ("" for an unknown code).
func (c ReasonNewEpisode) Title() string {
	e, _ := reasonNewEpisodeList.Lookup(string(c))
	return e.Title
}

// MarshalText writes the code.
func (c ReasonNewEpisode) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText accepts only a listed code.
func (c *ReasonNewEpisode) UnmarshalText(b []byte) error {
	v, err := reasonNewEpisodeList.ParseText(b)
	if err != nil {
		return err
	}
	*c = ReasonNewEpisode(v)
	return nil
}
