# sitrep: `make demo` runs the main job on the examples; `make test` builds and runs every test.
# Both install what they need first (scripts/setup) and build with CMake + Ninja.

BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all setup build demo test bench asan clean

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

clean:
	rm -rf build build-asan
