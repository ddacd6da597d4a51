"""Benchmarks: each figure beside its floor (see __main__)."""
