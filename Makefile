# Two entry points do all set-up on a fresh machine and are safe to run again:
#   make report   build the example corpus' report into build/rotherham-ofsted/
#   make test     run the test suite
VENV    := .venv
PYTHON  := $(VENV)/bin/python
STAMP   := $(VENV)/.installed-stamp
CORPUS  := sources/rotherham-ofsted

.PHONY: report test setup system-packages benchmarks clean

report: setup system-packages
	$(VENV)/bin/compare build $(CORPUS)

test: setup system-packages
	$(PYTHON) -m pytest

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-packages:
	scripts/install-system-packages

benchmarks: setup
	$(PYTHON) benchmarks/run.py

clean:
	rm -rf build test-output
