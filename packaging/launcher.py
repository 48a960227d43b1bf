"""Entry point of the frozen (PyInstaller) app."""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a worker process of the frozen app (ics import) runs its task here
    from recoverybox.app import main

    raise SystemExit(main())
