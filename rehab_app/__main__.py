"""`python -m rehab_app`."""

import sys

from rehab_app.app import main

sys.exit(main())
