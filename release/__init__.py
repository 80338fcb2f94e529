"""Release tooling: reproducible build, the embedded package index, and publishing with twine."""
