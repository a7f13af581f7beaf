"""sequencer: multi-channel outreach sequences for recruiters."""

__version__ = "0.1.0"
