package stablehomes

// Source cites where a rule, a rate or a code comes from.
type Source struct {
	// Document is the title of the law, guidance or dataset.
	Document string `json:"document"`
	// Section is the section, paragraph or table within it.
	Section string `json:"section,omitempty"`
	// URL is where it is published.
	URL string `json:"url,omitempty"`
	// Unconfirmed is set where the library could not confirm the fact
	// against the published source; the note says what is missing.
	Unconfirmed string `json:"unconfirmed,omitempty"`
	// Derived is set where the fact is not published but computed from
	// published figures; it says how.
	Derived string `json:"derived,omitempty"`
}

// String gives "Document, Section (URL)".
func (s Source) String() string {
	out := s.Document
	if s.Section != "" {
		out += ", " + s.Section
	}
	if s.URL != "" {
		out += " (" + s.URL + ")"
	}
	if s.Derived != "" {
		out += " [derived: " + s.Derived + "]"
	}
	if s.Unconfirmed != "" {
		out += " [unconfirmed: " + s.Unconfirmed + "]"
	}
	return out
}

// Rule is a rule the library checks: an ID, a title, where it comes from
// and the dates it applies. A rule applies to an event (a placement's start,
// a week of care, an engagement's start) dated on or after From and, when
// To is set, on or before To. Each domain package lists its rules with a
// Rules() function, and every Violation names the rule it breaks.
//
// A Rule is an error value so that errors.Is(err, placements.SomeRule)
// reports whether a validation error includes a breach of that rule.
type Rule struct {
	// ID is stable and namespaced by package: "placements.unregulated-under-16".
	ID string `json:"id"`
	// Title says what the rule requires, in plain words.
	Title string `json:"title"`
	// Source cites the law or guidance.
	Source Source `json:"source"`
	// From is the first day the rule applies; zero means it has always
	// applied as far as the library's data goes.
	From Date `json:"from,omitzero"`
	// To is the last day the rule applies; zero means it is still in force.
	To Date `json:"to,omitzero"`
	// Commencement says which provision brought the rule into force, or
	// that it is enacted but not yet commenced. The zero value is a rule in
	// force from From.
	Commencement Commencement `json:"commencement,omitzero"`
}

// Commencement records how an enacted rule comes into force. A provision
// brought into force on a date the Act itself fixes has that date as the
// rule's From; one left to commencement regulations that nobody has made
// yet is Pending, and such a rule judges nothing on any date: the library
// never guesses a commencement date. When the regulations are made, the rule
// gets their date as From and Pending is cleared.
type Commencement struct {
	// Provision cites what commences the rule: "s78(2)(a): two months
	// after Royal Assent", "s78(5): by regulations".
	Provision string `json:"provision,omitempty"`
	// Pending is set while the rule is not yet commenced.
	Pending bool `json:"pending,omitempty"`
}

// IsZero reports a rule with no commencement recorded (in force from From).
func (c Commencement) IsZero() bool { return c == Commencement{} }

// Commenced reports whether the rule has been brought into force on some
// date (it may still not apply to an event before From).
func (r Rule) Commenced() bool { return !r.Commencement.Pending }

// CommencementStatus says in words whether and from when the rule is in
// force, as Rules() listings show it: "not yet commenced (s78(5): by
// regulations)", "in force from 2026-06-29 (s78(2)(a): ...)", "in force".
func (r Rule) CommencementStatus() string {
	prov := ""
	if r.Commencement.Provision != "" {
		prov = " (" + r.Commencement.Provision + ")"
	}
	switch {
	case r.Commencement.Pending:
		return "not yet commenced" + prov
	case !r.To.IsZero():
		if r.From.IsZero() {
			return "in force until " + r.To.String() + prov
		}
		return "in force from " + r.From.String() + " to " + r.To.String() + prov
	case !r.From.IsZero():
		return "in force from " + r.From.String() + prov
	}
	return "in force" + prov
}

// AppliesOn reports whether the rule was in force on d, the date of the
// event being judged. A rule not yet commenced applies on no date.
func (r Rule) AppliesOn(d Date) bool {
	if r.Commencement.Pending {
		return false
	}
	if !r.From.IsZero() && d.Before(r.From) {
		return false
	}
	return r.To.IsZero() || !d.After(r.To)
}

// Error returns the rule's ID and title, so a Rule can be the target of
// errors.Is.
func (r Rule) Error() string { return r.ID + ": " + r.Title }
