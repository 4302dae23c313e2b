"""The positioning area: AIDASS span, business model map, 5W1H worksheet."""
