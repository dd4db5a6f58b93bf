"""The program editor: the document, its items, the panels around them."""
