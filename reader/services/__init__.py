"""Use cases: import, library browsing, tagging, search, annotation, export."""
