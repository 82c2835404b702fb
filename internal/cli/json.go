package cli

import "github.com/stablehomes/stablehomes"

// NotJSON reports whether a record's violations say only that it is not
// a JSON document at all (bad syntax, nothing, trailing bytes, too large
// to read), as every line of a binary file or a CSV file is. A file whose
// every record is NotJSON has nothing readable: an input error (exit 2),
// not a file of rejected records (exit 1).
func NotJSON(vs stablehomes.Violations) bool {
	if len(vs) == 0 {
		return false
	}
	for _, v := range vs {
		switch v.Code {
		case "json.syntax", "json.invalid-utf8", "json.empty", "json.trailing-data", "json.too-large":
		default:
			return false
		}
	}
	return true
}
