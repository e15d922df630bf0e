from bezirkspartner.cli import main

raise SystemExit(main())
