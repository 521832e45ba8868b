# schemadiff: one Makefile.
#   make                 build ./schemadiff
#   make test            unit tests, golden cases and CLI tests on a throwaway cluster
#   make test SAN=1      the same under AddressSanitizer and UBSan
#   make test-update     regenerate the golden plans (review the diff!)
#   make deps            install the Debian packages it needs (as root)
#   make demo            plan the example schema's v1 -> v2 migration
#   make bench           figures against pg_dump (BENCH_TABLES=1000,10000)
#   make fuzz            libFuzzer harnesses, FUZZ_SECONDS each (default 60)

CC      ?= cc
SAN     ?= 0
BUILD   := build$(if $(filter 1,$(SAN)),-san,)

WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wvla -Wformat=2 -Wno-format-nonliteral
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_GNU_SOURCE $(WARN) -MMD -MP -I$(BUILD)/gen
CFLAGS  += $(shell pkg-config --cflags libpq libxxhash jansson)
LDLIBS  += $(shell pkg-config --libs libpq libxxhash jansson) -lpg_query -pthread

ifeq ($(SAN),1)
CFLAGS  += -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
LDFLAGS += -fsanitize=address,undefined
endif

LIB_SRC := $(wildcard common/*.c parser/*.c schema/*.c diff/*.c)
APP_SRC := $(wildcard src/*.c)
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
APP_OBJ := $(APP_SRC:%.c=$(BUILD)/%.o)
SQL     := $(sort $(wildcard schema/sql/*.sql))
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

BIN := $(if $(filter 1,$(SAN)),$(BUILD)/schemadiff,schemadiff)

all: $(BIN)

$(BIN): $(APP_OBJ) $(LIB_OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# The catalog queries stay plain .sql files (paste them into psql); this
# turns each into a C string named sql_<file>.
$(BUILD)/gen/catalog_sql.h: $(SQL) Makefile
	@mkdir -p $(@D)
	@{ echo '/* generated from the files in schema/sql by the Makefile; do not edit */'; \
	  for f in $(SQL); do \
	    n=$$(basename $$f .sql); \
	    echo "static const char sql_$$n[] ="; \
	    sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/  "/' -e 's/$$/\\n"/' $$f; \
	    echo '  ;'; \
	  done; } > $@.tmp && mv $@.tmp $@

$(BUILD)/schema/reader.o: $(BUILD)/gen/catalog_sql.h

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

# unit tests link everything but main()
UNIT_LINK := $(LIB_OBJ) $(filter-out $(BUILD)/src/main.o,$(APP_OBJ))

$(BUILD)/tests/%: tests/unit/%.c $(UNIT_LINK)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(UNIT_LINK) $(LDLIBS) -lcmocka

unit: $(UNIT_BIN)

test: $(BIN) $(UNIT_BIN)
	SAN=$(SAN) SCHEMADIFF=$(abspath $(BIN)) UNIT_BINS="$(UNIT_BIN)" tests/run-all.sh

test-update: $(BIN)
	SCHEMADIFF=$(abspath $(BIN)) UPDATE_GOLDEN=1 tests/run-all.sh --cases-only

# Debian packages: the compiler and libraries to build, the PostgreSQL 15
# server for the embedded shadow and the test cluster, valgrind for the
# suite's memory check of the plan path, python3-jsonschema for the test
# that validates real JSON output against the documented schemas in docs/,
# clang and its libFuzzer runtime for `make fuzz`.
DEPS := build-essential pkg-config libpq-dev libpg-query-dev libprotobuf-c-dev \
        libxxhash-dev libjansson-dev libcmocka-dev postgresql-15 postgresql-client-15 valgrind \
        python3-jsonschema clang libclang-rt-14-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

deps:
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(DEPS)

demo: $(BIN)
	SCHEMADIFF=$(abspath $(BIN)) examples/demo.sh

# The benchmark against pg_dump (bench/run.py); BENCH_TABLES=1000,10000 for
# both sizes.  Prints figures and ratios; asserts nothing (timed tests are
# flaky on shared machines).
bench: $(BIN)
	SCHEMADIFF=$(abspath $(BIN)) bench/run.py

# Fuzzing (tests/fuzz/): libFuzzer harnesses built with clang under ASan
# and UBSan, each run for FUZZ_SECONDS, seeded from the test cases.
FUZZ_DIR := build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_CFLAGS := -g -O1 -std=c11 -D_GNU_SOURCE -I$(BUILD)/gen \
               $(shell pkg-config --cflags libpq libxxhash jansson) \
               -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
FUZZ_OBJ := $(patsubst %.c,$(FUZZ_DIR)/%.o,$(wildcard common/*.c parser/*.c schema/*.c diff/*.c) \
            src/model_cache.c src/plan_file.c src/run_plan.c)

$(FUZZ_DIR)/%.o: %.c
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) -c -o $@ $<

$(FUZZ_DIR)/schema/reader.o: $(BUILD)/gen/catalog_sql.h

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $^ $(LDLIBS)

.SECONDARY: $(FUZZ_OBJ)

fuzz: $(FUZZ_DIR)/fuzz_loader $(FUZZ_DIR)/fuzz_cache $(FUZZ_DIR)/fuzz_plan
	tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_DIR)

clean:
	rm -rf build build-san build-fuzz schemadiff

.PHONY: all unit test test-update clean deps demo bench fuzz

-include $(LIB_OBJ:.o=.d) $(APP_OBJ:.o=.d) $(UNIT_BIN:=.d)
