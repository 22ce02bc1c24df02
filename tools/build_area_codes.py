"""Regenerate pipeline/data/area_codes.txt from the installed `phonenumbers` geocoder data.

Usage: .venv/bin/python tools/build_area_codes.py
Prints what the data could not settle (unread places, places given two codes): each must be covered
by AREA_CODE_OVERRIDES in pipeline/patterns/phones.py, and every prefecture must end up with a code.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import phonenumbers  # noqa: E402

from pipeline import areacodes  # noqa: E402


def main() -> int:
    table, problems = areacodes.derive_table()
    for problem in problems:
        print("check that AREA_CODE_OVERRIDES settles:", problem)
    missing = [code for code in areacodes.expected_codes() if code not in table]
    if missing:
        print("no area code for", ", ".join(missing))
        return 1
    text = areacodes.format_table(table, f"the phonenumbers {phonenumbers.__version__} geocoder data")
    areacodes.DATA_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {len(table)} area codes to {areacodes.DATA_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
