"""``python -m kg`` is the ``kg`` command."""

try:
    from kg.cli import main
except KeyboardInterrupt:  # Ctrl-C while the libraries load: quietly, with the usual code
    raise SystemExit(130) from None

main()
