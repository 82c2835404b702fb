package funding

//go:generate go run -tags schemagen ./internal/genschemas
