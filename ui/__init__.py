"""PySide6 widgets. They read and write only through app.services."""
