"""Generic widgets every area uses: the column-spec table model and view, editors, dialogs, the runner for long work."""
