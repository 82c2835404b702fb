package carers

//go:generate go run ./internal/genschemas
