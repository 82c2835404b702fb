package authoritydata

import _ "embed"

// CSV is the table: dfe_la_code, gss_code, name, la_type, region_code,
// region_name, in_use_from, ended, successor, source.
//
//go:embed local_authorities.csv
var CSV string
