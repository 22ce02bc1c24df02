"""Placeholder until details extraction lands (helper A2 replaces this file)."""
from dataclasses import dataclass, field


@dataclass
class Details:
    amounts: list = field(default_factory=list)
    system_urls: list = field(default_factory=list)
    doc_numbers: list = field(default_factory=list)
    issuers: list = field(default_factory=list)


def extract_details(notice):
    return Details()
