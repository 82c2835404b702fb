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
}

// AppliesOn reports whether the rule was in force on d, the date of the
// event being judged.
func (r Rule) AppliesOn(d Date) bool {
	if !r.From.IsZero() && d.Before(r.From) {
		return false
	}
	return r.To.IsZero() || !d.After(r.To)
}

// Error returns the rule's ID and title, so a Rule can be the target of
// errors.Is.
func (r Rule) Error() string { return r.ID + ": " + r.Title }
