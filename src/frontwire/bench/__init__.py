"""Benchmarks of the stages (``frontwire bench ...``): timing and memory helpers."""
