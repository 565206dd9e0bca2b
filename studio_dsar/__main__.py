from studio_dsar.cli import main

raise SystemExit(main())
