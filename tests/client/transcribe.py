"""Write the cassettes from the transcriptions of SendGrid's documented examples.

Run `python -m tests.client.transcribe` after editing a file in tests/client/transcriptions/;
each module there defines CASSETTES: a list of (name, source, [interaction, ...]).
"""

from __future__ import annotations

import importlib
import pkgutil

from tests.client import transcriptions
from tests.client.cassettes import write_cassette


def main() -> None:
    count = 0
    for module_info in pkgutil.iter_modules(transcriptions.__path__):
        module = importlib.import_module(f"{transcriptions.__name__}.{module_info.name}")
        for name, source, interactions in module.CASSETTES:
            write_cassette(name, interactions, source)
            count += 1
    print(f"wrote {count} cassettes")


if __name__ == "__main__":
    main()
