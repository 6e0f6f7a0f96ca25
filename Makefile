# The fuzz recipe reads PIPESTATUS.
SHELL := /bin/bash

# postmortem: two commands on a new machine, `make demo` and `make test`.
# Each installs what is missing (scripts/install-deps.sh), builds, and runs.

SWIFT ?= swift
PREFIX ?= /usr/local
BUILD_FLAGS ?=
BIN_DIR = $(shell $(SWIFT) build $(BUILD_FLAGS) --show-bin-path 2>/dev/null)
# A statically linked standard library starts the process in about half the time.
# Concrete generic types instantiated through metadata accessors, not mangled names: a mangled
# name is decoded at first use, and each conformance it names (a Dictionary key's Hashable…)
# is found by scanning the binary's 6,300 conformance records. That was a fifth of a one-file
# lint (42.8 M -> 33.6 M instructions on the seed); the corpus runs the same.
# Linked as a fixed-address executable (-no-pie): a position-independent one carries 80,000
# relocations that the loader applies at every start, writing to some 200 pages of data: a
# one-file lint took 0.9 ms less (9.8 -> 8.9 ms, medians of 60 runs; 946 -> 738 page faults).
# The tool reads local files only; it gives up address randomisation of its own code for that.
RELEASE_FLAGS ?= -c release --static-swift-stdlib \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
  -Xlinker -no-pie
RELEASE_BIN_DIR = $(shell $(SWIFT) build $(RELEASE_FLAGS) --show-bin-path 2>/dev/null)

.PHONY: all deps test-deps bench-deps build release test demo bench bench-corpus fuzz fuzz-build sanitize install uninstall generate format format-check clean help

all: build

help:
	@echo "make demo     install what is missing, build, and run postmortem on postmortems/"
	@echo "make test     install what is missing, build, and run every test"
	@echo "make build    debug build          make release   optimised build"
	@echo "make install  PREFIX=/usr/local    make format    swift-format the sources"
	@echo "make generate embed templates/ into the binary after editing it"
	@echo "make bench    N=10000 RUNS=5: lint/actions over a generated corpus vs the cmark-gfm CLI"
	@echo "make fuzz     FUZZ_SECONDS=600: libFuzzer + ASan over the whole pipeline"
	@echo "make sanitize the test suite under ThreadSanitizer and AddressSanitizer"

deps:
	@scripts/install-deps.sh

test-deps:
	@scripts/install-deps.sh --test

bench-deps:
	@scripts/install-deps.sh --bench

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

test: test-deps
	$(SWIFT) build $(BUILD_FLAGS) --build-tests
	$(SWIFT) test $(BUILD_FLAGS) --skip-build --disable-xctest
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(TEST_FUZZ_SECONDS)

# Fuzzing with libFuzzer and AddressSanitizer: parse -> lint -> every report and export, on
# arbitrary bytes, seeded with postmortems/ and Tests/Fixtures, with Tests/fuzz.dict's tokens (dates,
# clocks, zones, labels) to splice in. Crashes land in .build-fuzz/crashes.
FUZZ_SECONDS ?= 600
TEST_FUZZ_SECONDS ?= 45
FUZZ_BIN = .build-fuzz/debug/PostmortemFuzz
fuzz-build: deps
	$(SWIFT) build --product PostmortemFuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING

fuzz: fuzz-build
	@mkdir -p .build-fuzz/corpus .build-fuzz/crashes
	@cp postmortems/*.md Tests/Fixtures/*/*.md .build-fuzz/corpus/
	$(FUZZ_BIN) .build-fuzz/corpus -dict=Tests/fuzz.dict -max_total_time=$(FUZZ_SECONDS) -max_len=16384 -timeout=10 \
	  -rss_limit_mb=4096 -artifact_prefix=.build-fuzz/crashes/ -print_final_stats=1 2>&1 | tail -12; \
	  status=$${PIPESTATUS[0]}; exit $$status

# The whole suite under ThreadSanitizer and AddressSanitizer (CI runs this after make test).
sanitize: test-deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	POSTMORTEM_SANITIZER=thread POSTMORTEM_BIN=$(CURDIR)/.build-tsan/debug/postmortem $(SWIFT) test --skip-build --disable-xctest --sanitize=thread --scratch-path .build-tsan
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	POSTMORTEM_SANITIZER=address LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt POSTMORTEM_BIN=$(CURDIR)/.build-asan/debug/postmortem \
	  $(SWIFT) test --skip-build --disable-xctest --sanitize=address --scratch-path .build-asan

demo: build
	@echo "== What postmortem reads from each sample in postmortems/"
	@"$(BIN_DIR)/postmortem" parse postmortems --format text
	@echo
	@echo "== The seed's timeline, resolved (postmortem parse FILE)"
	@"$(BIN_DIR)/postmortem" parse postmortems/2025-04-29-k8s-jobs-too-big.md \
	  | python3 -c 'import json,sys; d=json.load(sys.stdin); t=d["timeline"]; print("zone:", t["timezone"]["identifier"]); [print(" ", e["timestamp"], (e["milestone"] or "").ljust(9), e["text"]) for e in t["entries"]]'
	@echo
	@echo "== postmortem lint postmortems/ (the demo never fails on findings: --fail-on never)"
	@"$(BIN_DIR)/postmortem" lint postmortems --fail-on never
	@echo
	@echo "== postmortem render postmortems/ (an HTML site: index plus one page per postmortem)"
	@"$(BIN_DIR)/postmortem" render postmortems --output .build/demo-site --force
	@echo "   open file://$(CURDIR)/.build/demo-site/index.html"
	@echo
	@echo "== postmortem actions postmortems/ (open action items across every postmortem)"
	@"$(BIN_DIR)/postmortem" actions postmortems
	@echo
	@echo "== postmortem new, into a temporary folder (never into postmortems/)"
	@tmp=$$(mktemp -d) && \
	  "$(BIN_DIR)/postmortem" new "Checkout errors after a config push" --template google-sre --severity SEV2 \
	    --author "Ana Ortiz" --dir "$$tmp" --no-input && \
	  "$(BIN_DIR)/postmortem" lint "$$tmp" --fail-on never | tail -4 && \
	  rm -rf "$$tmp"

# Benchmarks (see README): a seeded corpus, then medians against the cmark-gfm CLI.
N ?= 10000
RUNS ?= 5
bench-corpus:
	python3 bench/make-corpus.py $(N) .build/bench-corpus-$(N)

bench: bench-deps release
	python3 bench/run.py "$(RELEASE_BIN_DIR)/postmortem" --files $(N) --runs $(RUNS)

install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 "$(RELEASE_BIN_DIR)/postmortem" "$(DESTDIR)$(PREFIX)/bin/postmortem"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/postmortem"

# Re-embeds templates/ into the binary (a test fails when this is out of date).
generate:
	python3 scripts/embed-templates.py

format:
	swift-format format --in-place --recursive Sources Tests Package.swift

format-check:
	swift-format lint --strict --recursive Sources Tests Package.swift

clean:
	rm -rf .build .build-fuzz .build-tsan .build-asan
