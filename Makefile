# ChartDrill: the two commands a newcomer runs are `make run` and `make test`.
# Both install what a fresh Debian machine lacks, then build.

SWIFT        ?= swift
PREFIX       ?= /usr/local
CONFIG       ?= debug
BUILD_FLAGS  ?=
# Release builds link the Swift runtime statically: a whole `chartdrill lookup` then starts
# in about 6 ms instead of 8 to 10 (measured by `make bench`).
RELEASE_FLAGS ?= -c release -Xswiftc -static-stdlib
# The Python peer the lookup bench compares against, in a virtual environment of its own.
PEER_ENV     := .build/peer
APT_PACKAGES := libedit-dev pkg-config tmux
SHARED_DATA  ?= ../shared/data

.PHONY: all deps build run test bench install uninstall codesets lint clean

all: build

# System packages: apt-get update once, then install only what is missing.
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
		$$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y $$missing; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) $(BUILD_FLAGS) --product chartdrill

run: build
	@$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/chartdrill

# The class report's HTML is rendered in headless Chromium as part of the tests.
test: APT_PACKAGES += chromium
test: deps
	$(SWIFT) build $(BUILD_FLAGS)
	$(SWIFT) test $(BUILD_FLAGS)
	$$($(SWIFT) build --show-bin-path)/chartdrill lint Exercises
	Tests/Scripts/check-html-report.sh $$($(SWIFT) build --show-bin-path)/chartdrill

bench: deps
	$(SWIFT) build $(RELEASE_FLAGS) $(BUILD_FLAGS)
	@[ -x $(PEER_ENV)/bin/icd10-coder ] || { python3 -m venv $(PEER_ENV) && $(PEER_ENV)/bin/pip install -q icd10-coder==0.2.3; } \
		|| echo "icd10-coder could not be installed: the lookup bench runs without its peer"
	PATH="$(CURDIR)/$(PEER_ENV)/bin:$$PATH" $$($(SWIFT) build -c release --show-bin-path)/chartdrill-bench

# Rebuild Content/codesets/ from the official releases (see Content/codesets/SOURCES.md).
codesets: deps
	$(SWIFT) run -c release codeset-build $(SHARED_DATA) Content/codesets

lint: build
	$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/chartdrill lint Exercises

install: deps
	$(SWIFT) build $(RELEASE_FLAGS) $(BUILD_FLAGS) --product chartdrill
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/chartdrill
	install -m 755 $$($(SWIFT) build -c release --show-bin-path)/chartdrill $(DESTDIR)$(PREFIX)/bin/chartdrill
	rm -rf $(DESTDIR)$(PREFIX)/share/chartdrill/Content $(DESTDIR)$(PREFIX)/share/chartdrill/Exercises
	cp -R Content Exercises $(DESTDIR)$(PREFIX)/share/chartdrill/
	install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions
	$(DESTDIR)$(PREFIX)/bin/chartdrill --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/chartdrill
	$(DESTDIR)$(PREFIX)/bin/chartdrill --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_chartdrill

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/chartdrill $(DESTDIR)$(PREFIX)/share/chartdrill \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions/chartdrill \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_chartdrill

clean:
	rm -rf .build
