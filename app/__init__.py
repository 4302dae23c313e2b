"""Qt-free core of the community planner: storage, domain rules and services."""

__version__ = "0.1.0"
