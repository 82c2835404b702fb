package placements

import (
	"github.com/stablehomes/stablehomes"
)

// Provider is an SSDA903 placement provider code (PLACE_PROVIDER), as published.
type Provider string

var providerList, _ = loadList("placement provider", "placement_providers.csv")

// ParseProvider parses a placement provider code valid in some collection year.
func ParseProvider(code string) (Provider, error) {
	c, err := providerList.Parse(code)
	return Provider(c), err
}

// ParseProviderIn parses a placement provider code valid in the collection year; an
// unknown or retired code is an error naming the year.
func ParseProviderIn(code string, year stablehomes.FinancialYear) (Provider, error) {
	c, err := providerList.ParseOn(code, year.Start())
	return Provider(c), err
}

// ValidProviderIn reports whether code is a placement provider code valid in the year.
func ValidProviderIn(code string, year stablehomes.FinancialYear) bool {
	return providerList.ValidOn(code, year.Start())
}

// ProviderEntries lists every placement provider code with its meaning, years and source.
func ProviderEntries() []CodeEntry { return codeEntries(providerList) }

// String returns the code.
func (c Provider) String() string { return string(c) }

// Title returns the code's meaning ("" for an unknown code).
func (c Provider) Title() string {
	e, _ := providerList.Lookup(string(c))
	return e.Title
}

// MarshalText writes the code.
func (c Provider) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText accepts only a listed code.
func (c *Provider) UnmarshalText(b []byte) error {
	v, err := providerList.ParseText(b)
	if err != nil {
		return err
	}
	*c = Provider(v)
	return nil
}
