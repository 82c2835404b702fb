// Package canary_test holds the module's canary test: personal-data
// stand-ins planted in every member and cell never reach any output.
package canary_test
