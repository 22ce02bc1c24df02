"""Harvesting: the sources file, pure page parsers, and the Scrapy spiders that use them.

Importing this package (or spiders.sources, spiders.pages, spiders.harvest) does not import Scrapy;
only `spiders.harvest.run_harvest` does, inside the run, so other commands start fast.
"""
