"""One session: the timed plan, the engine that runs it, its events, the record it keeps, what is said."""
