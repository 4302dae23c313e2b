"""Entry point: `python main.py [--workspace PATH] [--lang zh_CN|en] [COMMAND ...]`."""
import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
