package registry

//go:generate go run ./readmegen ../../README.md
