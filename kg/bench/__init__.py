"""Benchmarks: commands that print speed, memory and accuracy figures."""
