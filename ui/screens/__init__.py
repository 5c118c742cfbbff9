"""One module per screen of the visitor's journey."""
