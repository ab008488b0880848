"""prepcli: pre-call briefings for pharma field teams."""

__version__ = "0.1.0"
