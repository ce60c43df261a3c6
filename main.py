"""Launch Conference Desk: `python main.py` opens the GUI; any arguments go to the CLI."""

from conference_desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
