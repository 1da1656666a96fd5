"""Sektorbro matcher: the ranking library (no Flask, no SQLAlchemy)."""
