package workforce

import (
	"io"

	"github.com/stablehomes/stablehomes/internal/strictjson"
)

// DecodePractitioner reads one Practitioner strictly (unknown, duplicate
// or wrong-case members, nulls, unknown codes and oversize input are
// errors) and validates it. Errors are stablehomes.Violations.
func DecodePractitioner(r io.Reader) (Practitioner, error) {
	var p Practitioner
	if err := strictjson.Read(r, &p, 0); err != nil {
		return Practitioner{}, err
	}
	return p, p.Validate()
}

// DecodeAgencyEngagement reads one AgencyEngagement strictly and
// validates it (without regional price caps).
func DecodeAgencyEngagement(r io.Reader) (AgencyEngagement, error) {
	var e AgencyEngagement
	if err := strictjson.Read(r, &e, 0); err != nil {
		return AgencyEngagement{}, err
	}
	return e, e.Validate()
}

// DecodeApprentice reads one Apprentice strictly and validates it.
func DecodeApprentice(r io.Reader) (Apprentice, error) {
	var a Apprentice
	if err := strictjson.Read(r, &a, 0); err != nil {
		return Apprentice{}, err
	}
	return a, a.Validate()
}
