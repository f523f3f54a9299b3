"""Language data tables for es."""
