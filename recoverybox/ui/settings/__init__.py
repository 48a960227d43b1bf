"""Settings pages (after Picard's options pages): one module per page, each showing the settings the table
(``core.settings.options``) puts on it, with editors made from what the table declares."""
