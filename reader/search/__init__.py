"""Whoosh index, CJK analysis, query language and snippets (see the search issue)."""
