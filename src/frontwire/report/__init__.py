"""Reports: documents a reader takes away (the daily brief; exports), built from the store."""
