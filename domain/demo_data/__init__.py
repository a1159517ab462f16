"""Generated data for demonstrations and benchmarks: the demo catalog, a report benchmark's history.

Like the services, these modules write the tables; unlike them, they write synthetic history
in bulk for a fresh database (`waterbot bench reports`), not the station's real business.
"""
