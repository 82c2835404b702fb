// Package gens holds the gopter generators and test parameters that every
// package's property tests share. Generators build valid values by
// construction (no filtering), so properties never give up.
package gens
