"""Reader's bundled files (welcome articles, icons), installed as the package `reader.resources`."""
