"""Other coding schemes both ways: the ACLED codebook tables and mapping, country names."""
