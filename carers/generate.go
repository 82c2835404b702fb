package carers

//go:generate go run -tags schemagen ./internal/genschemas
