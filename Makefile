# The README's commands. Each installs what it needs first (scripts/install-deps is idempotent).
BUILD ?= build
SANITIZE ?= 0
PORT ?= 8080
JOBS ?= $(shell nproc)

ifeq ($(SANITIZE),1)
BUILD := build-sanitize
CMAKE_FLAGS := -DLENS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
else
CMAKE_FLAGS := -DCMAKE_BUILD_TYPE=RelWithDebInfo
endif

.PHONY: deps build test demo bench clean

deps:
	@scripts/install-deps

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

test: build
	scripts/run-tests $(BUILD)

demo: build
	$(BUILD)/lens demo --port $(PORT)

bench: build
	scripts/run-benchmarks $(BUILD)

clean:
	rm -rf build build-sanitize
