"""Placeholder until phone extraction lands (helper A2 replaces this file)."""
def extract_phones(notice):
    return []
