"""The business of a water station: models, rules and use cases."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("waterbot")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
