"""Entry point of the frozen (PyInstaller) app."""

from recoverybox.app import main

raise SystemExit(main())
