"""Allow ``python -m recoverybox``."""

from recoverybox.app import main

raise SystemExit(main())
