"""Throughput, latency and memory benchmarks for kb.

Run them all with ``python -m benchmarks all`` (``--quick`` for a small smoke run); see
``benchmarks/README.md``. Nothing here is a test: pytest ignores this folder.
"""
