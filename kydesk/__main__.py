import sys

from kydesk.cli import main

sys.exit(main())
