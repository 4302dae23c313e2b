"""The application's frame: start-up, the main window and its menus, the community list, settings, undo and the change bus, backups."""
