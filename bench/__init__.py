"""Side-by-side benchmarks of the generated QuantConnect client; run with `make bench` (`python -m bench`)."""
