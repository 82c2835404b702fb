package missions

//go:generate go run -tags schemagen ./internal/genschemas
