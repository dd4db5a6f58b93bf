"""The safety questions: screening, "it hurts", check-ins, blocks, help and advice."""
