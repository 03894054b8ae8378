"""Tests of reader/services: import, annotations, export, backups and the index worker."""
