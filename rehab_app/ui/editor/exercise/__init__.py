"""The exercise editor: about, steps, tips, sides and pictures."""
