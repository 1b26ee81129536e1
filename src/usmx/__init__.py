"""usmx: hold what people say about the U.S.-Mexico relationship against the official numbers."""

__version__ = "0.1.0"
