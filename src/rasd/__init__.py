"""rasd (رصد): Arabic conflict news → geolocated, dated ACLED-style event records."""

__version__ = "0.1.0"
