"""Allow ``python -m recoverybox``."""

if __name__ == "__main__":  # not when a worker process (ics import) imports this module as __mp_main__
    from recoverybox.app import main

    raise SystemExit(main())
