"""The demo conference: ICLC 2015 with a generated population."""
