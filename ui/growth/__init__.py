"""The growth area: numbers, goals, the dashboard charts, their PNG export and the numbers import."""
