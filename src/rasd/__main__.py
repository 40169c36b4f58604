import sys

from rasd.cli import main

sys.exit(main())
