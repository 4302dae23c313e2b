"""Files made from a plan: Excel workbooks (and later iCalendar, PNG charts)."""
