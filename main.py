"""Entry point: `python main.py [--workspace PATH] [--lang zh_CN|en] [COMMAND ...]`."""
import gc
import sys

# Start-up creates hundreds of thousands of objects that live as long as the app (Qt's enums,
# peewee, our modules); the collector would walk them all several times before the window is
# painted. It is switched back on once the app is up (app.cli / ui.app), with those objects
# frozen out of later collections.
gc.disable()

from app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
