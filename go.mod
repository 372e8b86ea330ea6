module github.com/bounce-analyzer/bounce

go 1.26.8

require (
	github.com/emersion/go-message v0.18.2
	github.com/spf13/pflag v1.1.0
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/text v0.44.0
)
