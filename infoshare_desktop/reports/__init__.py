"""PDFs from service data (reportlab; no Qt), so the CLI, the GUI and tests make the same pages."""
