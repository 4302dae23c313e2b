"""The SOP area: the four tables and the event SOP, and their Excel export and import-back."""
