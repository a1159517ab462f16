"""Infrastructure: the database, settings, telemetry, and the ports the domain calls out through."""
