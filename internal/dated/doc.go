// Package dated is the one effective-dated table of the library: entries
// that each apply over a span of days (rates by year, rules by
// commencement), looked up by the date of the event judged, never by
// today's clock. A date outside every entry is an error naming the table
// and the nearest spans, never a guess.
package dated
