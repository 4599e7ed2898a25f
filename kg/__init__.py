"""kg: builds a knowledge graph of people, places, organizations and events from news articles."""

__version__ = "0.1.0"
