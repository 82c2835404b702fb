package workforce

//go:generate go run -tags schemagen ./internal/genschemas
