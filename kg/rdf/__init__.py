"""Mapping resolved records to RDF."""
