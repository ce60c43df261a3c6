from conference_desk.cli import main

raise SystemExit(main())
