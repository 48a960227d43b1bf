"""Settings: each option declared once, and the service that reads and writes them."""
