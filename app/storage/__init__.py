"""Workspace storage: peewee models over one SQLite file, opened through a proxy."""
