module github.com/cognitionos/sdk-platform/test/chaos/drivers/go

go 1.24

require github.com/cognitionos/sdk-platform/sdks/go v0.0.0

replace github.com/cognitionos/sdk-platform/sdks/go => ../../../../sdks/go
