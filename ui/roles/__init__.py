"""The roles and rules area: team, member roles and their hand-over, rules, announcement, ladder, four senses."""
