"""Training the NER model (never run during kg build)."""
