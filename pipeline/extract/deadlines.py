"""Placeholder until deadline extraction lands (helper A1 replaces this file)."""
def extract_deadlines(notice):
    return [], None, ""
