// Package citation holds the checked list of hosts the library may cite as a
// source (allowed_hosts.csv: the publishers of law, guidance, statistics and
// the data files, each exception named and justified) and the checks that
// every citation in the module's code and data can be opened by a user: its
// URL is on a listed host, and any file it names is in the module.
//
// The package's test applies both checks to every Go source, embedded CSV and
// data JSON file of the module; examples/sources uses Host to say which kind
// of publisher each fact's source is.
package citation
