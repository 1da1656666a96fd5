"""Service layer: plain values in, domain objects out; flush, never commit."""
