# Zaman — the two commands of the README are `make run` and `make test`.
# Both first install what is missing on Debian/Ubuntu (as root, or through
# sudo), then build. Everything else here is a helper for them.

SHELL := /bin/bash
GO ?= go
TAGS := sqlite_fts5 migrated_fynedo
GOFLAGS_TAGS := -tags '$(TAGS)'
BIN := bin/zaman
# Fyne cannot parse the C locale (it logs an error at start): use a real one.
ifeq ($(filter-out C C.% POSIX,$(LANG)),)
export LANG := en_US.UTF-8
endif
export CGO_ENABLED := 1

# System packages: to build (cgo, OpenGL, X11) and, for tests, a virtual
# display, ImageMagick (screenshots) and Unicode's conformance data.
BUILD_PKGS := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev \
	libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PKGS := xvfb x11-utils imagemagick unicode-data

.PHONY: run test build deps test-deps check-go vet bench fuzz clean

run: deps build
	./$(BIN)

test: test-deps check-go vet
	ZAMAN_SMOKE=require $(GO) test $(GOFLAGS_TAGS) -count=1 -timeout 45m ./...

build: check-go
	$(GO) build $(GOFLAGS_TAGS) -o $(BIN) .

vet: check-go
	$(GO) vet $(GOFLAGS_TAGS) ./...

bench: deps check-go
	$(GO) test $(GOFLAGS_TAGS) -run '^$$' -bench . -benchmem ./...

# fuzz runs every fuzz target for FUZZTIME each.
FUZZTIME ?= 30s
fuzz: deps check-go
	@set -e; for pkg in $$($(GO) list $(GOFLAGS_TAGS) ./...); do \
	  for f in $$($(GO) test $(GOFLAGS_TAGS) -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "== $$pkg $$f"; \
	    $(GO) test $(GOFLAGS_TAGS) -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

deps:
	@scripts/install-deps.sh $(BUILD_PKGS)

test-deps:
	@scripts/install-deps.sh $(BUILD_PKGS) $(TEST_PKGS)

check-go:
	@scripts/check-go.sh

clean:
	rm -rf bin testdata/failed */testdata/failed
