module github.com/cognitionos/sdk-platform/sdks/go

go 1.23
