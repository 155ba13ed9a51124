"""Benchmark runner: `python -m benchmarks.run [--quick] [--only NAME ...]`."""
