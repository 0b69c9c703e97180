module github.com/cognitionos/sdk-platform/sdks/go/otel

go 1.23.0

require (
	github.com/cognitionos/sdk-platform/sdks/go v0.0.0
	go.opentelemetry.io/otel v1.38.0
	go.opentelemetry.io/otel/trace v1.38.0
)

replace github.com/cognitionos/sdk-platform/sdks/go => ../
