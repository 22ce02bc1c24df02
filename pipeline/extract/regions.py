"""Placeholder until region extraction lands (helper A2 replaces this file)."""
def extract_regions(notice):
    return []
