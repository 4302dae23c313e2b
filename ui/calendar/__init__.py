"""The content calendar area: columns, the month view, the list view, the .ics export."""
