"""kb: a knowledge base of what scientific papers claim."""
__version__ = "0.1.0"
