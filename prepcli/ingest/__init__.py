"""Reading input files, validating them against the data contract, and writing them to the store."""
