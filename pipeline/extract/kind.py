"""Placeholder until the kind classifier lands (helper A1 replaces this file)."""
def classify_kind(notice):
    return None, ""
