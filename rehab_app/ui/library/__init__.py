"""The exercise library: browsing and one exercise's details."""
