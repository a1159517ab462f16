"""Pure rules: plain values in, plain values out; no ORM, no database."""
