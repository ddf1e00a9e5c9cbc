# sitrep: `make demo` runs the main job on the examples; `make test` builds and runs every test.
# Both install what they need first (scripts/setup) and build with CMake + Ninja.

BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all setup build demo test bench asan fuzz clean

all: build

setup:
	@scripts/setup

$(BUILD)/build.ninja: CMakeLists.txt | setup
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

build: setup $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/demo $(BUILD)/tools/sitrep

test: build
	ctest --test-dir $(BUILD) -j $(JOBS) --output-on-failure

bench: build
	bench/run $(BUILD)

# The same tests under AddressSanitizer and UBSan.
asan:
	$(MAKE) test BUILD=build-asan CMAKE_FLAGS="-DSITREP_SANITIZE=ON -DSITREP_BUILD_BENCH=OFF"

# The read-path fuzzer under libFuzzer + ASan/UBSan for FUZZ_SECONDS, seeded with examples/;
# new inputs it finds stay in build-fuzz/corpus.
FUZZ_SECONDS ?= 60
fuzz: setup
	cmake -S . -B build-fuzz -G Ninja -DSITREP_BUILD_FUZZ=ON -DSITREP_BUILD_BENCH=OFF -DCMAKE_CXX_COMPILER=clang++
	cmake --build build-fuzz --target fuzz_read_article -j $(JOBS)
	mkdir -p build-fuzz/corpus
	build-fuzz/fuzz/fuzz_read_article -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=2048 \
	  -print_final_stats=1 build-fuzz/corpus examples

clean:
	rm -rf build build-asan build-fuzz
