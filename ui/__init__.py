"""PySide6 widgets. They read and write only through app.services.

shell/ is the frame (start-up, main window, community list, settings, undo and the bus);
widgets/ holds what every area uses; each other package is one area of the plan, with its
tab and the widgets only it uses. A new area gets a package of its own beside them.
"""
