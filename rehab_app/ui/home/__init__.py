"""The home screen: programs, their actions and suggestions, safety notices, settings, problems."""
