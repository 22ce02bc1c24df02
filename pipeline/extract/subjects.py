"""Placeholder until subject extraction lands (helper A2 replaces this file)."""
def extract_subjects(notice, tokens=None):
    return []
