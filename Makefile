# The README's two commands: `make demo` and `make test`. Both install what they need first
# (fonts-noto-cjk: the browser tests look at Japanese pages, which render as empty boxes without it).
BUILD      ?= build
GENERATOR  ?= Ninja
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_ARGS ?=
DEB_PACKAGES := cmake ninja-build g++ pkg-config liblua5.4-dev libsqlitecpp-dev libsqlite3-dev \
                libfmt-dev doctest-dev nlohmann-json3-dev libcli11-dev libbenchmark-dev \
                libcpp-httplib-dev python3-jsonschema chromium fonts-noto-cjk
FUZZ_PACKAGES := clang libclang-rt-dev python3
BENCH_PACKAGES := time wrk
HASHIGO    := $(BUILD)/core/hashigo
DEMO_DB    := var/demo.db
FUZZ_SECONDS ?= 60
BATCH_CASES  ?= 1000000
COHORT_PEOPLE ?= 2000

.PHONY: all deps configure build cli demo test test-asan test-tsan fuzz bench clean

all: build

# Installs missing Debian packages ($(1)) when root; otherwise prints the exact command and stops.
define install_missing
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:" $$missing; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "missing Debian packages; run:"; echo "  sudo apt-get install -y $$missing"; exit 1; \
	  fi; \
	fi
endef

deps:
	$(call install_missing,$(DEB_PACKAGES))

configure: deps
	@cmake -S . -B $(BUILD) -G $(GENERATOR) $(CMAKE_ARGS) > $(BUILD).configure.log 2>&1 || { cat $(BUILD).configure.log; exit 1; }

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

cli: configure
	@cmake --build $(BUILD) -j $(JOBS) --target hashigo_cli

# Bさん's journey (domain research J1): a fresh database, the case imported, evaluated at every
# month end under the national pack, accepted steps committed, then the timeline with reasons.
demo: cli
	@mkdir -p var && rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@$(HASHIGO) --db $(DEMO_DB) init
	@$(HASHIGO) --db $(DEMO_DB) case new --file examples/cases/b-san.json
	@echo
	@$(HASHIGO) --db $(DEMO_DB) eval b-san --region national --monthly --as-of 2016-02-29 --commit
	@echo
	@$(HASHIGO) --db $(DEMO_DB) case show b-san

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (gcc); any
# report fails the run. Separate from `make test`: a second full build does not fit its time.
test-asan: deps
	@cmake -S . -B $(BUILD)-asan -G $(GENERATOR) -DHASHIGO_SANITIZE=ON -DHASHIGO_STATIC_LINK=OFF $(CMAKE_ARGS) > $(BUILD)-asan.configure.log 2>&1 || { cat $(BUILD)-asan.configure.log; exit 1; }
	@cmake --build $(BUILD)-asan -j $(JOBS)
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir $(BUILD)-asan --output-on-failure -j $(JOBS)

# The code that runs threads (hashigo::app's batch pool and the cohort's workers, one engine per
# worker) built with ThreadSanitizer; their unit tests and CLI tests must run without a report.
test-tsan: deps
	@cmake -S . -B $(BUILD)-tsan -G $(GENERATOR) -DHASHIGO_STATIC_LINK=OFF -DCMAKE_CXX_FLAGS="-fsanitize=thread -g -O1" -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread $(CMAKE_ARGS) > $(BUILD)-tsan.configure.log 2>&1 || { cat $(BUILD)-tsan.configure.log; exit 1; }
	@cmake --build $(BUILD)-tsan -j $(JOBS) --target hashigo_app_tests hashigo_sim_tests hashigo_cli hashigo_synth
	@TSAN_OPTIONS=halt_on_error=1 ctest --test-dir $(BUILD)-tsan -R '^(unit[.]app[.]|unit[.]sim[.]|cli[.]batch$$|cli[.]sim_cohort$$)' --output-on-failure -j $(JOBS)

# libFuzzer harnesses (tests/fuzz/) built with clang and the sanitizers, each run for
# FUZZ_SECONDS (default 60); `make fuzz FUZZ_SECONDS=1800` for a long run.
fuzz: deps
	$(call install_missing,$(FUZZ_PACKAGES))
	@cmake -S . -B $(BUILD)-fuzz -G $(GENERATOR) -DCMAKE_CXX_COMPILER=clang++ -DHASHIGO_BUILD_FUZZ=ON -DHASHIGO_BUILD_TESTS=OFF -DHASHIGO_STATIC_LINK=OFF > $(BUILD)-fuzz.configure.log 2>&1 || { cat $(BUILD)-fuzz.configure.log; exit 1; }
	@cmake --build $(BUILD)-fuzz -j $(JOBS) --target fuzz_case_file fuzz_event fuzz_pack_manifest fuzz_rule_body fuzz_records
	@FUZZ_SECONDS=$(FUZZ_SECONDS) bash tests/fuzz/run.sh $(BUILD)-fuzz

bench: deps
	$(call install_missing,$(BENCH_PACKAGES))
	@cmake -S . -B $(BUILD)-bench -G $(GENERATOR) -DCMAKE_BUILD_TYPE=Release -DHASHIGO_BUILD_BENCH=ON -DHASHIGO_BUILD_TESTS=OFF > $(BUILD)-bench.configure.log 2>&1 || { cat $(BUILD)-bench.configure.log; exit 1; }
	@cmake --build $(BUILD)-bench -j $(JOBS)
	@$(BUILD)-bench/tests/bench/hashigo_bench
	@$(BUILD)-bench/tests/bench/hashigo_peer_bench
	@bash tests/bench/batch.sh $(BUILD)-bench $(BATCH_CASES)
	@bash tests/bench/serve.sh $(BUILD)-bench
	@bash tests/bench/cohort.sh $(BUILD)-bench $(COHORT_PEOPLE)

clean:
	rm -rf $(BUILD) $(BUILD)-bench $(BUILD)-asan $(BUILD)-tsan $(BUILD)-fuzz $(BUILD)*.configure.log
