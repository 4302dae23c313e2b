"""Services: the only way the UI, the CLI and the exports read and change a workspace.

They return plain values (dicts, lists) and do every write inside db.atomic().
"""
