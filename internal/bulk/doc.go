// Package bulk validates many payloads from one stream — an NDJSON file of
// a million placements, or a single JSON document — with bounded memory,
// reporting every bad record with its line and losing none: after a run,
// accepted + rejected = read, always.
package bulk
