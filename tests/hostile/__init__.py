"""The hostile-input matrix of the hardening issue (see docs/hardening.md)."""
