package registry

//go:generate go run ./internal/readmegen ../../README.md
