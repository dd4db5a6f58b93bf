"""Pure-Python core: models, loading, session plan and engine, history, settings. Never imports Qt."""
